import { ValueRule } from './value-rule';

/** Headers CloudFront refuses as custom origin headers (CloudFront Developer Guide, "Custom headers that CloudFront can't add"). */
const DENIED_ORIGIN_HEADERS = new Set(
  [
    'Cache-Control',
    'Connection',
    'Content-Length',
    'Cookie',
    'Host',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'If-Range',
    'If-Unmodified-Since',
    'Max-Forwards',
    'Pragma',
    'Proxy-Authenticate',
    'Proxy-Authorization',
    'Proxy-Connection',
    'Range',
    'Request-Range',
    'TE',
    'Trailer',
    'Transfer-Encoding',
    'Upgrade',
    'Via',
    'X-Real-Ip',
  ].map((name) => name.toLowerCase()),
);
const DENIED_ORIGIN_HEADER_PREFIXES = ['x-amz-', 'x-edge-'];

/** The name of a header CloudFront adds to every origin request (`X-Origin-Verify`). */
export const originHeaderNameProblem: ValueRule<string> = (name) => {
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    return { problem: 'is not a valid HTTP token', fix: 'Use letters, digits and hyphens, e.g. X-Origin-Verify.' };
  }
  const lower = name.toLowerCase();
  if (DENIED_ORIGIN_HEADERS.has(lower) || DENIED_ORIGIN_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
    return {
      problem: 'is a header CloudFront cannot add to origin requests',
      fix: 'Pick another name (e.g. X-Origin-Verify); CloudFront rejects Host, Cache-Control, Cookie, Range, If-*, X-Amz-*, X-Edge-* and similar.',
    };
  }
  return undefined;
};

/** The value of a header CloudFront adds to origin requests: not empty. */
export const originHeaderValueProblem: ValueRule<string> = (value) =>
  value.length > 0 ? undefined : { problem: 'is empty', fix: 'Give the header a value, or leave the header out.' };
