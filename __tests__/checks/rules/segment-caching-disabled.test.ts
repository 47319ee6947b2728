import { TerraformStack } from 'cdktf';
import { RuleResult } from '../../../modules/checks/rule';
import { SegmentCachingDisabledRule } from '../../../modules/checks/rules/segment-caching-disabled';
import { CachePolicy, ICachePolicy } from '../../../modules/cloudfront/cache-policy';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { VideoCachePresets } from '../../../modules/presets/video-cache-presets';
import { testStack } from '../../support/synth';
import { behavior, onlyVerdict, rawDistribution } from '../support';

const origin = new HttpOrigin('live.example.com');

function distribution(behaviors: Record<string, (stack: TerraformStack) => ICachePolicy>): TerraformStack {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin, cachePolicy: CachePolicy.CACHING_DISABLED },
    additionalBehaviors: Object.fromEntries(
      Object.entries(behaviors).map(([pattern, cachePolicy]) => [pattern, { origin, cachePolicy: cachePolicy(stack) }]),
    ),
  });
  return stack;
}

describe('VCDN-COST-1 caching disabled on segment behaviors', () => {
  it('is compliant when segment behaviors cache', () => {
    const stack = distribution({
      '*.m3u8': (s) => new CachePolicy(s, 'manifests', VideoCachePresets.liveManifests()),
      '*.ts': (s) => new CachePolicy(s, 'segments', VideoCachePresets.liveSegments()),
      '/live/*.m4s': () => CachePolicy.CACHING_OPTIMIZED,
    });
    expect(onlyVerdict(SegmentCachingDisabledRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is non-compliant with the managed CachingDisabled policy or a custom policy with max TTL 0', () => {
    const stack = distribution({
      '*.ts': () => CachePolicy.CACHING_DISABLED,
      '/segments/*': (s) => new CachePolicy(s, 'no-cache', { minTtlSeconds: 0, defaultTtlSeconds: 0, maxTtlSeconds: 0 }),
      '*.cmfv': () => CachePolicy.CACHING_OPTIMIZED,
    });
    const verdict = onlyVerdict(SegmentCachingDisabledRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe('segment behaviors "*.ts", "/segments/*" do not cache (max TTL 0)');
  });

  it.each(['*.mp4', '*.m4s', '*.cmfa', '*.aac', '*.m4v', '*.m4a', '/live/chunks/*', 'vod/*/fragments/*'])(
    'treats %s as a segment behavior',
    (pattern) => {
      const verdict = onlyVerdict(SegmentCachingDisabledRule, distribution({ [pattern]: () => CachePolicy.CACHING_DISABLED }));
      expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    },
  );

  it('is non-compliant with legacy forwarded_values and max_ttl 0', () => {
    const stack = testStack();
    rawDistribution(stack, 'cdn', {
      orderedCacheBehavior: [
        {
          pathPattern: '*.m4s',
          ...behavior('origin', {
            cachePolicyId: undefined,
            forwardedValues: { queryString: false, cookies: { forward: 'none' } },
            minTtl: 0,
            defaultTtl: 0,
            maxTtl: 0,
          }),
        },
      ],
    });
    expect(onlyVerdict(SegmentCachingDisabledRule, stack).result).toBe(RuleResult.NON_COMPLIANT);
  });

  it('is not applicable without segment behaviors, even when manifests and the default behavior do not cache', () => {
    const stack = distribution({ '*.m3u8': () => CachePolicy.CACHING_DISABLED, 'index.ism/*': () => CachePolicy.CACHING_DISABLED });
    const verdict = onlyVerdict(SegmentCachingDisabledRule, stack);
    expect(verdict.result).toBe(RuleResult.NOT_APPLICABLE);
  });
});
