import * as fs from 'fs';
import { Testing } from 'cdktf';
import { DEFAULT_CONFIG_PATH, parseConfig } from '../../config/load';
import { buildApp } from '../../main';
import { LiveMediaPackageStack } from '../../stacks/live-mediapackage';
import { onlyResource, outputs, resources, synthJson, TerraformJson } from '../support/synth';
import { singleSection } from '../support/app-stacks';

const HOST = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com';
const HLS = { packaging: 'hls', url: `${HOST}/out/v1/aaaa1111/index.m3u8` };
const HLS_2 = { packaging: 'hls', url: `${HOST}/out/v1/eeee5555/index.m3u8` };
const CMAF = { packaging: 'cmaf', url: `${HOST}/out/v1/bbbb2222/index.m3u8` };
const DASH = { packaging: 'dash', url: `${HOST}/out/v1/cccc3333/index.mpd` };
const V2 = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live/channel-1';

/** The committed default section (examples/default.json): what `cdktf synth` builds. */
const defaultSection = () => JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8')).liveMediaPackage;

/** Builds the stack from a `liveMediaPackage` section, through the same schema users' files go through. */
function liveMediaPackageStack(section: Record<string, unknown>): LiveMediaPackageStack {
  const config = parseConfig({ awsRegion: 'eu-west-1', liveMediaPackage: section });
  return new LiveMediaPackageStack(Testing.app(), 'live-mediapackage', singleSection(config, 'liveMediaPackage'), {
    awsRegion: config.awsRegion,
  });
}

function synth(section: Record<string, unknown>) {
  const json = synthJson(liveMediaPackageStack(section));
  const distribution = onlyResource(json, 'aws_cloudfront_distribution');
  const behaviors: Array<Record<string, any>> = distribution.ordered_cache_behavior;
  const policy = (pattern: string) => cachePolicy(json, behaviors.find((behavior) => behavior.path_pattern === pattern)!.cache_policy_id);
  return { json, distribution, behaviors, policy, outputs: outputs(json) };
}

function cachePolicy(json: TerraformJson, reference: string): Record<string, any> {
  const id = /^\$\{aws_cloudfront_cache_policy\.(.+)\.id\}$/.exec(reference)![1];
  return json.resource!.aws_cloudfront_cache_policy[id];
}

const queryStrings = (policy: Record<string, any>) =>
  policy.parameters_in_cache_key_and_forwarded_to_origin.query_strings_config.query_strings.items;

describe('live-mediapackage stack (default example: HLS, CMAF, DASH, Smooth, custom domain)', () => {
  const { json, distribution, behaviors, policy, outputs: out } = synth(defaultSection());

  it('has one HTTPS-only origin per endpoint: domain = endpoint host, path = endpoint path', () => {
    expect(distribution.origin).toHaveLength(4);
    for (const origin of distribution.origin) {
      expect(origin.domain_name).toBe('c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com');
      expect(origin.custom_origin_config).toMatchObject({
        origin_protocol_policy: 'https-only',
        https_port: 443,
        origin_ssl_protocols: ['TLSv1.2'],
      });
      expect(origin.origin_shield).toEqual({ enabled: true, origin_shield_region: 'eu-west-1' });
    }
    expect(distribution.origin.map((origin: any) => [origin.origin_id, origin.origin_path])).toEqual([
      ['mediapackage-hls', '/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b'],
      // CMAF shares *.m3u8 with HLS: viewers use the endpoint path, so no origin path.
      ['mediapackage-cmaf', undefined],
      ['mediapackage-dash', '/out/v1/8b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e'],
      ['mediapackage-smooth', '/out/v1/9c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f'],
    ]);
  });

  it("routes the seed's patterns per endpoint, scoped where an extension is shared; default to the first endpoint", () => {
    expect(behaviors.map((behavior) => [behavior.path_pattern, behavior.target_origin_id])).toEqual([
      ['/out/v1/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/*.m3u8', 'mediapackage-cmaf'],
      ['/out/v1/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/*.mp4', 'mediapackage-cmaf'],
      ['*.m3u8', 'mediapackage-hls'],
      ['*.ts', 'mediapackage-hls'],
      ['*.mpd', 'mediapackage-dash'],
      ['*.mp4', 'mediapackage-dash'],
      ['index.ism/*', 'mediapackage-smooth'],
    ]);
    expect(new Set(behaviors.map((behavior) => behavior.path_pattern)).size).toBe(behaviors.length);
    expect(distribution.default_cache_behavior.target_origin_id).toBe('mediapackage-hls');
  });

  it('redirects viewers to HTTPS on every behavior, read-only methods', () => {
    for (const behavior of [distribution.default_cache_behavior, ...behaviors]) {
      expect(behavior).toMatchObject({ viewer_protocol_policy: 'redirect-to-https', allowed_methods: ['GET', 'HEAD'] });
    }
  });

  it('cache policies: m always; start/end (time-shift is on) on manifest behaviors only; minimum TTL 1 s', () => {
    for (const manifest of ['*.m3u8', '*.mpd', 'index.ism/*', '/out/v1/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/*.m3u8']) {
      expect(queryStrings(policy(manifest))).toEqual(['m', 'start', 'end']);
      expect(policy(manifest).min_ttl).toBe(1);
    }
    for (const segments of ['*.ts', '*.mp4', '/out/v1/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/*.mp4']) {
      expect(queryStrings(policy(segments))).toEqual(['m']);
      expect(policy(segments).min_ttl).toBe(1);
    }
    expect(resources(json, 'aws_cloudfront_cache_policy')).toHaveLength(2);
  });

  it('caches 4xx/5xx for 1 s', () => {
    expect(distribution.custom_error_response.length).toBeGreaterThanOrEqual(6);
    for (const response of distribution.custom_error_response) {
      expect(response.error_code).toBeGreaterThanOrEqual(400);
      expect(response.error_caching_min_ttl).toBe(1);
    }
  });

  it('outputs playback URLs per endpoint through CloudFront and through the custom domain', () => {
    expect(out['playback-urls']).toEqual({
      hls: expect.stringMatching(/^https:\/\/\$\{aws_cloudfront_distribution\.distribution_[0-9A-F]+\.domain_name\}\/index\.m3u8$/),
      cmaf: expect.stringMatching(/\}\/out\/v1\/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d\/index\.m3u8$/),
      dash: expect.stringMatching(/\}\/index\.mpd$/),
      smooth: expect.stringMatching(/\}\/index\.ism\/Manifest$/),
    });
    expect(out['custom-domain-playback-urls']).toEqual({
      hls: 'https://mediapackage.video.example.com/index.m3u8',
      cmaf: 'https://mediapackage.video.example.com/out/v1/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/index.m3u8',
      dash: 'https://mediapackage.video.example.com/index.mpd',
      smooth: 'https://mediapackage.video.example.com/index.ism/Manifest',
    });
    expect(distribution.aliases).toEqual(['mediapackage.video.example.com']);
    expect(out['endpoint-policies']).toBeUndefined();
  });

  it('creates no channel, no OAC, no data source by default', () => {
    expect(resources(json, 'aws_media_package_channel')).toHaveLength(0);
    expect(resources(json, 'aws_cloudfront_origin_access_control')).toHaveLength(0);
    expect(json.data).toBeUndefined();
  });
});

describe('live-mediapackage stack options', () => {
  it('time-shift and manifest filtering put start, end and aws.manifestfilter on manifests; TTLs configurable', () => {
    const { policy, distribution } = synth({
      endpoints: [HLS, DASH],
      timeShift: true,
      manifestFilter: true,
      minTtlSeconds: 5,
      errorCachingTtlSeconds: 2,
    });
    expect(queryStrings(policy('*.m3u8'))).toEqual(['m', 'start', 'end', 'aws.manifestfilter']);
    expect(queryStrings(policy('*.mpd'))).toEqual(['m', 'start', 'end', 'aws.manifestfilter']);
    expect(queryStrings(policy('*.ts'))).toEqual(['m']);
    expect(policy('*.m3u8').min_ttl).toBe(5);
    expect(distribution.custom_error_response.every((response: any) => response.error_caching_min_ttl === 2)).toBe(true);
  });

  it('without time-shift or filtering, manifests are keyed on m alone', () => {
    const { policy } = synth({ endpoints: [HLS] });
    expect(queryStrings(policy('*.m3u8'))).toEqual(['m']);
  });

  it('two endpoints sharing an extension are both reachable under distinct patterns', () => {
    const { behaviors, outputs: out } = synth({ endpoints: [HLS, HLS_2] });
    expect(behaviors.map((behavior) => behavior.path_pattern)).toEqual([
      '/out/v1/eeee5555/*.m3u8',
      '/out/v1/eeee5555/*.ts',
      '*.m3u8',
      '*.ts',
    ]);
    expect(Object.keys(out['playback-urls'] as object).sort()).toEqual(['hls', 'hls-2']);
  });

  it('CDN authorization: X-MediaPackage-CDNIdentifier read from the existing secret, never written into the JSON', () => {
    const { json, distribution } = synth({ endpoints: [HLS, DASH], cdnAuthorization: { secretId: 'MediaPackage/live-channel' } });
    const [[dataId, data]] = Object.entries(json.data!.aws_secretsmanager_secret_version);
    expect(data).toEqual({ secret_id: 'MediaPackage/live-channel' });
    for (const origin of distribution.origin) {
      expect(origin.custom_header).toEqual([
        {
          name: 'X-MediaPackage-CDNIdentifier',
          value: `\${jsondecode(data.aws_secretsmanager_secret_version.${dataId}.secret_string).MediaPackageCDNIdentifier}`,
        },
      ]);
    }
    expect(resources(json, 'aws_secretsmanager_secret_version')).toHaveLength(0);
  });

  it('MediaPackage v2: egress origins with OAC mediapackagev2, LL-HLS query strings, endpoint policy output', () => {
    const {
      json,
      distribution,
      policy,
      outputs: out,
    } = synth({
      mediaPackageVersion: 'v2',
      lowLatencyHls: true,
      endpoints: [
        { packaging: 'hls', url: `${V2}/ll-hls/index.m3u8` },
        { packaging: 'dash', url: `${V2}/dash/index.mpd` },
      ],
    });
    expect(resources(json, 'aws_cloudfront_origin_access_control').map((oac) => oac.origin_access_control_origin_type)).toEqual([
      'mediapackagev2',
      'mediapackagev2',
    ]);
    for (const origin of distribution.origin) {
      expect(origin.domain_name).toBe('abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com');
      expect(origin.origin_access_control_id).toMatch(/^\$\{aws_cloudfront_origin_access_control\./);
      expect(origin.custom_origin_config.origin_protocol_policy).toBe('https-only');
    }
    expect(queryStrings(policy('*.m3u8'))).toEqual(expect.arrayContaining(['m', '_HLS_msn', '_HLS_part', 'aws.manifestsettings']));
    const policies = out['endpoint-policies'] as Record<string, string>;
    expect(Object.keys(policies).sort()).toEqual(['dash', 'hls']);
    const statement = JSON.parse(policies.hls.replace(/\$\{element\(split\(":", [^)]+\), 4\)\}/, '<account>')).Statement[0];
    expect(statement).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: ['mediapackagev2:GetObject', 'mediapackagev2:GetHeadObject'],
      Resource: 'arn:aws:mediapackagev2:eu-west-1:<account>:channelGroup/live/channel/channel-1/originEndpoint/ll-hls',
      Condition: {
        StringEquals: { 'AWS:SourceArn': [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.distribution_[0-9A-F]+\.arn\}$/)] },
      },
    });
  });

  it('createChannel: the v1 channel, its id and ARN, ingest URLs, and credentials as a sensitive output', () => {
    const json = synthJson(
      liveMediaPackageStack({
        endpoints: [HLS],
        createChannel: { channelId: 'live-channel-1', description: 'Main channel' },
        tags: { team: 'video' },
      }),
    );
    expect(onlyResource(json, 'aws_media_package_channel')).toEqual({
      channel_id: 'live-channel-1',
      description: 'Main channel',
      tags: { team: 'video' },
    });
    const out = json.output!;
    expect(out['ingest-urls'].value).toBe('${aws_media_package_channel.channel.hls_ingest[0].ingest_endpoints[*].url}');
    expect(out['ingest-credentials']).toMatchObject({
      sensitive: true,
      value: '${aws_media_package_channel.channel.hls_ingest[0].ingest_endpoints}',
    });
    expect(out['channel-id'].value).toBe('${aws_media_package_channel.channel.id}');
  });

  it('createChannel without endpoints yet: only the channel (endpoints come after the first apply)', () => {
    const json = synthJson(liveMediaPackageStack({ createChannel: { channelId: 'live-channel-1' } }));
    expect(resources(json, 'aws_media_package_channel')).toHaveLength(1);
    expect(resources(json, 'aws_cloudfront_distribution')).toHaveLength(0);
  });
});

describe('live-mediapackage configuration errors', () => {
  it.each([
    [
      'a minimum TTL above 5 s',
      { endpoints: [HLS], minTtlSeconds: 6 },
      /'liveMediaPackage\.minTtlSeconds' must be a whole number of seconds from 0 to 5, got: 6/,
    ],
    [
      'a malformed endpoint URL (named by index)',
      { endpoints: [HLS, { packaging: 'dash', url: 'https://origin.example.com/live/index.mpd' }] },
      /'liveMediaPackage\.endpoints\[1\]\.url' does not have the host of a MediaPackage origin endpoint, got: "https:\/\/origin\.example\.com\/live\/index\.mpd"\. Use the endpoint URL itself: /,
    ],
    [
      'an http URL',
      { endpoints: [{ ...HLS, url: HLS.url.replace('https', 'http') }] },
      /'liveMediaPackage\.endpoints\[0\]\.url' must start with https:\/\//,
    ],
    [
      'a manifest not matching the packaging',
      { endpoints: [{ ...DASH, url: HLS.url }] },
      /'liveMediaPackage\.endpoints\[0\]\.url' ends in a \.m3u8 manifest, but the endpoint is declared dash/,
    ],
    [
      'a v2 URL while v1 is configured',
      { endpoints: [{ packaging: 'hls', url: `${V2}/hls/index.m3u8` }] },
      /'liveMediaPackage\.endpoints\[0\]\.url' is a MediaPackage v2 egress URL, but MediaPackage v1 is configured/,
    ],
    ['no endpoints and no channel', { endpoints: [] }, /'liveMediaPackage\.endpoints' must list at least one origin endpoint/],
    ['an unknown packaging type', { endpoints: [{ ...HLS, packaging: 'hds' }] }, /'liveMediaPackage\.endpoints\[0\]\.packaging'/],
    ['LL-HLS on v1', { endpoints: [HLS], lowLatencyHls: true }, /'liveMediaPackage\.lowLatencyHls' needs MediaPackage v2/],
    [
      'createChannel on v2',
      { mediaPackageVersion: 'v2', endpoints: [{ packaging: 'hls', url: `${V2}/hls/index.m3u8` }], createChannel: { channelId: 'c' } },
      /'liveMediaPackage\.createChannel' only works with MediaPackage v1/,
    ],
    [
      'a secret id that is neither a name nor an ARN',
      { endpoints: [HLS], cdnAuthorization: { secretId: 'my secret' } },
      /'liveMediaPackage\.cdnAuthorization\.secretId' is not a Secrets Manager secret name/,
    ],
    ['an unknown key', { endpoints: [HLS], timeshift: true }, /'liveMediaPackage' has unknown key\(s\) "timeshift"/],
  ])('rejects %s with the key path', (_case, section, message) => {
    expect(() => parseConfig({ awsRegion: 'eu-west-1', liveMediaPackage: section })).toThrow(message);
  });

  it('a pattern clash (the same endpoint path twice) fails at synth, naming the configuration section and both endpoints', () => {
    const config = parseConfig({ awsRegion: 'eu-west-1', liveMediaPackage: { endpoints: [HLS, CMAF, { ...CMAF, name: 'cmaf-copy' }] } });
    expect(() => buildApp(config, Testing.app())).toThrow(
      /configuration section 'liveMediaPackage': 'endpoints\[2\]\.url' would share the path pattern "\/out\/v1\/bbbb2222\/\*\.m3u8" with endpoints\[1\]/,
    );
  });

  it('a minimum TTL above 5 s is refused by the construct too (library users)', () => {
    const config = parseConfig({ awsRegion: 'eu-west-1', liveMediaPackage: { endpoints: [HLS] } });
    expect(
      () =>
        new LiveMediaPackageStack(
          Testing.app(),
          'x',
          { ...singleSection(config, 'liveMediaPackage'), minTtlSeconds: 10 },
          { awsRegion: 'eu-west-1' },
        ),
    ).toThrow(/'minTtlSeconds' must be a whole number of seconds from 0 to 5, got: 10/);
  });
});
