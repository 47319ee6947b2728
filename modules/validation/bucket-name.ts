import { ValueRule } from './value-rule';

/** S3 appends 26 characters to a `bucket_prefix`; bucket names stop at 63. */
export const MAX_BUCKET_PREFIX_LENGTH = 37;

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
const NAME_FIX =
  'Use 3-63 lowercase letters, digits, hyphens or dots, starting and ending with a letter or digit (bucket names are global: add your company or account to make it unique), or leave it out to get a generated unique name.';

/** A general purpose S3 bucket name (S3's naming rules). */
export const bucketNameProblem: ValueRule<string> = (name) => {
  if (!BUCKET_NAME.test(name)) return { problem: 'is not a valid S3 bucket name', fix: NAME_FIX };
  if (name.includes('..') || name.includes('.-') || name.includes('-.')) {
    return { problem: 'has a dot next to another dot or a hyphen', fix: NAME_FIX };
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return { problem: 'looks like an IP address, which S3 refuses', fix: NAME_FIX };
  const reserved = RESERVED_PREFIXES.find((prefix) => name.startsWith(prefix)) ?? RESERVED_SUFFIXES.find((suffix) => name.endsWith(suffix));
  return reserved === undefined ? undefined : { problem: `uses "${reserved}", which S3 reserves`, fix: NAME_FIX };
};

/** A `bucket_prefix`: the start of a bucket name, short enough for the unique suffix Terraform adds. */
export const bucketPrefixProblem: ValueRule<string> = (prefix) => {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(prefix) || prefix.length > MAX_BUCKET_PREFIX_LENGTH) {
    return {
      problem: `must be 1-${MAX_BUCKET_PREFIX_LENGTH} lowercase letters, digits, hyphens or dots, starting with a letter or digit`,
      fix: 'Shorten it: Terraform appends a 26-character unique suffix.',
    };
  }
  if (RESERVED_PREFIXES.some((reserved) => prefix.startsWith(reserved))) {
    return { problem: 'starts with a prefix S3 reserves', fix: `Avoid ${RESERVED_PREFIXES.join(', ')}.` };
  }
  return undefined;
};

/**
 * An S3 key prefix such as `vod/` or `assets/2024/`: folders of S3's safe characters, each ending in
 * `/`. IAM policies use it as `<bucket>/<prefix>*`, so `*` and `?` would widen them.
 */
export const keyPrefixProblem: ValueRule<string> = (prefix) =>
  prefix === '' || /^([A-Za-z0-9!_.'()-]+\/)+$/.test(prefix)
    ? undefined
    : {
        problem: "must be a key prefix ending in /, with no leading / and no wildcards (folders of letters, digits and ! _ . ' ( ) -)",
        fix: 'Write it like vod/ or assets/2024/, or leave it out for the whole bucket.',
      };
