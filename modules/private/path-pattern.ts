/** What makes two path patterns the same behavior: CloudFront treats a leading slash as optional ("/a/*" is "a/*"). */
export function pathPatternKey(pathPattern: string): string {
  return pathPattern.replace(/^\//, '');
}
