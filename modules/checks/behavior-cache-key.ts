import { MANAGED_CACHE_POLICY_IDS } from '../cloudfront/managed-policy-ids';
import { ResolvedBehavior } from './distribution-blocks';
import { isTerraformTrue, nestedBlock, RuleContext, TerraformBody } from './rule-context';

/** What one kind of request value (query strings, cookies, headers) contributes to a cache key. */
export interface CacheKeyPart {
  /** `none`, `whitelist`, `allExcept`, `all` (CloudFront's words). */
  readonly behavior: string;
  readonly names: readonly string[];
}

/** A behavior's cache key, as far as the synthesized JSON tells. */
export interface BehaviorCacheKey {
  readonly queryStrings: CacheKeyPart;
  readonly cookies: CacheKeyPart;
  readonly headers: CacheKeyPart;
}

const NONE: CacheKeyPart = { behavior: 'none', names: [] };
const ALL: CacheKeyPart = { behavior: 'all', names: [] };

/**
 * What the AWS-managed cache policies key on (Developer Guide, "Use managed cache policies"): the
 * policies of other accounts or stacks cannot be read here.
 */
const MANAGED_CACHE_KEYS: Readonly<Record<string, BehaviorCacheKey>> = {
  [MANAGED_CACHE_POLICY_IDS.CACHING_OPTIMIZED]: { queryStrings: NONE, cookies: NONE, headers: NONE },
  [MANAGED_CACHE_POLICY_IDS.CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS]: { queryStrings: NONE, cookies: NONE, headers: NONE },
  [MANAGED_CACHE_POLICY_IDS.ELEMENTAL_MEDIA_PACKAGE]: {
    queryStrings: { behavior: 'whitelist', names: ['aws.manifestfilter', 'start', 'end', 'm'] },
    cookies: NONE,
    headers: { behavior: 'whitelist', names: ['origin'] },
  },
  [MANAGED_CACHE_POLICY_IDS.AMPLIFY]: {
    queryStrings: ALL,
    cookies: ALL,
    headers: { behavior: 'whitelist', names: ['authorization', 'cloudfront-viewer-country', 'host'] },
  },
  [MANAGED_CACHE_POLICY_IDS.USE_ORIGIN_CACHE_CONTROL_HEADERS]: {
    queryStrings: NONE,
    cookies: ALL,
    headers: { behavior: 'whitelist', names: ['host', 'origin', 'x-http-method-override', 'x-http-method', 'x-method-override'] },
  },
  [MANAGED_CACHE_POLICY_IDS.USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS]: {
    queryStrings: ALL,
    cookies: ALL,
    headers: { behavior: 'whitelist', names: ['host', 'origin', 'x-http-method-override', 'x-http-method', 'x-method-override'] },
  },
};

/** The managed CachingDisabled policy, a cache policy of the stack with max_ttl 0, or legacy TTLs with max_ttl 0. */
export function cachingDisabled(behavior: ResolvedBehavior, context: RuleContext): boolean {
  const policyId = behavior.body.cache_policy_id;
  if (policyId === MANAGED_CACHE_POLICY_IDS.CACHING_DISABLED) return true;
  if (policyId === undefined) return behavior.body.forwarded_values !== undefined && isZero(behavior.body.max_ttl);
  return context
    .references(policyId)
    .some((reference) => reference.resource.type === 'aws_cloudfront_cache_policy' && isZero(reference.resource.body.max_ttl));
}

/**
 * The cache key of a behavior: from a managed policy, a cache policy of the stack, or legacy
 * forwarded_values; undefined when it cannot be known here (a policy from elsewhere).
 */
export function behaviorCacheKey(behavior: ResolvedBehavior, context: RuleContext): BehaviorCacheKey | undefined {
  const policyId = behavior.body.cache_policy_id;
  if (policyId === undefined) return legacyCacheKey(nestedBlock(behavior.body.forwarded_values));
  if (typeof policyId === 'string' && MANAGED_CACHE_KEYS[policyId]) return MANAGED_CACHE_KEYS[policyId];
  const policy = context.references(policyId).find((reference) => reference.resource.type === 'aws_cloudfront_cache_policy');
  if (!policy) return undefined;
  const parameters = nestedBlock(policy.resource.body.parameters_in_cache_key_and_forwarded_to_origin);
  return {
    queryStrings: policyPart(nestedBlock(parameters.query_strings_config), 'query_string_behavior', 'query_strings'),
    cookies: policyPart(nestedBlock(parameters.cookies_config), 'cookie_behavior', 'cookies'),
    headers: policyPart(nestedBlock(parameters.headers_config), 'header_behavior', 'headers'),
  };
}

function policyPart(config: TerraformBody, behaviorKey: string, namesKey: string): CacheKeyPart {
  const items = nestedBlock(config[namesKey]).items;
  return { behavior: String(config[behaviorKey] ?? 'none'), names: stringList(items) };
}

/** forwarded_values: everything forwarded is in the key. */
function legacyCacheKey(forwarded: TerraformBody): BehaviorCacheKey {
  const cacheKeys = stringList(forwarded.query_string_cache_keys);
  const queryStrings = !isTerraformTrue(forwarded.query_string)
    ? NONE
    : cacheKeys.length > 0
      ? { behavior: 'whitelist', names: cacheKeys }
      : ALL;
  const cookies = nestedBlock(forwarded.cookies);
  const forward = String(cookies.forward ?? 'none');
  return {
    queryStrings,
    cookies:
      forward === 'whitelist' ? { behavior: 'whitelist', names: stringList(cookies.whitelisted_names) } : { behavior: forward, names: [] },
    headers: { behavior: 'whitelist', names: stringList(forwarded.headers) },
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isZero(value: unknown): boolean {
  return value === 0 || value === '0';
}
