import { CloudfrontDistributionDefaultCacheBehavior } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CachePolicy } from '../cloudfront/cache-policy';
import { ViewerProtocolPolicy } from '../cloudfront/distribution-settings';
import { invalid } from './invalid';
import { AllowedMethods, CachedMethods } from '../cloudfront/http-methods';

/** The provider block for a behavior (ordered behaviors add `pathPattern`). */
export function renderBehavior(
  options: BehaviorOptions,
  targetOriginId: string,
  where: string,
): CloudfrontDistributionDefaultCacheBehavior {
  const allowed = options.allowedMethods ?? AllowedMethods.ALLOW_GET_HEAD;
  const cached = options.cachedMethods ?? CachedMethods.CACHE_GET_HEAD;
  if (!cached.methods.every((method) => allowed.methods.includes(method))) {
    invalid(
      `${where}.cachedMethods`,
      `caches methods that are not allowed (${allowed.methods.join(', ')})`,
      cached.methods,
      'Allow OPTIONS too (AllowedMethods.ALLOW_GET_HEAD_OPTIONS) or cache GET and HEAD only.',
    );
  }
  return {
    targetOriginId,
    viewerProtocolPolicy: options.viewerProtocolPolicy ?? ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: [...allowed.methods],
    cachedMethods: [...cached.methods],
    cachePolicyId: (options.cachePolicy ?? CachePolicy.CACHING_OPTIMIZED).cachePolicyId,
    originRequestPolicyId: options.originRequestPolicy?.originRequestPolicyId,
    responseHeadersPolicyId: options.responseHeadersPolicy?.responseHeadersPolicyId,
    compress: options.compress ?? true,
    smoothStreaming: options.smoothStreaming === true ? true : undefined,
  };
}
