/**
 * Query string, cookie and header names that carry something per viewer (a token, a signature, a
 * session, a user, CMCD data, the viewer's address): in a segment's cache key they give every
 * viewer private cache entries, so the hit ratio collapses and the origin serves every request.
 * Imports nothing: policy rules use it too.
 */

/** Anywhere in the name: `video-token`, `JSESSIONID`, `PHPSESSID`, `X-Amz-Signature`, `wmsAuthSign`, `CMCD`. */
const ANYWHERE = [
  'token',
  'jwt',
  'session',
  'sessid',
  'signature',
  'auth',
  'hmac',
  'cmcd',
  'viewer-address',
  'forwarded-for',
  'client-ip',
  'real-ip',
];
/** The whole name, or its last part after `-`, `_` or `.`: `CloudFront-Policy`, `Key-Pair-Id`, `sig`, `userId`. */
const LAST_PART = [
  'sig',
  'sign',
  'policy',
  'expires',
  'exp',
  'key-pair-id',
  'hash-algorithm',
  'sid',
  'uid',
  'user',
  'userid',
  'hdnts',
  'hdnea',
  'nonce',
  'md5',
];
/** At the start: `X-Amz-Credential`, analytics cookies (`_ga`, `_gid`, `_fbp`). */
const STARTS = ['x-amz-', '_ga', '_gid', '_fbp'];

const PER_VIEWER = new RegExp(
  `${ANYWHERE.join('|')}|(^|[-_.])(${LAST_PART.join('|')})_*$|^(${STARTS.join('|')})`.replace(/\./g, '\\.'),
  'i',
);

/** How the policy-check reference lists the names. */
export const PER_VIEWER_NAMES_DESCRIPTION = [
  ...ANYWHERE.map((part) => `*${part}*`),
  ...LAST_PART,
  ...STARTS.map((start) => `${start}*`),
].join(', ');

/** Whether a query string, cookie or header name looks per viewer. */
export function isPerViewerName(name: string): boolean {
  return PER_VIEWER.test(name);
}

/** A name for a segment's cache key: nothing per viewer. */
export const segmentKeyNameProblem = (name: string): { problem: string; fix: string } | undefined =>
  isPerViewerName(name)
    ? {
        problem: 'looks per viewer (a token, signature, session or CMCD data), which would give every viewer private cache entries',
        fix: 'Keep it out of the cache key: check access at the edge (viewerAccess) and forward what the origin needs with an origin request policy.',
      }
    : undefined;
