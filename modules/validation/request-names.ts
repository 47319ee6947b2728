/** Names viewers' requests carry values under: query strings and cookies. */
import { ValueRule } from './value-rule';

/** A query string name as players and signing services write it (`token`, `Policy`, `X-Amz-Signature`). */
export const queryStringNameProblem: ValueRule<string> = (name) =>
  /^[A-Za-z0-9._~-]{1,128}$/.test(name)
    ? undefined
    : {
        problem: 'must be a query string name like token (letters, digits, . _ ~ -)',
        fix: 'Use the name exactly as it appears before = in the URL.',
      };

/** A cookie name (an RFC 6265 token: no spaces, separators or =). */
export const cookieNameProblem: ValueRule<string> = (name) =>
  /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/.test(name)
    ? undefined
    : {
        problem: 'must be a cookie name like video-token (no spaces, separators or =)',
        fix: 'Use the name exactly as the Set-Cookie header writes it.',
      };
