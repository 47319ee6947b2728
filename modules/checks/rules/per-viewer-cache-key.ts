import { isPerViewerName, PER_VIEWER_NAMES_DESCRIPTION } from '../../validation/per-viewer-names';
import { BehaviorCacheKey, behaviorCacheKey, CacheKeyPart, cachingDisabled } from '../behavior-cache-key';
import { distributionBehaviors, ResolvedBehavior } from '../distribution-blocks';
import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { MANIFEST_OR_PAGE_PATTERNS_DESCRIPTION, selectsManifestsOrPagesOnly } from '../../cloudfront/video-path-patterns';

/**
 * VCDN-CACHE-2: a token, signature or session in a segment's cache key gives every viewer private
 * cache entries; the hit ratio collapses and the origin serves every request, while CloudFront
 * still checks nothing.
 */
export const PerViewerCacheKeyRule: PolicyRule = {
  id: 'VCDN-CACHE-2',
  level: RuleLevel.ERROR,
  title: 'Per-viewer value in the cache key of video segments',
  description: `a cached behavior that may serve segments (any but those selecting only manifests or pages: ${MANIFEST_OR_PAGE_PATTERNS_DESCRIPTION}) keys on a query string, cookie or header that looks per viewer (${PER_VIEWER_NAMES_DESCRIPTION}), or on all cookies, or on all query strings (also all-except); manifests may be per viewer on purpose (server-side ad insertion)`,
  why: 'every viewer gets private cache entries for the same segment: the hit ratio collapses toward zero and the origin serves every viewer, the load CloudFront is there to absorb; and the key checks nothing, anyone with a URL still plays',
  fix: 'Check access at the edge (viewerAccess: signed cookies, signed URLs or a JWT validated by a CloudFront Function) and keep the key to what selects content; forward what the origin must see with an origin request policy',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    const serving = distributionBehaviors(resource.body).filter((behavior) => !selectsManifestsOrPagesOnly(behavior.pathPattern));
    const findings: string[] = [];
    let known = false;
    for (const behavior of serving) {
      if (cachingDisabled(behavior, context)) continue;
      const key = behaviorCacheKey(behavior, context);
      if (!key) continue;
      known = true;
      const parts = perViewerParts(key);
      if (parts.length > 0) findings.push(`${describe(behavior)} keys on ${parts.join(', ')}`);
    }
    if (findings.length > 0) return nonCompliant(findings.join('; '));
    return known ? compliant() : notApplicable('no cached behavior that may serve segments has a cache key known here');
  },
};

function perViewerParts(key: BehaviorCacheKey): string[] {
  return [...describePart('query strings', key.queryStrings), ...describePart('cookies', key.cookies), ...perViewerHeaders(key.headers)];
}

function describePart(kind: string, part: CacheKeyPart): string[] {
  if (part.behavior === 'all') return [`all ${kind}`];
  if (part.behavior === 'allExcept') return [`all ${kind} but ${part.names.join(', ')}`];
  if (part.behavior !== 'whitelist') return [];
  return part.names.filter(isPerViewerName).map((name) => `${kind === 'cookies' ? 'cookie' : 'query string'} ${name}`);
}

function perViewerHeaders(part: CacheKeyPart): string[] {
  return part.names.filter(isPerViewerName).map((name) => `header ${name}`);
}

function describe(behavior: ResolvedBehavior): string {
  return behavior.pathPattern === '*' ? 'the default behavior' : `"${behavior.pathPattern}"`;
}
