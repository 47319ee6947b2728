import { compliant, nonCompliant, PolicyRule, RuleLevel } from '../rule';
import { isTerraformTrue, literalString, ResolvedResource, RuleContext } from '../rule-context';

/** The four settings of a full public access block (all false when left out). */
const FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
/** How far `bucket = "${aws_x.y.bucket}"` chains are followed back to the bucket. */
const MAX_REFERENCE_DEPTH = 5;

/** VCDN-S3-2: every bucket gets all four public access block settings. */
export const BucketPublicAccessBlockRule: PolicyRule = {
  id: 'VCDN-S3-2',
  level: RuleLevel.ERROR,
  title: 'S3 bucket without a full public access block',
  description:
    'an `aws_s3_bucket` has no `aws_s3_bucket_public_access_block` (by reference or name) with all four flags `true`, and no account-wide block in the stack',
  why: 'one public ACL or policy statement would expose the media (and the egress bill) to everyone; CloudFront with OAC needs no public access',
  fix: 'Add an aws_s3_bucket_public_access_block for the bucket with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true (PrivateBucket does)',
  resourceTypes: ['aws_s3_bucket'],
  evaluate(bucket, context) {
    if (context.ofType('aws_s3_account_public_access_block').some((account) => missingFlags(account).length === 0)) {
      return compliant();
    }
    const blocks = context
      .ofType('aws_s3_bucket_public_access_block')
      .filter((candidate) => targetsBucket(candidate.body.bucket, bucket, context, MAX_REFERENCE_DEPTH));
    if (blocks.length === 0) return nonCompliant('no aws_s3_bucket_public_access_block refers to this bucket');
    const missing = missingFlags(blocks[0]);
    if (missing.length === 0) return compliant();
    return nonCompliant(`its public access block (${blocks[0].address}) does not set ${missing.join(', ')} to true`);
  },
};

function missingFlags(accessBlock: ResolvedResource): string[] {
  return FLAGS.filter((flag) => !isTerraformTrue(accessBlock.body[flag]));
}

/**
 * True when a `bucket` argument names this bucket: a reference to it (`${aws_s3_bucket.b.id}`),
 * a reference to another resource's `bucket` that does (`${aws_s3_bucket_ownership_controls.o.bucket}`),
 * or its literal name.
 */
function targetsBucket(value: unknown, bucket: ResolvedResource, context: RuleContext, depth: number): boolean {
  const name = literalString(bucket.body.bucket);
  if (name !== undefined && value === name) return true;
  if (depth === 0) return false;
  return context
    .references(value)
    .some((reference) =>
      reference.resource.type === 'aws_s3_bucket'
        ? reference.resource.address === bucket.address
        : reference.attribute === 'bucket' && targetsBucket(reference.resource.body.bucket, bucket, context, depth - 1),
    );
}
