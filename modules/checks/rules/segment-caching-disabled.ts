import { cachingDisabled } from '../behavior-cache-key';
import { distributionBehaviors, quotedPatterns } from '../distribution-blocks';
import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { SEGMENT_PATTERNS_DESCRIPTION, selectsSegments } from '../../cloudfront/video-path-patterns';

/** VCDN-COST-1: segments are the bytes of a stream; serving them uncached sends every view to the origin. */
export const SegmentCachingDisabledRule: PolicyRule = {
  id: 'VCDN-COST-1',
  level: RuleLevel.WARNING,
  title: 'Caching disabled on video segment behaviors',
  description: `a segment behavior (${SEGMENT_PATTERNS_DESCRIPTION}) uses managed \`CachingDisabled\` or a cache policy of the stack with max TTL 0`,
  why: 'segments are immutable and are most of the bytes: uncached, every viewer request goes to the origin (origin egress and request charges, origin load, rebuffering)',
  fix: 'Use a caching policy on segment behaviors (VideoCachePresets.liveSegments / vodSegments, or CachePolicy.CACHING_OPTIMIZED); keep CachingDisabled for what truly cannot be cached',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    const segments = distributionBehaviors(resource.body).filter((behavior) => selectsSegments(behavior.pathPattern));
    if (segments.length === 0) return notApplicable('no behavior path pattern selects video segments');
    const uncached = segments.filter((behavior) => cachingDisabled(behavior, context));
    return uncached.length === 0 ? compliant() : nonCompliant(`segment behaviors ${quotedPatterns(uncached)} do not cache (max TTL 0)`);
  },
};
