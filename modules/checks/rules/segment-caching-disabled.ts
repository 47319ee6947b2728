import { MANAGED_CACHE_POLICY_IDS } from '../../cloudfront/managed-policy-ids';
import { distributionBehaviors, quotedPatterns, ResolvedBehavior } from '../distribution-blocks';
import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { RuleContext } from '../rule-context';

/** Path patterns that select media segments: by extension (`*.ts`, `/live/*.m4s`) or by folder (`/segments/*`). */
const SEGMENT_EXTENSION = /\.(ts|mp4|m4s|cmfv|cmfa|cmft|aac|m4v|m4a)\*?$/i;
const SEGMENT_FOLDER = /(^|\/)(segments?|chunks?|fragments?)\/\*?$/i;

/** VCDN-COST-1: segments are the bytes of a stream; serving them uncached sends every view to the origin. */
export const SegmentCachingDisabledRule: PolicyRule = {
  id: 'VCDN-COST-1',
  level: RuleLevel.WARNING,
  title: 'Caching disabled on video segment behaviors',
  description:
    'a segment behavior (`*.ts`, `*.mp4`, `*.m4s`, `*.cmfv`, `*.cmfa`, `*.cmft`, `*.aac`, `*.m4v`, `*.m4a`, `.../segments/*`, `.../chunks/*`, `.../fragments/*`) uses managed `CachingDisabled` or a cache policy of the stack with max TTL 0',
  why: 'segments are immutable and are most of the bytes: uncached, every viewer request goes to the origin (origin egress and request charges, origin load, rebuffering)',
  fix: 'Use a caching policy on segment behaviors (VideoCachePresets.liveSegments / vodSegments, or CachePolicy.CACHING_OPTIMIZED); keep CachingDisabled for what truly cannot be cached',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    const segments = distributionBehaviors(resource.body).filter(
      (behavior) => SEGMENT_EXTENSION.test(behavior.pathPattern) || SEGMENT_FOLDER.test(behavior.pathPattern),
    );
    if (segments.length === 0) return notApplicable('no behavior path pattern selects video segments');
    const uncached = segments.filter((behavior) => cachingDisabled(behavior, context));
    return uncached.length === 0 ? compliant() : nonCompliant(`segment behaviors ${quotedPatterns(uncached)} do not cache (max TTL 0)`);
  },
};

/** The managed CachingDisabled policy, a cache policy of the stack with max_ttl 0, or legacy TTLs with max_ttl 0. */
function cachingDisabled(behavior: ResolvedBehavior, context: RuleContext): boolean {
  const policyId = behavior.body.cache_policy_id;
  if (policyId === MANAGED_CACHE_POLICY_IDS.CACHING_DISABLED) return true;
  if (policyId === undefined) return behavior.body.forwarded_values !== undefined && isZero(behavior.body.max_ttl);
  return context
    .references(policyId)
    .some((reference) => reference.resource.type === 'aws_cloudfront_cache_policy' && isZero(reference.resource.body.max_ttl));
}

function isZero(value: unknown): boolean {
  return value === 0 || value === '0';
}
