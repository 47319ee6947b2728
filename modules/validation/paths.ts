/** The two kinds of path a distribution is configured with: origin paths and behavior path patterns. */
import { noDuplicates } from './lists';
import { ValueRule } from './value-rule';

/** Characters CloudFront accepts in a cache behavior path pattern. */
const PATH_PATTERN = /^[A-Za-z0-9_\-.*$/~"'@:+?&]+$/;
const MAX_PATH_LENGTH = 255;

/**
 * A path CloudFront prepends to origin requests (`/live`). A missing leading `/` and a trailing `/`
 * are forgiven (the constructs normalise them), anything CloudFront would refuse is not.
 */
export const originPathProblem: ValueRule<string> = (originPath) => {
  const trimmed = originPath.trim().replace(/^\/+/, '').replace(/\/+$/, '');
  if (/[?#*\s]/.test(trimmed) || trimmed.includes('//')) {
    return { problem: 'must be a plain path without ?, #, *, spaces or empty segments', fix: 'Write it like /live or /out/hls.' };
  }
  if (trimmed.length + 1 > MAX_PATH_LENGTH) return { problem: `is longer than ${MAX_PATH_LENGTH} characters`, fix: 'Shorten the path.' };
  return undefined;
};

/** A cache behavior path pattern such as `*.m3u8` or `/live/*`; `*` alone belongs to the default behavior. */
export const pathPatternProblem: ValueRule<string> = (pathPattern) => {
  if (/^\/?[*?]+$/.test(pathPattern)) {
    return {
      problem: 'matches every request (or all but the shortest), which only the default behavior may do',
      fix: 'Configure it as defaultBehavior, or narrow the pattern (e.g. *.m3u8).',
    };
  }
  if (pathPattern.length === 0 || pathPattern.length > MAX_PATH_LENGTH) {
    return { problem: `must be 1-${MAX_PATH_LENGTH} characters`, fix: 'Use a pattern like *.m3u8 or /live/*.' };
  }
  if (!PATH_PATTERN.test(pathPattern)) {
    return {
      problem: 'contains characters CloudFront does not accept',
      fix: 'Use letters, digits and _ - . * $ / ~ " \' @ : + ? & only (no spaces, no regular expressions).',
    };
  }
  return undefined;
};

/** Paths served without viewer access control: valid behavior patterns, each once. */
export const publicPathsProblem: ValueRule<readonly string[]> = (paths) => {
  for (const path of paths) {
    const found = pathPatternProblem(path);
    if (found) return { problem: `contains ${JSON.stringify(path)}, which ${found.problem}`, fix: found.fix };
  }
  return noDuplicates<string>('List each path once.', (path) => path.replace(/^\//, ''))(paths);
};
