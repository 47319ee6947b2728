/** What makes two path patterns the same behavior: CloudFront treats a leading slash as optional ("/a/*" is "a/*"). */
export function pathPatternKey(pathPattern: string): string {
  return pathPattern.replace(/^\//, '');
}

/**
 * Whether CloudFront would route `path` to a behavior with `pathPattern`: `*` matches any run of
 * characters (slashes too), `?` exactly one, case-sensitive, leading slash optional.
 */
export function pathPatternMatches(pathPattern: string, path: string): boolean {
  const glob = pathPatternKey(pathPattern)
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${glob}$`).test(pathPatternKey(path));
}

/** A request path a pattern matches (`/thumbs/*.jpg` -> `/thumbs/x.jpg`): what a behavior would serve. */
export function samplePath(pathPattern: string): string {
  return pathPattern.replace(/[*?]/g, 'x');
}
