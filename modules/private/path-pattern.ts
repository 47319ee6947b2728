import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** Characters CloudFront accepts in a cache behavior path pattern. */
const PATH_PATTERN = /^[A-Za-z0-9_\-.*$/~"'@:+?&]+$/;

/** Validates an additional behavior's path pattern and returns its comparison key. */
export function checkPathPattern(pathPattern: string): string {
  if (isUnresolved(pathPattern)) return pathPattern;
  if (pathPattern === '*' || pathPattern === '/*') {
    invalid(
      'pathPattern',
      'matches every request, which only the default behavior may do',
      pathPattern,
      'Configure it as defaultBehavior, or narrow the pattern (e.g. *.m3u8).',
    );
  }
  if (pathPattern.length === 0 || pathPattern.length > 255) {
    invalid('pathPattern', 'must be 1-255 characters', pathPattern, 'Use a pattern like *.m3u8 or /live/*.');
  }
  if (!PATH_PATTERN.test(pathPattern)) {
    invalid(
      'pathPattern',
      'contains characters CloudFront does not accept',
      pathPattern,
      'Use letters, digits and _ - . * $ / ~ " \' @ : + ? & only (no spaces, no regular expressions).',
    );
  }
  // CloudFront treats a leading slash as optional: "/a/*" and "a/*" are the same behavior.
  return pathPattern.replace(/^\//, '');
}
