import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { DEFAULT_CONFIG_PATH, loadConfigFile, parseConfig } from '../config/load';
import { buildApp } from '../main';

const ROOT = path.resolve(__dirname, '..');

/** Runs the app exactly as `cdktf synth` does: cdktf.json's app command. */
function runApp(env: Record<string, string>) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-app-'));
  const [command, ...args] = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdktf.json'), 'utf8')).app.split(' ');
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CDKTF_OUTDIR: outdir, ...env },
  });
  return { ...result, outdir };
}

function writeTemp(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-cfg-')), 'config.json');
  fs.writeFileSync(file, text);
  return file;
}

describe('the app (main.ts)', () => {
  it('synthesizes every enabled stack of the default example into CDKTF_OUTDIR', () => {
    const run = runApp({});
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(run.outdir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks).length).toBeGreaterThan(0);
  }, 60_000);

  it('synthesizes where no Terraform is installed (a folder handed to HCP Terraform), moved blocks included', () => {
    // Only node on the PATH: cdktf's moveFromId would run `terraform version` at synth and fail here.
    const run = runApp({ PATH: path.dirname(process.execPath), VIDEO_CDN_CONFIG: path.join(ROOT, 'examples', 'channels.json') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const vod = JSON.parse(fs.readFileSync(path.join(run.outdir, 'stacks', 'vod-s3-mediaconvert-kids', 'cdk.tf.json'), 'utf8'));
    expect(vod.moved).toEqual([
      { from: expect.stringMatching(/^aws_s3_bucket_policy\./), to: expect.stringMatching(/^aws_s3_bucket_policy\./) },
    ]);
  }, 60_000);

  it.each([
    ['a missing file', () => '/nonexistent/config.json', /video-cdn: Configuration file \/nonexistent\/config.json does not exist/],
    ['malformed JSON', () => writeTemp('{ nope'), /video-cdn: Configuration file .* is not valid JSON/],
    ['an unknown key', () => writeTemp(JSON.stringify({ awsRegion: 'eu-west-1', stacks: {} })), /has unknown key\(s\) "stacks"/],
  ])(
    'exits non-zero on %s with the message and no stack trace',
    (_name, file, message) => {
      const run = runApp({ VIDEO_CDN_CONFIG: file() });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    },
    60_000,
  );

  it('construct errors from a valid-looking file name the configuration section', () => {
    const config = JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));
    const section = Object.keys(config).find((key) => typeof config[key] === 'object' && config[key].customDomain)!;
    // A CNAME at the zone apex passes the schema but not the DNS construct.
    config[section].customDomain = {
      ...config[section].customDomain,
      domainName: 'example.com',
      zoneName: 'example.com',
      recordType: 'CNAME',
    };
    delete config[section].customDomain.subjectAlternativeNames;
    const run = runApp({ VIDEO_CDN_CONFIG: writeTemp(JSON.stringify(config)) });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`video-cdn: configuration section '${section}': 'customDomain.recordType' is CNAME, but example.com is the zone apex`),
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('the synthesized JSON holds no absolute path of the build machine (state path is relative)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-paths-'));
    const app = buildApp(loadConfigFile(DEFAULT_CONFIG_PATH), new App({ outdir }));
    app.synth();
    for (const stack of fs.readdirSync(path.join(outdir, 'stacks'))) {
      const text = fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
      expect(text).not.toContain(outdir);
      expect(text).not.toContain(ROOT);
      expect(JSON.parse(text).terraform.backend.local.path).toBe('terraform.tfstate');
    }
  });
});

describe('environments and backends from configuration', () => {
  const base = () => JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));
  const synthesize = (config: object) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-env-'));
    buildApp(parseConfig(config), new App({ outdir })).synth();
    const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
    const terraformOf = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')).terraform;
    return { stacks, terraformOf };
  };

  it('stackNamePrefix prefixes every stack; enabled: false leaves a stack out', () => {
    const config = { ...base(), stackNamePrefix: 'prod-' };
    config.mkio.enabled = false;
    const { stacks } = synthesize(config);
    expect(stacks).toContain('prod-live-mediapackage');
    expect(stacks).not.toContain('prod-mkio');
    expect(stacks.every((stack) => stack.startsWith('prod-'))).toBe(true);
  });

  it('a top-level S3 backend gives each stack its own key; a section can override it', () => {
    const config = {
      ...base(),
      stackNamePrefix: 'prod-',
      backend: { type: 's3', bucket: 'acme-tf-state', key: 'video/{stack}.tfstate', region: 'eu-west-1' },
    };
    config.mkio.backend = { type: 'cloud', organization: 'acme', workspaceName: 'mkio-{stack}' };
    const { terraformOf } = synthesize(config);
    expect(terraformOf('prod-live-mediapackage').backend.s3).toMatchObject({
      bucket: 'acme-tf-state',
      key: 'video/prod-live-mediapackage.tfstate',
      use_lockfile: true,
    });
    expect(terraformOf('prod-mkio').cloud).toEqual({ organization: 'acme', workspaces: { name: 'mkio-prod-mkio' } });
    expect(terraformOf('prod-mkio').backend).toBeUndefined();
  });

  it('HCP Terraform: one workspace per stack by default', () => {
    const { stacks, terraformOf } = synthesize({ ...base(), backend: { type: 'cloud', organization: 'acme' } });
    for (const stack of stacks) expect(terraformOf(stack).cloud.workspaces).toEqual({ name: stack });
  });

  it('refuses one state shared by several stacks', () => {
    const config = { ...base(), backend: { type: 's3', bucket: 'acme-tf-state', key: 'video.tfstate', region: 'eu-west-1' } };
    expect(() => buildApp(parseConfig(config), new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'x-')) }))).toThrow(
      /'backend' would put the stack mkio \(mkio\) in the state of vod-s3-mediaconvert \(vod\), got: S3 object s3:\/\/acme-tf-state\/video.tfstate for both\. Give each stack its own key or workspace \(put \{stack\} in it\)/,
    );
  });

  it('rejects an absolute local state path and a bad prefix in the schema', () => {
    expect(() => parseConfig({ ...base(), backend: { type: 'local', path: '/var/state.tfstate' } })).toThrow(
      /'backend.path' must be relative to the stack folder/,
    );
    expect(() => parseConfig({ ...base(), stackNamePrefix: 'Prod_' })).toThrow(/'stackNamePrefix' must be up to 32 lower-case letters/);
    expect(() => parseConfig({ ...base(), backend: { type: 'gcs' } })).toThrow(/'backend.type'/);
  });
});
