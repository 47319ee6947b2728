import { MAX_BUCKET_PREFIX_LENGTH } from '../validation/bucket-name';

/** A valid bucket prefix made from free text (stack and construct names): lowercase, trimmed, ending in `-`. */
export function bucketPrefixFrom(parts: readonly string[]): string {
  const text = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  const head = text.slice(0, MAX_BUCKET_PREFIX_LENGTH - 1).replace(/-+$/, '');
  return `${head || 'bucket'}-`;
}
