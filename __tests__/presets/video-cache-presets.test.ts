import { CachePolicy, VideoCachePresets, VideoOriginRequestPresets } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

function keyQueryStrings(props: ReturnType<typeof VideoCachePresets.liveManifests>): string[] {
  return [...(props.queryStrings?.names ?? [])];
}

describe('VideoCachePresets', () => {
  it('live manifests: seconds-long TTLs, nothing in the key unless asked', () => {
    const props = VideoCachePresets.liveManifests();
    expect(props).toMatchObject({ minTtlSeconds: 1, defaultTtlSeconds: 2, maxTtlSeconds: 10 });
    expect(props.queryStrings?.behavior).toBe('none');
  });

  it('live manifests: m, time-shift, manifest filter and LL-HLS query strings, in that order, once each', () => {
    const props = VideoCachePresets.liveManifests({
      queryStrings: ['m', 'start'],
      timeShift: true,
      manifestFilter: true,
      lowLatencyHls: true,
      corsOriginHeader: true,
    });
    expect(keyQueryStrings(props)).toEqual(['m', 'start', 'end', 'aws.manifestfilter', '_HLS_msn', '_HLS_part', '_HLS_skip']);
    expect(props.headers?.names).toEqual(['Origin']);
  });

  it('live manifests: a minimum TTL above 5 s is refused, 5 s is fine', () => {
    expect(() => VideoCachePresets.liveManifests({ minTtlSeconds: 6 })).toThrow(
      /'minTtlSeconds' must be a whole number of seconds from 0 to 5, got: 6/,
    );
    expect(VideoCachePresets.liveManifests({ minTtlSeconds: 5 })).toMatchObject({ minTtlSeconds: 5, defaultTtlSeconds: 5 });
  });

  it('live manifests with too many query strings hit the 10-name limit', () => {
    const many = Array.from({ length: 6 }, (_, i) => `q${i}`);
    expect(() => VideoCachePresets.liveManifests({ queryStrings: many, timeShift: true, lowLatencyHls: true })).toThrow(
      /'queryStrings' has 11 names/,
    );
  });

  it('segments: cached long; VOD manifests an hour', () => {
    expect(VideoCachePresets.liveSegments()).toMatchObject({ minTtlSeconds: 1, defaultTtlSeconds: 86400, maxTtlSeconds: 31536000 });
    expect(VideoCachePresets.vodSegments()).toMatchObject({ minTtlSeconds: 0, defaultTtlSeconds: 604800, maxTtlSeconds: 31536000 });
    expect(VideoCachePresets.vodManifests()).toMatchObject({ defaultTtlSeconds: 3600, maxTtlSeconds: 86400 });
  });

  it('no preset keys segments on anything per viewer: a token, a signature, a session or CMCD', () => {
    expect(keyQueryStrings(VideoCachePresets.liveSegments({ queryStrings: ['m'] }))).toEqual(['m']);
    for (const name of ['token', 'Expires', 'Signature', 'Key-Pair-Id', 'sessionId', 'CMCD', 'X-Amz-Credential']) {
      expect(() => VideoCachePresets.liveSegments({ queryStrings: [name] })).toThrow(
        new RegExp(`^'queryStrings' contains an entry that looks per viewer.*got: "${name}"`),
      );
      expect(() => VideoCachePresets.vodSegments({ queryStrings: ['v', name] })).toThrow(/looks per viewer/);
    }
  });

  it('presets synthesize into valid cache policy resources', () => {
    const stack = testStack();
    new CachePolicy(stack, 'manifests', VideoCachePresets.liveManifests({ queryStrings: ['m'], timeShift: true }));
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_cache_policy')).toMatchObject({
      min_ttl: 1,
      parameters_in_cache_key_and_forwarded_to_origin: {
        query_strings_config: { query_string_behavior: 'whitelist', query_strings: { items: ['m', 'start', 'end'] } },
      },
    });
  });

  it('origin request preset forwards named query strings and the Origin header', () => {
    const props = VideoOriginRequestPresets.forwardQueryStrings(['id', 'playOrder']);
    expect(props.queryStrings?.names).toEqual(['id', 'playOrder']);
    expect(props.headers?.names).toEqual(['Origin']);
    expect(VideoOriginRequestPresets.forwardQueryStrings(['id'], false).headers?.behavior).toBe('none');
  });
});
