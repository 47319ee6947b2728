import { TerraformVariable } from 'cdktf';
import { CacheCookieBehavior, CacheHeaderBehavior, CachePolicy, CacheQueryStringBehavior } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('CachePolicy', () => {
  it('minimal: no key parameters, compression on, TTL 0 / 1 day / 1 year, a unique generated name', () => {
    const stack = testStack();
    new CachePolicy(stack, 'policy');
    const policy = onlyResource(synthJson(stack), 'aws_cloudfront_cache_policy');
    expect(policy).toMatchObject({
      min_ttl: 0,
      default_ttl: 86400,
      max_ttl: 31536000,
      parameters_in_cache_key_and_forwarded_to_origin: {
        enable_accept_encoding_gzip: true,
        enable_accept_encoding_brotli: true,
        query_strings_config: { query_string_behavior: 'none' },
        headers_config: { header_behavior: 'none' },
        cookies_config: { cookie_behavior: 'none' },
      },
    });
    expect(policy.name).toMatch(/^test-policy-[0-9a-f]{8}$/);
  });

  it('maximal: every setting reaches the JSON', () => {
    const stack = testStack();
    new CachePolicy(stack, 'policy', {
      cachePolicyName: 'live-manifests',
      comment: 'manifests',
      minTtlSeconds: 1,
      defaultTtlSeconds: 2,
      maxTtlSeconds: 10,
      queryStrings: CacheQueryStringBehavior.allowList('m', 'start', 'end'),
      headers: CacheHeaderBehavior.allowList('Origin'),
      cookies: CacheCookieBehavior.denyList('session'),
      enableAcceptEncodingBrotli: false,
    });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_cache_policy')).toMatchObject({
      name: 'live-manifests',
      comment: 'manifests',
      min_ttl: 1,
      default_ttl: 2,
      max_ttl: 10,
      parameters_in_cache_key_and_forwarded_to_origin: {
        enable_accept_encoding_brotli: false,
        query_strings_config: { query_string_behavior: 'whitelist', query_strings: { items: ['m', 'start', 'end'] } },
        headers_config: { header_behavior: 'whitelist', headers: { items: ['Origin'] } },
        cookies_config: { cookie_behavior: 'allExcept', cookies: { items: ['session'] } },
      },
    });
  });

  it('two policies in different stacks of one app get different names (names are account-wide)', () => {
    const a = testStack('prod-live');
    const b = testStack('staging-live');
    expect(new CachePolicy(a, 'p').resource.name).not.toEqual(new CachePolicy(b, 'p').resource.name);
  });

  it.each([
    [{ minTtlSeconds: 10, defaultTtlSeconds: 5 }, /'minTtlSeconds' is above defaultTtlSeconds \(5\), got: 10/],
    [{ defaultTtlSeconds: 100, maxTtlSeconds: 50 }, /'defaultTtlSeconds' is above maxTtlSeconds \(50\), got: 100/],
    [{ minTtlSeconds: -1 }, /'minTtlSeconds' must be a whole number of seconds/],
    [{ defaultTtlSeconds: 1.5 }, /'defaultTtlSeconds' must be a whole number/],
    [{ cachePolicyName: 'has spaces' }, /'cachePolicyName' must be 1-128 letters/],
  ])('rejects %j', (props, message) => {
    expect(() => new CachePolicy(testStack(), 'policy', props)).toThrow(message);
  });

  it('rejects more than 10 query strings, naming the count and the fix', () => {
    const names = Array.from({ length: 11 }, (_, i) => `q${i}`);
    expect(() => CacheQueryStringBehavior.allowList(...names)).toThrow(
      /'queryStrings' has 11 names, more than CloudFront allows in one policy \(10\)/,
    );
  });

  it('rejects more than 10 headers or cookies, and duplicates', () => {
    const names = Array.from({ length: 11 }, (_, i) => `h${i}`);
    expect(() => CacheHeaderBehavior.allowList(...names)).toThrow(/'headers' has 11 names/);
    expect(() => CacheCookieBehavior.allowList(...names)).toThrow(/'cookies' has 11 names/);
    expect(() => CacheQueryStringBehavior.allowList('m', 'M')).toThrow(/lists "M" twice/);
    expect(() => CacheQueryStringBehavior.allowList()).toThrow(/'queryStrings' is an empty list/);
  });

  it('accepts exactly 10 names', () => {
    const names = Array.from({ length: 10 }, (_, i) => `q${i}`);
    expect(CacheQueryStringBehavior.allowList(...names).names).toHaveLength(10);
  });

  it('does not check TTLs that are tokens', () => {
    const stack = testStack();
    const ttl = new TerraformVariable(stack, 'ttl', { type: 'number' });
    expect(() => new CachePolicy(stack, 'policy', { minTtlSeconds: ttl.numberValue, defaultTtlSeconds: 1 })).not.toThrow();
  });
});
