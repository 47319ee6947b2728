import { TerraformVariable } from 'cdktf';
import { CachePolicy, MkioCdn, ViewerAccess, ViewerProtocolPolicy } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

const HOST = 'production.westeurope.streaming.mediakind.com';

describe('MkioCdn', () => {
  it('minimal: the streaming endpoint, HTTPS only, read-only, CachingOptimized, a comment naming it', () => {
    const stack = testStack();
    const mkio = new MkioCdn(stack, 'mkio', { streamingEndpointHostName: HOST });
    const distribution = onlyResource(synthJson(stack), 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({
      domain_name: HOST,
      custom_origin_config: { origin_protocol_policy: 'https-only', https_port: 443 },
    });
    expect(distribution.default_cache_behavior).toMatchObject({
      allowed_methods: ['GET', 'HEAD'],
      cached_methods: ['GET', 'HEAD'],
      cache_policy_id: CachePolicy.CACHING_OPTIMIZED.cachePolicyId,
      viewer_protocol_policy: 'redirect-to-https',
    });
    expect(distribution.comment).toBe(`MK.IO streaming endpoint ${HOST}`);
    expect(mkio.playbackUrl('abc')).toMatch(/^https:\/\/\$\{TfToken\[.*\]\}\/abc\/\.\.\.$/);
  });

  it('maximal: Origin Shield, HTTPS only for viewers, JWTs checked at the edge, a query string forwarded, a custom domain', () => {
    const stack = testStack();
    const mkio = new MkioCdn(stack, 'mkio', {
      streamingEndpointHostName: HOST,
      originShieldRegion: 'eu-west-1',
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      viewerAccess: ViewerAccess.jwt({ queryString: 'token' }),
      forwardQueryStrings: ['drm-session-hint'],
      customDomain: { domainName: 'vod.example.com', hostedZoneId: 'Z1' },
    });
    const json = synthJson(stack);
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution.origin[0].origin_shield).toEqual({ enabled: true, origin_shield_region: 'eu-west-1' });
    // One cached copy for every viewer: the forwarded query string reaches MK.IO, never the key.
    expect(distribution.default_cache_behavior.cache_policy_id).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(onlyResource(json, 'aws_cloudfront_origin_request_policy').query_strings_config).toEqual({
      query_string_behavior: 'whitelist',
      query_strings: { items: ['drm-session-hint'] },
    });
    expect(distribution.default_cache_behavior.function_association).toEqual([
      { event_type: 'viewer-request', function_arn: expect.stringMatching(/^\$\{aws_cloudfront_function\..*\.arn\}$/) },
    ]);
    expect(mkio.playbackUrl('abc', 'manifest.m3u8')).toBe('https://vod.example.com/abc/manifest.m3u8');
  });

  it('refuses forwarded query strings without viewer access, and the token the edge removes', () => {
    expect(() => new MkioCdn(testStack(), 'mkio', { streamingEndpointHostName: HOST, forwardQueryStrings: ['token'] })).toThrow(
      /^'forwardQueryStrings' is set without viewerAccess: MK\.IO would check the query strings on cache misses only/,
    );
    expect(
      () =>
        new MkioCdn(testStack(), 'mkio', {
          streamingEndpointHostName: HOST,
          viewerAccess: ViewerAccess.jwt(),
          forwardQueryStrings: ['token'],
        }),
    ).toThrow(/^'forwardQueryStrings\[0\]' is the JWT query string, which the edge check removes before the origin/);
  });

  it('names its own prop for a host that is not a streaming endpoint', () => {
    expect(() => new MkioCdn(testStack(), 'mkio', { streamingEndpointHostName: 'cdn.example.com' })).toThrow(
      /^'streamingEndpointHostName' is not an MK\.IO streaming endpoint host/,
    );
  });

  it('a host known only at apply (a token) does not throw', () => {
    const stack = testStack();
    const host = new TerraformVariable(stack, 'host', { type: 'string' });
    expect(() => new MkioCdn(stack, 'mkio', { streamingEndpointHostName: host.stringValue })).not.toThrow();
  });
});
