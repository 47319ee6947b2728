import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** S3 appends 26 characters to a `bucket_prefix`; bucket names stop at 63. */
export const MAX_BUCKET_PREFIX_LENGTH = 37;

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** Checks a general purpose bucket name against the S3 naming rules. */
export function checkBucketName(prop: string, name: string): void {
  if (isUnresolved(name)) return;
  const fix =
    'Use 3-63 lowercase letters, digits, hyphens or dots, starting and ending with a letter or digit (bucket names are global: add your company or account to make it unique), or leave it out to get a generated unique name.';
  if (!BUCKET_NAME.test(name)) invalid(prop, 'is not a valid S3 bucket name', name, fix);
  if (name.includes('..') || name.includes('.-') || name.includes('-.')) {
    invalid(prop, 'has a dot next to another dot or a hyphen', name, fix);
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) invalid(prop, 'looks like an IP address, which S3 refuses', name, fix);
  const reserved = RESERVED_PREFIXES.find((prefix) => name.startsWith(prefix)) ?? RESERVED_SUFFIXES.find((suffix) => name.endsWith(suffix));
  if (reserved !== undefined) invalid(prop, `uses "${reserved}", which S3 reserves`, name, fix);
}

/** Checks a `bucket_prefix`: the start of a bucket name, short enough for S3's unique suffix. */
export function checkBucketPrefix(prop: string, prefix: string): void {
  if (isUnresolved(prefix)) return;
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(prefix) || prefix.length > MAX_BUCKET_PREFIX_LENGTH) {
    invalid(
      prop,
      `must be 1-${MAX_BUCKET_PREFIX_LENGTH} lowercase letters, digits, hyphens or dots, starting with a letter or digit`,
      prefix,
      'Shorten it: Terraform appends a 26-character unique suffix.',
    );
  }
  if (RESERVED_PREFIXES.some((reserved) => prefix.startsWith(reserved))) {
    invalid(prop, 'starts with a prefix S3 reserves', prefix, `Avoid ${RESERVED_PREFIXES.join(', ')}.`);
  }
}

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
