/**
 * CloudFront's limit on a distribution comment, in UTF-8 bytes: the AWS provider counts bytes,
 * so 50 "✓" (150 bytes) fail `terraform validate` although they are 50 characters.
 */
export const MAX_DISTRIBUTION_COMMENT_BYTES = 128;

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * A generated comment cut to the limit (generated comments name hosts, up to 253 characters). A
 * user's own comment is checked instead, never cut.
 */
export function fitDistributionComment(text: string): string {
  if (utf8Length(text) <= MAX_DISTRIBUTION_COMMENT_BYTES) return text;
  let kept = '';
  for (const char of text) {
    if (utf8Length(`${kept}${char}...`) > MAX_DISTRIBUTION_COMMENT_BYTES) break;
    kept += char;
  }
  return `${kept}...`;
}
