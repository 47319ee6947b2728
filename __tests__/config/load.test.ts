import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfigFile, parseConfig } from '../../config/load';

function writeTemp(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-config-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const defaultConfig = () => JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));

describe('configuration', () => {
  it('the committed default example is valid', () => {
    expect(() => loadConfigFile(DEFAULT_CONFIG_PATH)).not.toThrow();
  });

  it('rejects unknown keys (usually typos) with their path', () => {
    const config = defaultConfig();
    config.awsRegoin = 'eu-west-1';
    expect(() => parseConfig(config, 'my.json')).toThrow(/my.json is invalid:\n {2}- '\(top level\)' has unknown key\(s\) "awsRegoin"/);
  });

  it('rejects unknown keys in nested sections', () => {
    const config = defaultConfig();
    const section = Object.keys(config).find((key) => typeof config[key] === 'object' && config[key].customDomain)!;
    config[section].customDomain.hostedZone = 'Z1';
    expect(() => parseConfig(config)).toThrow(new RegExp(`'${section}.customDomain' has unknown key\\(s\\) "hostedZone"`));
  });

  it('names the key path, the value and what is expected', () => {
    expect(() => parseConfig({ awsRegion: 'Ireland' })).toThrow(/'awsRegion' must be an AWS region code like eu-west-1, got: "Ireland"/);
    expect(() => parseConfig({})).toThrow(/'awsRegion' expected string, received undefined, got: nothing \(the key is missing\)/);
  });

  it('lists every problem at once', () => {
    try {
      parseConfig({ awsRegion: 1, tags: 'x', extra: true });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(3);
    }
  });

  it('a missing file is named, with the fix', () => {
    expect(() => loadConfigFile('/nonexistent/video.json')).toThrow(
      /Configuration file \/nonexistent\/video.json does not exist\. Set VIDEO_CDN_CONFIG to an existing JSON file/,
    );
  });

  it('a malformed file is named, with the parser error', () => {
    const file = writeTemp('bad.json', '{ "awsRegion": "eu-west-1", }');
    expect(() => loadConfigFile(file)).toThrow(new RegExp(`Configuration file ${file} is not valid JSON: .*trailing comma`));
  });
});
