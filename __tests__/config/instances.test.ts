/**
 * Named instances: both forms of every section, the defaults merge, and what must stay unique
 * across instances (names, state, custom domains, account-wide names), each broken one a clear error.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { duplicateKeys } from '../../config/duplicate-keys';
import { deepMerge } from '../../config/instances';
import { ConfigError, loadConfigFile, parseConfig } from '../../config/load';
import { buildApp } from '../../main';
import { synthesizeConfig } from '../properties/synthesize';
import { TerraformDocument } from '../properties/terraform-json';
import { accountWideNames } from '../support/synth';

const H = (region: string) => `production.${region}.streaming.mediakind.com`;
const MEDIAPACKAGE = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';
const V2_HLS = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live-group/channel-1/hls-endpoint/index.m3u8';
const ZONE = { hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };

/** One valid section of each scenario, and its stack name. */
const SECTIONS = {
  vod: { stack: 'vod-s3-mediaconvert', body: () => ({ outputKeyPrefix: 'vod/' }) },
  liveMediaPackage: {
    stack: 'live-mediapackage',
    body: (n = 1) => ({ endpoints: [{ packaging: 'hls', url: `${MEDIAPACKAGE}/${String(n).padStart(4, '0')}aaaa/index.m3u8` }] }),
  },
  liveMediaStore: { stack: 'live-mediastore', body: () => ({ origin: { type: 's3-migration' } }) },
  mkio: { stack: 'mkio', body: () => ({ streamingEndpointHostName: H('westeurope') }) },
  antMedia: { stack: 'ant-media', body: () => ({ serverHostName: 'ams.example.com' }) },
} as const;
type Key = keyof typeof SECTIONS;
const KEYS = Object.keys(SECTIONS) as Key[];

/** The app for a configuration object, synthesized; each stack's Terraform JSON by name. */
function stacksOf(config: object): Record<string, TerraformDocument> {
  const app = synthesizeConfig(parseConfig({ awsRegion: 'eu-west-1', ...config }));
  try {
    return app.stacks;
  } finally {
    app.dispose();
  }
}

/** The message buildApp (or the schema) refuses a configuration with. */
function refusal(config: object): string {
  try {
    buildApp(parseConfig({ awsRegion: 'eu-west-1', ...config }), Testing.app());
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

const distributionOf = (json: TerraformDocument) => Object.values(json.resource!.aws_cloudfront_distribution)[0];

describe('deepMerge (defaults under an instance)', () => {
  it('merges objects key by key, replaces arrays and values, the instance winning', () => {
    expect(
      deepMerge(
        { a: 1, nested: { x: 1, y: [1, 2], deeper: { p: true } }, list: [1, 2, 3], keep: 'd' },
        { a: 2, nested: { y: [9], deeper: { q: false } }, list: [4] },
      ),
    ).toEqual({ a: 2, nested: { x: 1, y: [9], deeper: { p: true, q: false } }, list: [4], keep: 'd' });
  });

  it('leaves both inputs untouched', () => {
    const defaults = { nested: { x: 1 } };
    const own = { nested: { y: 2 } };
    deepMerge(defaults, own);
    expect(defaults).toEqual({ nested: { x: 1 } });
    expect(own).toEqual({ nested: { y: 2 } });
  });
});

describe('both forms in every section', () => {
  it.each(KEYS)('%s: the single form keeps its stack name; two instances are two stacks <stack>-<name>', (key) => {
    const { stack, body } = SECTIONS[key];
    expect(Object.keys(stacksOf({ [key]: body() }))).toEqual([stack]);
    const stacks = stacksOf({
      stackNamePrefix: 'prod-',
      [key]: { instances: { alpha: body(1), 'beta-2': body(2), off: { ...body(3), enabled: false } } },
    });
    expect(Object.keys(stacks).sort()).toEqual([`prod-${stack}-alpha`, `prod-${stack}-beta-2`]);
    // Each stack names its own account-wide objects (policies, OAC, roles...) from its own name.
    const [alpha, beta] = Object.values(stacks).map(accountWideNames);
    for (const name of alpha) expect(beta).not.toContain(name);
  });

  it('an instance takes the defaults it does not set: nested objects merged, arrays replaced', () => {
    const stacks = stacksOf({
      liveMediaStore: {
        defaults: {
          origin: { type: 's3-migration', expireObjectsAfterDays: 3 },
          manifestPaths: ['a/index.m3u8', 'b/index.m3u8'],
          distribution: { priceClass: 'PriceClass_200', httpVersion: 'http2' },
        },
        instances: {
          one: {},
          two: { manifestPaths: ['c/index.m3u8'], distribution: { httpVersion: 'http3' }, origin: { expireObjectsAfterDays: false } },
        },
      },
    });
    const one = stacks['live-mediastore-one'];
    const two = stacks['live-mediastore-two'];
    expect(distributionOf(one)).toMatchObject({ price_class: 'PriceClass_200', http_version: 'http2' });
    expect(distributionOf(two)).toMatchObject({ price_class: 'PriceClass_200', http_version: 'http3' });
    const playbackUrls = (json: TerraformDocument) =>
      Object.keys(json.output ?? {})
        .filter((name) => /playback/i.test(name))
        .map((name) => JSON.stringify(json.output![name]));
    expect(playbackUrls(one).join()).toMatch(/a\/index\.m3u8/);
    expect(playbackUrls(one).join()).toMatch(/b\/index\.m3u8/);
    expect(playbackUrls(two).join()).toMatch(/c\/index\.m3u8/);
    expect(playbackUrls(two).join()).not.toMatch(/[ab]\/index\.m3u8/);
    // expireObjectsAfterDays: 3 from defaults gives a lifecycle rule; false in the instance removes it.
    expect(JSON.stringify(one.resource!.aws_s3_bucket_lifecycle_configuration)).toMatch(/"expiration":\[\{"days":3\}\]/);
    expect(JSON.stringify(two.resource!.aws_s3_bucket_lifecycle_configuration)).not.toMatch(/expiration/);
  });

  it('enabled: false in defaults leaves out every instance but those that turn it back on', () => {
    const stacks = stacksOf({
      mkio: {
        defaults: { enabled: false },
        instances: { a: { streamingEndpointHostName: H('westeurope') }, b: { streamingEndpointHostName: H('northeurope'), enabled: true } },
      },
    });
    expect(Object.keys(stacks)).toEqual(['mkio-b']);
  });

  it('examples/channels.json: a platform with several channels of every scenario', () => {
    const config = loadConfigFile(path.join(__dirname, '..', '..', 'examples', 'channels.json'));
    const app = buildApp(config, Testing.app());
    const stacks = app.node.children.map((child) => child.node.id);
    for (const key of KEYS) expect(stacks.filter((name) => name.startsWith(`${SECTIONS[key].stack}-`)).length).toBeGreaterThanOrEqual(2);
    // weather is written but disabled.
    expect(stacks).not.toContain('live-mediapackage-weather');
  });
});

describe('instance problems are clear errors', () => {
  it('errors name the instance and the key, with array indexes as the constructs write them', () => {
    const message = refusal({
      liveMediaPackage: {
        instances: {
          news: {
            endpoints: [SECTIONS.liveMediaPackage.body(1).endpoints[0], { packaging: 'hls', url: 'https://origin.example.com/x.m3u8' }],
          },
        },
      },
    });
    expect(message).toMatch(
      /'liveMediaPackage\.instances\.news\.endpoints\[1\]\.url' does not have the host of a MediaPackage origin endpoint/,
    );
  });

  it('construct errors name the instance as the configuration section', () => {
    // A CNAME at the zone apex passes the schema, not the DNS construct.
    expect(() =>
      buildApp(
        parseConfig({
          awsRegion: 'eu-west-1',
          mkio: {
            instances: { apex: { streamingEndpointHostName: H('westeurope'), customDomain: { domainName: 'example.com', ...ZONE } } },
          },
        }),
        Testing.app(),
      ),
    ).toThrow(/^configuration section 'mkio\.instances\.apex': 'customDomain/);
  });

  it('a bad default every instance inherits is reported once, under defaults', () => {
    const message = refusal({
      mkio: {
        defaults: { originShieldRegion: 'mars', typo: 1 },
        instances: { a: { streamingEndpointHostName: H('westeurope') }, b: { streamingEndpointHostName: H('northeurope') } },
      },
    });
    expect(message.match(/mars/g)).toHaveLength(1);
    expect(message).toMatch(/'mkio\.defaults\.originShieldRegion' is not a region where CloudFront offers Origin Shield, got: "mars"/);
    expect(message).toMatch(/'mkio\.defaults' has unknown key\(s\) "typo"/);
  });

  it('a bad default is reported once under defaults even when some instances set their own value', () => {
    const message = refusal({
      mkio: {
        defaults: { originShieldRegion: 'mars' },
        instances: {
          a: { streamingEndpointHostName: H('westeurope') },
          b: { streamingEndpointHostName: H('northeurope'), originShieldRegion: 'eu-west-1' },
        },
      },
    });
    expect(message.match(/mars/g)).toHaveLength(1);
    expect(message).toMatch(/'mkio\.defaults\.originShieldRegion' is not a region where CloudFront offers Origin Shield/);
  });

  it('a default only some instances inherit is reported under each of them, saying where it comes from', () => {
    const message = refusal({
      liveMediaPackage: {
        defaults: { lowLatencyHls: true, mediaPackageVersion: 'v2', endpoints: [{ packaging: 'hls', url: V2_HLS }] },
        instances: { ok: {}, v1: { mediaPackageVersion: 'v1', endpoints: SECTIONS.liveMediaPackage.body(1).endpoints } },
      },
    });
    expect(message).toMatch(/'liveMediaPackage\.instances\.v1\.lowLatencyHls' .*\(the value comes from defaults\)/);
    expect(message).not.toMatch(/instances\.ok\.lowLatencyHls/);
  });

  it.each([
    ['upper case', 'News'],
    ['an underscore', 'news_1'],
    ['a leading hyphen', '-news'],
    ['a trailing hyphen', 'news-'],
    ['33 characters', 'a'.repeat(33)],
  ])('an instance name with %s is refused, naming it', (_case, name) => {
    expect(() =>
      parseConfig({ awsRegion: 'eu-west-1', mkio: { instances: { [name]: { streamingEndpointHostName: H('westeurope') } } } }),
    ).toThrow(
      new RegExp(
        `'mkio\\.instances\\.${name}' is not a valid key \\(must be an instance name: 1-32 lower-case letters.*Rename it like news or sports-2`,
      ),
    );
  });

  it('no instances at all is refused', () => {
    expect(() => parseConfig({ awsRegion: 'eu-west-1', vod: { instances: {} } })).toThrow(
      /'vod\.instances' is empty, got: \{\}\. Name at least one instance, or use the single-instance form\./,
    );
  });

  it('the two forms mixed in one section are refused, naming the stray keys', () => {
    expect(() =>
      parseConfig({
        awsRegion: 'eu-west-1',
        mkio: { streamingEndpointHostName: H('westeurope'), instances: { a: { streamingEndpointHostName: H('westeurope') } } },
      }),
    ).toThrow(/'mkio' has unknown key\(s\) "streamingEndpointHostName"/);
  });

  it('an instance name written twice in the file is refused (JSON would keep only the last)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-dup-'));
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(
      file,
      `{ "awsRegion": "eu-west-1", "mkio": { "instances": {
        "news": { "streamingEndpointHostName": "${H('westeurope')}" },
        "news": { "streamingEndpointHostName": "${H('northeurope')}", "tags": { "a": "1", "a": "2" } } } } }`,
    );
    expect(() => loadConfigFile(file)).toThrow(
      /'mkio\.instances' has the key "news" twice: JSON keeps only the last, dropping the other without a word\. Merge the two, or rename one/,
    );
    expect(() => loadConfigFile(file)).toThrow(/'mkio\.instances\.news\.tags' has the key "a" twice/);
  });

  it('keys that only look alike (escaped, in strings, in other objects, in array items) are not duplicates', () => {
    const text = JSON.stringify({
      a: { 'k"': 1, 'k\\"': 2, k: '{"k":1,"k":2}' },
      b: [{ k: 1 }, { k: 2 }],
      c: { k: { k: 1 } },
    });
    expect(duplicateKeys(text)).toEqual([]);
    expect(duplicateKeys('{"a":[{"x":1},{"x":2,"y":{"z":1,"z":2}}],"a":0}')).toEqual([
      { at: ['a', 1, 'y'], key: 'z' },
      { at: [], key: 'a' },
    ]);
  });
});

describe('what must stay unique across instances', () => {
  it('two instances claiming one custom domain (any case, as a name or an alternative name) are refused, naming both', () => {
    const message = refusal({
      liveMediaPackage: {
        defaults: { customDomain: ZONE },
        instances: {
          news: { ...SECTIONS.liveMediaPackage.body(1), customDomain: { domainName: 'live.video.example.com' } },
          sports: {
            ...SECTIONS.liveMediaPackage.body(2),
            customDomain: { domainName: 'sports.video.example.com', subjectAlternativeNames: ['Live.Video.Example.com'] },
          },
        },
      },
    });
    expect(message).toMatch(
      /'liveMediaPackage\.instances\.sports\.customDomain\.subjectAlternativeNames\[0\]' claims the custom domain liveMediaPackage\.instances\.news\.customDomain\.domainName already claims, got: "Live\.Video\.Example\.com"\. Give each its own custom domain: CloudFront serves an alias from one distribution only/,
    );
  });

  it('a custom domain shared by two sections is refused too; a disabled instance claims nothing', () => {
    const domain = { domainName: 'video.example.com', ...ZONE, recordType: 'ALIAS' };
    expect(
      refusal({ mkio: { ...SECTIONS.mkio.body(), customDomain: domain }, antMedia: { ...SECTIONS.antMedia.body(), customDomain: domain } }),
    ).toMatch(/'antMedia\.customDomain\.domainName' claims the custom domain mkio\.customDomain\.domainName already claims/);
    expect(() =>
      buildApp(
        parseConfig({
          awsRegion: 'eu-west-1',
          mkio: { ...SECTIONS.mkio.body(), customDomain: domain },
          antMedia: { instances: { old: { ...SECTIONS.antMedia.body(), customDomain: domain, enabled: false } } },
        }),
        Testing.app(),
      ),
    ).not.toThrow();
  });

  it.each([
    ['vod', { mediaConvert: { roleName: 'Transcoder' } }, 'mediaConvert.roleName', 'IAM role name'],
    ['vod', { mediaConvert: { queueName: 'jobs' } }, 'mediaConvert.queueName', 'MediaConvert queue name'],
    ['vod', { outputBucket: { bucketName: 'acme-renditions' } }, 'outputBucket.bucketName', 'S3 bucket name'],
    ['liveMediaStore', { origin: { type: 's3-migration', bucketName: 'acme-live' } }, 'origin.bucketName', 'S3 bucket name'],
    [
      'liveMediaStore',
      { origin: { type: 'created-container', containerName: 'live' } },
      'origin.containerName',
      'MediaStore container name',
    ],
    ['liveMediaPackage', { endpoints: [], createChannel: { channelId: 'news' } }, 'createChannel.channelId', 'MediaPackage channel id'],
  ] as const)('%s: a %s set in defaults is claimed by every instance: refused', (key, defaults, keyPath, kind) => {
    const message = refusal({ [key]: { defaults, instances: { a: {}, b: {} } } });
    expect(message).toContain(`'${key}.instances.b.${keyPath}' claims the ${kind} ${key}.instances.a.${keyPath} already claims`);
  });

  it('two instances in one state (an S3 key without {stack}) are refused, naming both stacks', () => {
    const message = refusal({
      mkio: {
        defaults: { backend: { type: 's3', bucket: 'acme-tf-state', key: 'mkio.tfstate', region: 'eu-west-1' } },
        instances: { a: { streamingEndpointHostName: H('westeurope') }, b: { streamingEndpointHostName: H('northeurope') } },
      },
    });
    expect(message).toContain(
      "'mkio.instances.b.backend' would put the stack mkio-b (mkio.instances.b) in the state of mkio-a (mkio.instances.a), got: S3 object s3://acme-tf-state/mkio.tfstate for both. Give each stack its own key or workspace (put {stack} in it).",
    );
  });

  it('a local state path leading out of the stack folder is one state for every stack', () => {
    const message = refusal({
      backend: { type: 'local', path: '../../state/video.tfstate' },
      mkio: { instances: { a: { streamingEndpointHostName: H('westeurope') }, b: { streamingEndpointHostName: H('northeurope') } } },
    });
    expect(message).toMatch(
      /would put the stack mkio-b \(mkio\.instances\.b\) in the state of mkio-a .*got: local file cdktf\.out\/state\/video\.tfstate for both/,
    );
    expect(() =>
      buildApp(
        parseConfig({
          awsRegion: 'eu-west-1',
          backend: { type: 'local', path: '../../state/{stack}.tfstate' },
          mkio: { instances: { a: { streamingEndpointHostName: H('westeurope') }, b: { streamingEndpointHostName: H('northeurope') } } },
        }),
        Testing.app(),
      ),
    ).not.toThrow();
  });

  it('HCP Terraform: one workspace per instance, or workspace tags with {stack} per instance', () => {
    const instances = { news: SECTIONS.liveMediaPackage.body(1), sports: SECTIONS.liveMediaPackage.body(2) };
    const named = stacksOf({ backend: { type: 'cloud', organization: 'acme' }, liveMediaPackage: { instances } });
    expect(named['live-mediapackage-news'].terraform!.cloud).toEqual({
      organization: 'acme',
      workspaces: { name: 'live-mediapackage-news' },
    });
    const tagged = stacksOf({
      stackNamePrefix: 'prod-',
      backend: { type: 'cloud', organization: 'acme', workspaceTags: ['video-cdn', 'stack:{stack}'] },
      liveMediaPackage: { instances },
    });
    expect(tagged['prod-live-mediapackage-sports'].terraform!.cloud).toEqual({
      organization: 'acme',
      workspaces: { tags: ['video-cdn', 'stack:prod-live-mediapackage-sports'] },
    });
  });

  it('a generated configuration with many instances: distinct stacks, state keys and account-wide names', () => {
    const names = Array.from({ length: 12 }, (_, index) => `channel-${index + 1}`);
    const config = {
      backend: { type: 's3', bucket: 'acme-tf-state', region: 'eu-west-1' },
      ...Object.fromEntries(
        KEYS.map((key) => [key, { instances: Object.fromEntries(names.map((name, index) => [name, SECTIONS[key].body(index + 1)])) }]),
      ),
    };
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-many-'));
    buildApp(parseConfig({ awsRegion: 'eu-west-1', ...config }), new App({ outdir })).synth();
    const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
    expect(stacks).toHaveLength(KEYS.length * names.length);
    const keys = new Set<string>();
    const accountNames = new Map<string, string>();
    for (const stack of stacks) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as TerraformDocument;
      keys.add((json.terraform as { backend: { s3: { key: string } } }).backend.s3.key);
      for (const name of accountWideNames(json)) {
        expect({ name, stack, alsoIn: accountNames.get(name) }).toEqual({ name, stack, alsoIn: undefined });
        accountNames.set(name, stack);
      }
    }
    expect(keys.size).toBe(stacks.length);
    expect(accountNames.size).toBeGreaterThan(stacks.length);
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
