import { distributionCommentProblem, MAX_DISTRIBUTION_COMMENT_BYTES } from '../validation/distribution-comment';

/**
 * A generated comment cut to the limit (generated comments name hosts, up to 253 characters). A
 * user's own comment is checked instead, never cut.
 */
export function fitDistributionComment(text: string): string {
  if (distributionCommentProblem(text) === undefined) return text;
  let kept = '';
  for (const char of text) {
    if (Buffer.byteLength(`${kept}${char}...`, 'utf8') > MAX_DISTRIBUTION_COMMENT_BYTES) break;
    kept += char;
  }
  return `${kept}...`;
}
