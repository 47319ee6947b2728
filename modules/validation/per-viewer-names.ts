/**
 * Query string and cookie names that carry something per viewer (a token, a signature, a session,
 * CMCD data): in a segment's cache key they give every viewer private cache entries, so the hit
 * ratio collapses and the origin serves every request. Imports nothing: policy rules use it too.
 */

/** Anywhere in the name: `video-token`, `JSESSIONID`, `X-Amz-Signature`, `CMCD`. */
const CONTAINS = /token|jwt|session|signature|hmac|cmcd/i;
/** The whole name, or its last part after `-`, `_` or `.`: `CloudFront-Policy`, `Key-Pair-Id`, `sig`. */
const ENDS_WITH = /(^|[-_.])(auth|sig|policy|expires|key-pair-id|hash-algorithm|sid|hdnts|hdnea|nonce)_*$/i;

/** Whether a query string or cookie name looks per viewer. */
export function isPerViewerName(name: string): boolean {
  return CONTAINS.test(name) || ENDS_WITH.test(name) || /^x-amz-/i.test(name);
}

/** A name for a segment's cache key: nothing per viewer. */
export const segmentKeyNameProblem = (name: string): { problem: string; fix: string } | undefined =>
  isPerViewerName(name)
    ? {
        problem: 'looks per viewer (a token, signature, session or CMCD data), which would give every viewer private cache entries',
        fix: 'Keep it out of the cache key: check access at the edge (viewerAccess) and forward what the origin needs with an origin request policy.',
      }
    : undefined;
