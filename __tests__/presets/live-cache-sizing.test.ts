import { TerraformVariable } from 'cdktf';
import { CachePolicy, liveCacheSizing } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('liveCacheSizing', () => {
  it.each([
    // segment s, manifest min / default / max
    [1, 0, 1, 1],
    [2, 1, 1, 2],
    [2.002, 1, 1, 3],
    [4, 2, 2, 4],
    [6, 3, 3, 6],
    [10, 5, 5, 10],
    [12, 5, 6, 12],
    [30, 5, 15, 30],
  ])('%d s segments: manifests min %d, default %d, max %d', (segmentDurationSeconds, min, defaultTtl, max) => {
    const { manifests } = liveCacheSizing({ segmentDurationSeconds });
    expect(manifests).toMatchObject({ minTtlSeconds: min, defaultTtlSeconds: defaultTtl, maxTtlSeconds: max });
  });

  it('segments are cached a day (at least 1 s), whatever the segment length', () => {
    expect(liveCacheSizing({ segmentDurationSeconds: 2 }).segments).toMatchObject({
      minTtlSeconds: 1,
      defaultTtlSeconds: 86400,
      maxTtlSeconds: 31536000,
    });
  });

  it('segmentTtlSeconds shortens the segment TTL (encoders that reuse names after a restart)', () => {
    expect(liveCacheSizing({ segmentDurationSeconds: 6, segmentTtlSeconds: 60 }).segments).toMatchObject({
      minTtlSeconds: 1,
      defaultTtlSeconds: 60,
    });
  });

  it('errors a live edge retries are cached 1 s', () => {
    expect(liveCacheSizing({ segmentDurationSeconds: 6 }).errorResponses).toEqual(
      [403, 404, 500, 502, 503, 504].map((httpStatus) => ({ httpStatus, ttlSeconds: 1 })),
    );
  });

  it('manifest query strings go into the manifest cache key only', () => {
    const stack = testStack();
    const sizing = liveCacheSizing({ segmentDurationSeconds: 6, manifestQueryStrings: ['token'] });
    new CachePolicy(stack, 'manifests', sizing.manifests);
    const policy = onlyResource(synthJson(stack), 'aws_cloudfront_cache_policy');
    expect(policy.parameters_in_cache_key_and_forwarded_to_origin.query_strings_config).toEqual({
      query_string_behavior: 'whitelist',
      query_strings: { items: ['token'] },
    });
    expect(policy).toMatchObject({ min_ttl: 3, default_ttl: 3, max_ttl: 6 });
    expect(sizing.segments.queryStrings?.behavior).toBe('none');
  });

  it.each([0, 0.5, 31, Number.NaN])('rejects a segment duration of %d s', (segmentDurationSeconds) => {
    expect(() => liveCacheSizing({ segmentDurationSeconds })).toThrow(/'segmentDurationSeconds' must be from 1 to 30 seconds/);
  });

  it('rejects a token: the TTLs are computed at synth', () => {
    const stack = testStack();
    const variable = new TerraformVariable(stack, 'seconds', { type: 'number' });
    expect(() => liveCacheSizing({ segmentDurationSeconds: variable.numberValue })).toThrow(
      /'segmentDurationSeconds' must be known at synth time/,
    );
  });
});
