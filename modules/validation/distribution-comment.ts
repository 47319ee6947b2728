import { ValueRule } from './value-rule';

/**
 * CloudFront's limit on a distribution comment, in UTF-8 bytes: the AWS provider counts bytes,
 * so 50 "✓" (150 bytes) fail `terraform validate` although they are 50 characters.
 */
export const MAX_DISTRIBUTION_COMMENT_BYTES = 128;

/** A distribution comment: at most 128 bytes of UTF-8. */
export const distributionCommentProblem: ValueRule<string> = (comment) => {
  const bytes = Buffer.byteLength(comment, 'utf8');
  return bytes <= MAX_DISTRIBUTION_COMMENT_BYTES
    ? undefined
    : {
        problem: `is ${bytes} bytes long in UTF-8, above CloudFront's ${MAX_DISTRIBUTION_COMMENT_BYTES}`,
        fix: 'Shorten it (letters outside ASCII count 2-4 bytes each).',
      };
};
