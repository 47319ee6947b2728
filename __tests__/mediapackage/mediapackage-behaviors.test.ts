import {
  CachePolicy,
  MediaPackageBehaviors,
  MediaPackageBehaviorsProps,
  MediaPackageEndpoint,
  MediaPackagePackaging,
  MediaPackageVersion,
  VideoDistribution,
} from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';

const HOST = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com';
const HLS: MediaPackageEndpoint = { packaging: MediaPackagePackaging.HLS, url: `${HOST}/out/v1/aaaa1111/index.m3u8` };
const CMAF: MediaPackageEndpoint = { packaging: MediaPackagePackaging.CMAF, url: `${HOST}/out/v1/bbbb2222/index.m3u8` };
const DASH: MediaPackageEndpoint = { packaging: MediaPackagePackaging.DASH, url: `${HOST}/out/v1/cccc3333/index.mpd` };
const SMOOTH: MediaPackageEndpoint = { packaging: MediaPackagePackaging.SMOOTH, url: `${HOST}/out/v1/dddd4444/index.ism/Manifest` };
const V2_HOST = 'https://abcde.egress.vwxyz.mediapackagev2.us-west-2.amazonaws.com/out/v1/group/channel';

function synth(props: MediaPackageBehaviorsProps) {
  const stack = testStack();
  const mediaPackage = new MediaPackageBehaviors(stack, 'mediapackage', props);
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: mediaPackage.defaultBehavior,
    additionalBehaviors: mediaPackage.additionalBehaviors,
    errorResponses: mediaPackage.errorResponses,
  });
  const json = synthJson(stack);
  const distribution = onlyResource(json, 'aws_cloudfront_distribution');
  const policies = Object.fromEntries(
    Object.entries(json.resource?.aws_cloudfront_cache_policy ?? {}).map(([id, body]) => [
      `\${aws_cloudfront_cache_policy.${id}.id}`,
      body as Record<string, any>,
    ]),
  );
  const behaviors: Array<Record<string, any>> = distribution.ordered_cache_behavior ?? [];
  return {
    mediaPackage,
    json,
    distribution,
    patterns: behaviors.map((behavior) => [behavior.path_pattern, behavior.target_origin_id]),
    policyOf: (pattern: string) => policies[behaviors.find((behavior) => behavior.path_pattern === pattern)!.cache_policy_id],
    queryStringsOf: (pattern: string) =>
      policies[behaviors.find((behavior) => behavior.path_pattern === pattern)!.cache_policy_id]
        .parameters_in_cache_key_and_forwarded_to_origin.query_strings_config.query_strings.items,
  };
}

describe('MediaPackageBehaviors', () => {
  it("gives each packaging type the seed's patterns, one origin per endpoint, default to the first", () => {
    const { patterns, distribution } = synth({ endpoints: [HLS, DASH, SMOOTH] });
    expect(patterns).toEqual([
      ['*.m3u8', 'mediapackage-hls'],
      ['*.ts', 'mediapackage-hls'],
      ['*.mpd', 'mediapackage-dash'],
      ['*.mp4', 'mediapackage-dash'],
      ['index.ism/*', 'mediapackage-smooth'],
    ]);
    expect(distribution.default_cache_behavior.target_origin_id).toBe('mediapackage-hls');
    expect(distribution.origin.map((origin: any) => [origin.origin_id, origin.origin_path])).toEqual([
      ['mediapackage-hls', '/out/v1/aaaa1111'],
      ['mediapackage-dash', '/out/v1/cccc3333'],
      ['mediapackage-smooth', '/out/v1/dddd4444'],
    ]);
    for (const behavior of [distribution.default_cache_behavior, ...distribution.ordered_cache_behavior]) {
      expect(behavior.viewer_protocol_policy).toBe('redirect-to-https');
      expect(behavior.smooth_streaming).toBeUndefined();
    }
  });

  it('CMAF gets *.m3u8 + *.mp4', () => {
    expect(synth({ endpoints: [CMAF] }).patterns).toEqual([
      ['*.m3u8', 'mediapackage-cmaf'],
      ['*.mp4', 'mediapackage-cmaf'],
    ]);
  });

  it('scopes an endpoint whose extension is taken to its endpoint path, first, without origin path', () => {
    const { patterns, distribution, mediaPackage } = synth({ endpoints: [HLS, CMAF, DASH, SMOOTH] });
    // CMAF shares *.m3u8 with HLS: its two behaviors move under its path and come first.
    expect(patterns).toEqual([
      ['/out/v1/bbbb2222/*.m3u8', 'mediapackage-cmaf'],
      ['/out/v1/bbbb2222/*.mp4', 'mediapackage-cmaf'],
      ['*.m3u8', 'mediapackage-hls'],
      ['*.ts', 'mediapackage-hls'],
      ['*.mpd', 'mediapackage-dash'],
      ['*.mp4', 'mediapackage-dash'],
      ['index.ism/*', 'mediapackage-smooth'],
    ]);
    expect(distribution.origin.find((origin: any) => origin.origin_id === 'mediapackage-cmaf').origin_path).toBeUndefined();
    expect(mediaPackage.endpoints.map((route) => route.scopedToEndpointPath)).toEqual([false, true, false, false]);
    expect(mediaPackage.playbackUrls('https://live.example.com/')).toEqual({
      hls: 'https://live.example.com/index.m3u8',
      cmaf: 'https://live.example.com/out/v1/bbbb2222/index.m3u8',
      dash: 'https://live.example.com/index.mpd',
      smooth: 'https://live.example.com/index.ism/Manifest',
    });
  });

  it('two endpoints of one type: numbered names, the second scoped', () => {
    const second = { ...HLS, url: `${HOST}/out/v1/eeee5555/index.m3u8` };
    const { patterns, mediaPackage } = synth({ endpoints: [HLS, second] });
    expect(patterns).toEqual([
      ['/out/v1/eeee5555/*.m3u8', 'mediapackage-hls-2'],
      ['/out/v1/eeee5555/*.ts', 'mediapackage-hls-2'],
      ['*.m3u8', 'mediapackage-hls'],
      ['*.ts', 'mediapackage-hls'],
    ]);
    expect(mediaPackage.endpoints.map((route) => route.name)).toEqual(['hls', 'hls-2']);
  });

  it('manifest policy: m always, min TTL <= 5; segments: m, long TTLs; errors cached 1 s', () => {
    const { policyOf, queryStringsOf, distribution } = synth({ endpoints: [HLS, DASH, SMOOTH] });
    for (const manifest of ['*.m3u8', '*.mpd', 'index.ism/*']) {
      expect(queryStringsOf(manifest)).toEqual(['m']);
      expect(policyOf(manifest)).toMatchObject({ min_ttl: 1, default_ttl: 2, max_ttl: 10 });
    }
    for (const segments of ['*.ts', '*.mp4']) {
      expect(queryStringsOf(segments)).toEqual(['m']);
      expect(policyOf(segments)).toMatchObject({ min_ttl: 1, default_ttl: 86400, max_ttl: 31536000 });
    }
    expect(distribution.custom_error_response).toHaveLength(11);
    expect(distribution.custom_error_response.map((response: any) => response.error_code)).toEqual([
      400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504,
    ]);
    expect(distribution.custom_error_response.every((response: any) => response.error_caching_min_ttl === 1)).toBe(true);
  });

  it('time-shift and manifest filtering add start, end, aws.manifestfilter to manifests only', () => {
    const { queryStringsOf, policyOf } = synth({
      endpoints: [HLS, DASH],
      timeShift: true,
      manifestFilter: true,
      minTtlSeconds: 5,
      errorCachingTtlSeconds: 2,
    });
    expect(queryStringsOf('*.m3u8')).toEqual(['m', 'start', 'end', 'aws.manifestfilter']);
    expect(queryStringsOf('*.mpd')).toEqual(['m', 'start', 'end', 'aws.manifestfilter']);
    expect(queryStringsOf('*.ts')).toEqual(['m']);
    expect(policyOf('*.m3u8').min_ttl).toBe(5);
    expect(policyOf('*.ts').min_ttl).toBe(5);
  });

  it('v2 with LL-HLS: OAC origins, _HLS_msn, _HLS_part, aws.manifestsettings in the manifest key, endpoint policies', () => {
    const { queryStringsOf, json, mediaPackage } = synth({
      version: MediaPackageVersion.V2,
      lowLatencyHls: true,
      endpoints: [
        { packaging: MediaPackagePackaging.HLS, url: `${V2_HOST}/ll-hls/index.m3u8` },
        { packaging: MediaPackagePackaging.DASH, url: `${V2_HOST}/dash/index.mpd` },
      ],
    });
    expect(queryStringsOf('*.m3u8')).toEqual(expect.arrayContaining(['m', 'aws.manifestsettings', '_HLS_msn', '_HLS_part']));
    expect(resources(json, 'aws_cloudfront_origin_access_control').map((oac) => oac.origin_access_control_origin_type)).toEqual([
      'mediapackagev2',
      'mediapackagev2',
    ]);
    expect(Object.keys(mediaPackage.endpointPolicies())).toEqual(['hls', 'dash']);
  });

  it('uses given cache policies instead of creating its own', () => {
    const { json, distribution } = synth({
      endpoints: [HLS],
      manifestCachePolicy: CachePolicy.ELEMENTAL_MEDIA_PACKAGE,
      segmentCachePolicy: CachePolicy.CACHING_OPTIMIZED,
    });
    expect(resources(json, 'aws_cloudfront_cache_policy')).toHaveLength(0);
    expect(distribution.ordered_cache_behavior[0].cache_policy_id).toBe('08627262-05a9-4f76-9ded-b50ca2e3a84f');
  });

  it.each([
    ['no endpoints', { endpoints: [] }, /'endpoints' is empty/],
    [
      'the same endpoint twice (pattern clash)',
      { endpoints: [HLS, CMAF, CMAF] },
      /'endpoints\[2\]\.url' would share the path pattern "\/out\/v1\/bbbb2222\/\*\.m3u8" with endpoints\[1\]/,
    ],
    [
      'a minimum TTL above 5 s',
      { endpoints: [HLS], minTtlSeconds: 6 },
      /'minTtlSeconds' must be a whole number of seconds from 0 to 5, got: 6/,
    ],
    [
      'a malformed URL',
      { endpoints: [HLS, { ...DASH, url: 'https://example.com/index.mpd' }] },
      /'endpoints\[1\]\.url' does not have the host of a MediaPackage origin endpoint/,
    ],
    [
      'a manifest that does not match the packaging',
      { endpoints: [{ ...DASH, url: HLS.url }] },
      /'endpoints\[0\]\.url' ends in a \.m3u8 manifest, but the endpoint is declared dash/,
    ],
    [
      'a v2 URL on v1',
      { endpoints: [{ ...HLS, url: `${V2_HOST}/hls/index.m3u8` }] },
      /'endpoints\[0\]\.url' is a MediaPackage v2 egress URL, but MediaPackage v1 is configured/,
    ],
    ['LL-HLS on v1', { endpoints: [HLS], lowLatencyHls: true }, /'lowLatencyHls' needs MediaPackage v2/],
    [
      'LL-HLS with a 2 s minimum TTL',
      { endpoints: [{ ...HLS, url: `${V2_HOST}/hls/index.m3u8` }], version: MediaPackageVersion.V2, lowLatencyHls: true, minTtlSeconds: 2 },
      /'minTtlSeconds' must be 0 or 1 with lowLatencyHls/,
    ],
    ['a malformed name', { endpoints: [{ ...HLS, name: 'HLS main' }] }, /'endpoints\[0\]\.name' must be 1-40 lower-case letters/],
    [
      'a repeated name',
      { endpoints: [HLS, { ...DASH, name: 'hls' }] },
      /'endpoints\[1\]\.name' is "hls", already the name of endpoints\[0\]/,
    ],
  ])('rejects %s', (_case, props, message) => {
    expect(() => synth(props as MediaPackageBehaviorsProps)).toThrow(message);
  });
});
