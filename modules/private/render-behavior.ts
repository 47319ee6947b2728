import { CloudfrontDistributionDefaultCacheBehavior } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CachePolicy } from '../cloudfront/cache-policy';
import { ViewerProtocolPolicy } from '../cloudfront/distribution-settings';
import { invalid } from './invalid';
import { AllowedMethods, CachedMethods } from '../cloudfront/http-methods';
import { edgeSettingsProblems } from '../cloudfront/edge-functions';
import { settingValue } from '../validation/value-rule';
import { isUnresolved } from './tokens';

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
  const edgeProblem = edgeSettingsProblems(options).find((found) => !isUnresolved(settingValue(options, found.prop)));
  if (edgeProblem)
    invalid(`${where}.${edgeProblem.prop}`, edgeProblem.problem, describeSetting(settingValue(options, edgeProblem.prop)), edgeProblem.fix);
  const keyGroups = options.trustedKeyGroups ?? [];
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
    trustedKeyGroups: keyGroups.length > 0 ? keyGroups.map((group) => group.keyGroupId) : undefined,
    functionAssociation: options.functionAssociations?.map((association) => ({
      eventType: association.eventType,
      functionArn: association.function.functionArn,
    })),
    lambdaFunctionAssociation: options.edgeLambdas?.map((lambda) => ({
      eventType: lambda.eventType,
      lambdaArn: lambda.functionVersionArn,
      includeBody: lambda.includeBody,
    })),
  };
}

/** A function association names its function by ARN in messages (the construct itself would print its whole tree). */
function describeSetting(value: unknown): unknown {
  if (value && typeof value === 'object' && 'function' in value) {
    const association = value as { function: { functionArn: string }; eventType: string };
    return { eventType: association.eventType, functionArn: association.function.functionArn };
  }
  return value;
}
