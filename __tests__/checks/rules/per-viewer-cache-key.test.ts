import { CloudfrontCachePolicy } from '@cdktf/provider-aws/lib/cloudfront-cache-policy';
import { TerraformStack } from 'cdktf';
import { RuleResult } from '../../../modules/checks/rule';
import { PerViewerCacheKeyRule } from '../../../modules/checks/rules/per-viewer-cache-key';
import { CacheCookieBehavior, CacheHeaderBehavior, CacheQueryStringBehavior } from '../../../modules/cloudfront/cache-key-parameters';
import { CachePolicy, CachePolicyProps, ICachePolicy } from '../../../modules/cloudfront/cache-policy';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { MANAGED_CACHE_POLICY_IDS } from '../../../modules/cloudfront/managed-policy-ids';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { VideoCachePresets } from '../../../modules/presets/video-cache-presets';
import { testStack } from '../../support/synth';
import { behavior, onlyVerdict, rawDistribution } from '../support';

const origin = new HttpOrigin('live.example.com');

/** A distribution whose `*.ts` behavior (or default behavior, with no pattern) keys on `key`. */
function segmentsKeyedOn(key: CachePolicyProps | ICachePolicy, pattern = '*.ts'): TerraformStack {
  const stack = testStack();
  const cachePolicy = 'cachePolicyId' in key ? key : new CachePolicy(stack, 'segments', key);
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin, cachePolicy: pattern === '*' ? cachePolicy : CachePolicy.CACHING_OPTIMIZED },
    additionalBehaviors: pattern === '*' ? {} : { [pattern]: { origin, cachePolicy } },
  });
  return stack;
}

describe('VCDN-CACHE-2 per-viewer values in the cache key of segments', () => {
  it('is compliant with the presets and managed CachingOptimized', () => {
    expect(onlyVerdict(PerViewerCacheKeyRule, segmentsKeyedOn(VideoCachePresets.liveSegments({ queryStrings: ['m'] }))).result).toBe(
      RuleResult.COMPLIANT,
    );
    expect(onlyVerdict(PerViewerCacheKeyRule, segmentsKeyedOn(CachePolicy.CACHING_OPTIMIZED, '*.m4s')).result).toBe(RuleResult.COMPLIANT);
  });

  it.each([
    ['a token query string', { queryStrings: CacheQueryStringBehavior.allowList('token') }, 'query string token'],
    [
      'a signed URL policy',
      { queryStrings: CacheQueryStringBehavior.allowList('v', 'Policy', 'Key-Pair-Id') },
      'query string Policy, query string Key-Pair-Id',
    ],
    ['a session cookie', { cookies: CacheCookieBehavior.allowList('JSESSIONID') }, 'cookie JSESSIONID'],
    ['signed cookies', { cookies: CacheCookieBehavior.allowList('CloudFront-Signature') }, 'cookie CloudFront-Signature'],
    ['all cookies', { cookies: CacheCookieBehavior.all() }, 'all cookies'],
    ['all query strings', { queryStrings: CacheQueryStringBehavior.all() }, 'all query strings'],
    ['all query strings but the token', { queryStrings: CacheQueryStringBehavior.denyList('token') }, 'all query strings but token'],
    ['the Authorization header', { headers: CacheHeaderBehavior.allowList('Authorization') }, 'header Authorization'],
    ['CMCD data', { queryStrings: CacheQueryStringBehavior.allowList('CMCD') }, 'query string CMCD'],
    ['the viewer address', { headers: CacheHeaderBehavior.allowList('CloudFront-Viewer-Address') }, 'header CloudFront-Viewer-Address'],
    ['a Wowza token', { queryStrings: CacheQueryStringBehavior.allowList('wmsAuthSign') }, 'query string wmsAuthSign'],
  ])('is non-compliant with %s in the key, naming it', (_label, key, named) => {
    const verdict = onlyVerdict(PerViewerCacheKeyRule, segmentsKeyedOn(key as CachePolicyProps));
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe(`"*.ts" keys on ${named}`);
  });

  it('reads what the managed policies key on (UseOriginCacheControlHeaders: every cookie)', () => {
    const verdict = onlyVerdict(
      PerViewerCacheKeyRule,
      segmentsKeyedOn(CachePolicy.fromCachePolicyId(MANAGED_CACHE_POLICY_IDS.USE_ORIGIN_CACHE_CONTROL_HEADERS), '/live/segments/*'),
    );
    expect(verdict.detail).toBe('"/live/segments/*" keys on all cookies');
  });

  it('checks every cached behavior that may serve segments, not only those named like segments', () => {
    const stack = testStack();
    const tokenKey = new CachePolicy(stack, 'token', { queryStrings: CacheQueryStringBehavior.allowList('token') });
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin },
      additionalBehaviors: {
        '*.ts': { origin },
        '*.ism/*': { origin, cachePolicy: tokenKey },
        '/out/v1/*': { origin, cachePolicy: tokenKey },
      },
    });
    expect(onlyVerdict(PerViewerCacheKeyRule, stack).detail).toBe(
      '"*.ism/*" keys on query string token; "/out/v1/*" keys on query string token',
    );
  });

  it('checks the default behavior (one behavior serves everything)', () => {
    const verdict = onlyVerdict(PerViewerCacheKeyRule, segmentsKeyedOn({ queryStrings: CacheQueryStringBehavior.allowList('token') }, '*'));
    expect(verdict.detail).toBe('the default behavior keys on query string token');
  });

  it('leaves manifests and pages alone (per-session manifests are legitimate), and behaviors that do not cache', () => {
    const stack = testStack();
    const sessionKey = new CachePolicy(stack, 'sessions', { queryStrings: CacheQueryStringBehavior.allowList('sessionId') });
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin },
      additionalBehaviors: {
        '*.m3u8': { origin, cachePolicy: sessionKey },
        '/live/*/Manifest': { origin, cachePolicy: sessionKey },
        'play.html': { origin, cachePolicy: sessionKey },
        '*.ts': { origin, cachePolicy: CachePolicy.CACHING_DISABLED },
      },
    });
    expect(onlyVerdict(PerViewerCacheKeyRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('reads legacy forwarded_values: a whitelisted token query string or cookie', () => {
    const stack = testStack();
    rawDistribution(stack, 'cdn', {
      orderedCacheBehavior: [
        {
          pathPattern: '*.m4s',
          ...behavior('origin', {
            cachePolicyId: undefined,
            forwardedValues: {
              queryString: true,
              queryStringCacheKeys: ['hdnts'],
              cookies: { forward: 'whitelist', whitelistedNames: ['sid'] },
            },
          }),
        },
      ],
    });
    expect(onlyVerdict(PerViewerCacheKeyRule, stack).detail).toBe('"*.m4s" keys on query string hdnts, cookie sid');
  });

  it('is not applicable to a cache policy it cannot read (created elsewhere)', () => {
    const verdict = onlyVerdict(
      PerViewerCacheKeyRule,
      segmentsKeyedOn(CachePolicy.fromCachePolicyId('11111111-2222-3333-4444-555555555555'), '*'),
    );
    expect(verdict.result).toBe(RuleResult.NOT_APPLICABLE);
  });

  it('follows a raw cache policy resource of the stack', () => {
    const stack = testStack();
    const policy = new CloudfrontCachePolicy(stack, 'raw', {
      name: 'raw',
      maxTtl: 86400,
      parametersInCacheKeyAndForwardedToOrigin: {
        queryStringsConfig: { queryStringBehavior: 'whitelist', queryStrings: { items: ['X-Amz-Signature'] } },
        headersConfig: { headerBehavior: 'none' },
        cookiesConfig: { cookieBehavior: 'none' },
      },
    });
    rawDistribution(stack, 'cdn', {
      orderedCacheBehavior: [{ pathPattern: '*.cmfv', ...behavior('origin', { cachePolicyId: policy.id }) }],
    });
    expect(onlyVerdict(PerViewerCacheKeyRule, stack).detail).toBe('"*.cmfv" keys on query string X-Amz-Signature');
  });
});
