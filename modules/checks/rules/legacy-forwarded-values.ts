import { distributionBehaviors, quotedPatterns } from '../distribution-blocks';
import { compliant, nonCompliant, PolicyRule, RuleLevel } from '../rule';

/** VCDN-CACHE-1: behaviors use cache and origin request policies, not the legacy forwarded_values. */
export const LegacyForwardedValuesRule: PolicyRule = {
  id: 'VCDN-CACHE-1',
  level: RuleLevel.WARNING,
  title: 'Behavior uses legacy forwarded_values',
  description: 'any behavior uses legacy `forwarded_values`',
  why: 'forwarded_values puts everything it forwards into the cache key (lower hit ratio, more origin load), cannot forward without caching on it, and gets no new CloudFront features',
  fix: 'Replace forwarded_values and the behavior TTLs with cache_policy_id (CachePolicy, VideoCachePresets) and origin_request_policy_id',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource) {
    const legacy = distributionBehaviors(resource.body).filter((behavior) => behavior.body.forwarded_values !== undefined);
    return legacy.length === 0 ? compliant() : nonCompliant(`behaviors ${quotedPatterns(legacy)} use forwarded_values`);
  },
};
