/** What makes two path patterns the same behavior: CloudFront treats a leading slash as optional ("/a/*" is "a/*"). */
export function pathPatternKey(pathPattern: string): string {
  return pathPattern.replace(/^\//, '');
}

/**
 * Whether some request path matches both patterns (`*` any run of characters, slashes too; `?`
 * exactly one; case-sensitive; leading slash optional): a walk over both patterns at once.
 */
export function pathPatternsOverlap(first: string, second: string): boolean {
  const a = pathPatternKey(first);
  const b = pathPatternKey(second);
  const seen = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    seen.set(key, false);
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (a[i] === '*') result = from(i + 1, j) || (j < b.length && from(i, j + 1));
    else if (b[j] === '*') result = from(i, j + 1) || (i < a.length && from(i + 1, j));
    else result = i < a.length && j < b.length && (a[i] === b[j] || a[i] === '?' || b[j] === '?') && from(i + 1, j + 1);
    seen.set(key, result);
    return result;
  };
  return from(0, 0);
}

/**
 * Whether every request path `inner` matches also matches `outer`: `outer` matched against
 * `inner`'s own text, where `inner`'s `*` can only be absorbed by a `*` of `outer` and its `?` by a
 * `?` or `*` (a conservative test: it never claims a cover that does not hold).
 */
export function pathPatternCovers(outer: string, inner: string): boolean {
  const a = pathPatternKey(outer);
  const b = pathPatternKey(inner);
  const seen = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length) result = j === b.length;
    else if (a[i] === '*') result = from(i + 1, j) || (j < b.length && from(i, j + 1));
    else if (j === b.length || b[j] === '*') result = false;
    else result = (a[i] === '?' || (b[j] !== '?' && a[i] === b[j])) && from(i + 1, j + 1);
    seen.set(key, result);
    return result;
  };
  return from(0, 0);
}
