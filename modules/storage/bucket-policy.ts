import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { addMovedBlock } from '../private/moved-blocks';
import { bucketPolicyDocument, PolicyStatement } from '../private/bucket-policy-document';
import { invalid } from '../private/invalid';
import { S3BucketReference } from './bucket-reference';

/** A bucket that owns its policy: whoever needs access adds to it, so the bucket has one `aws_s3_bucket_policy`. */
export interface IBucketWithPolicy extends S3BucketReference {
  /** The bucket's policy, created on first use. */
  resourcePolicy(): BucketPolicy;
}

export interface BucketPolicyProps {
  readonly bucket: S3BucketReference;
}

/** Policies made for buckets that do not own one, so two origins on one such bucket share it. */
const sharedPolicies = new WeakMap<S3BucketReference, BucketPolicy>();

/**
 * The one policy of one bucket (`aws_s3_bucket_policy`). A bucket has a single policy document,
 * so grants are added to it (as aws-cdk's `addToResourcePolicy`) instead of each writer creating
 * its own resource, which would overwrite the other's at apply. The document is rendered at synth.
 */
export class BucketPolicy extends Construct {
  /**
   * The policy of `bucket`: its own when it owns one (`PrivateBucket`), otherwise one shared by
   * everything that grants access to that bucket, created as `scope/id` on first use.
   */
  public static of(bucket: S3BucketReference, scope: Construct, id: string): BucketPolicy {
    if (isBucketWithPolicy(bucket)) return bucket.resourcePolicy();
    const existing = sharedPolicies.get(bucket);
    if (existing) return existing;
    const created = new BucketPolicy(scope, id, { bucket });
    sharedPolicies.set(bucket, created);
    return created;
  }

  /** The policy document (JSON), with every grant added so far. */
  public readonly policyJson: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: S3BucketPolicy;
  private readonly cloudFrontReaders: string[] = [];
  private readonly statements: PolicyStatement[] = [];
  private secureTransportOnly = false;
  private adoptedAddress = false;

  constructor(scope: Construct, id: string, props: BucketPolicyProps) {
    super(scope, id);
    this.policyJson = Lazy.stringValue({
      produce: () =>
        JSON.stringify(
          bucketPolicyDocument(props.bucket.arn, {
            cloudFrontReaders: this.cloudFrontReaders,
            statements: this.statements,
            secureTransportOnly: this.secureTransportOnly,
          }),
        ),
    });
    // `bucket` of a PrivateBucket is read through its public access block: the policy waits for
    // the block, and S3 sees no concurrent changes to the bucket's access settings.
    // `Default` keeps the address of the TLS-only policy PrivateBucket wrote directly before (`<bucket>/Policy`).
    this.resource = new S3BucketPolicy(this, 'Default', { bucket: props.bucket.bucket, policy: this.policyJson });
  }

  /**
   * Before a bucket owned its policy, the first `S3Origin` bound to a bucket wrote the policy at
   * `scope/id` (its distribution, `<originId>-bucket-policy`). A `moved` block from that address
   * lets an existing deployment keep its policy: a delete and a create would leave the bucket
   * without one for a while, and CloudFront's reads refused. Nothing moves when the bucket wrote
   * its own policy first (denyInsecureTransport): that address is this one already.
   */
  public adoptAddressOf(scope: Construct, id: string): void {
    if (this.adoptedAddress || (this.secureTransportOnly && this.cloudFrontReaders.length === 0)) return;
    this.adoptedAddress = true;
    // Taken (by this policy itself when it is shared by the origins of a bucket without one): the
    // address is in use, nothing moved from it.
    if (scope.node.tryFindChild(id) !== undefined) return;
    const probe = new Construct(scope, id);
    const previous = TerraformStack.of(scope).getLogicalId(probe.node);
    scope.node.tryRemoveChild(id);
    if (previous !== this.resource.friendlyUniqueId) {
      const type = S3BucketPolicy.tfResourceType;
      addMovedBlock(TerraformStack.of(scope), `${type}.${previous}`, `${type}.${this.resource.friendlyUniqueId}`);
    }
  }

  /** Lets a distribution's Origin Access Control read every object (`AWS:SourceArn` = the distribution). */
  public allowCloudFrontRead(distributionArn: string): void {
    if (!this.cloudFrontReaders.includes(distributionArn)) this.cloudFrontReaders.push(distributionArn);
  }

  /** Denies every request that does not use TLS. */
  public requireSecureTransport(): void {
    this.secureTransportOnly = true;
  }

  /** Adds a statement; one with the `Sid` of an earlier, different statement is refused (S3 needs unique Sids). */
  public addStatement(statement: PolicyStatement): void {
    const same = this.statements.find((existing) => statement.Sid !== undefined && existing.Sid === statement.Sid);
    if (same === undefined) this.statements.push(statement);
    else if (JSON.stringify(same) !== JSON.stringify(statement)) {
      invalid(
        'statement.Sid',
        'is already used by another statement of this bucket policy',
        statement.Sid,
        'Give each statement its own Sid.',
      );
    }
  }
}

function isBucketWithPolicy(bucket: S3BucketReference): bucket is IBucketWithPolicy {
  return typeof (bucket as Partial<IBucketWithPolicy>).resourcePolicy === 'function';
}
