import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketCorsConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-cors-configuration';
import {
  S3BucketLifecycleConfiguration,
  S3BucketLifecycleConfigurationRule,
} from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { registerAclLessBucketDomains } from '../private/acl-less-buckets';
import { invalid } from '../private/invalid';
import { bucketPrefixFrom } from '../private/bucket-prefix';
import { checkEach, checkValue } from '../private/check-value';
import { tagsBlock } from '../private/tags';
import { kmsKeyOrAliasArnProblem } from '../validation/aws-identifiers';
import { bucketNameProblem, bucketPrefixProblem } from '../validation/bucket-name';
import { ValueRule } from '../validation/value-rule';
import { s3CorsOriginProblem } from '../validation/web-origin';
import { isUnresolved } from '../private/tokens';
import { BucketPolicy, IBucketWithPolicy } from './bucket-policy';

/** Storage classes a lifecycle rule can move objects to. */
export enum LifecycleStorageClass {
  /** Infrequent Access: S3 refuses transitions earlier than 30 days. */
  STANDARD_IA = 'STANDARD_IA',
  ONEZONE_IA = 'ONEZONE_IA',
  INTELLIGENT_TIERING = 'INTELLIGENT_TIERING',
  /** Glacier Instant Retrieval: millisecond reads, so transcoders can still read objects directly. */
  GLACIER_IR = 'GLACIER_IR',
  /** Glacier Flexible Retrieval: objects must be restored before anyone can read them. */
  GLACIER = 'GLACIER',
  /** Objects must be restored (hours) before anyone can read them. */
  DEEP_ARCHIVE = 'DEEP_ARCHIVE',
}

/** A number of days in a lifecycle rule: S3 counts whole days, from 1. */
export const lifecycleDaysProblem: ValueRule<number> = (days) =>
  Number.isInteger(days) && days >= 1
    ? undefined
    : { problem: 'must be a whole number of days, at least 1', fix: 'Use a positive integer.' };

/** Transitions S3 accepts only after 30 days in STANDARD. */
const THIRTY_DAY_MINIMUM = [LifecycleStorageClass.STANDARD_IA, LifecycleStorageClass.ONEZONE_IA];

export interface BucketLifecycleProps {
  /**
   * Limit the transition and expiration rules to keys under this prefix (`live/`).
   * @default every object
   */
  readonly keyPrefix?: string;
  /**
   * Delete the parts of multipart uploads left unfinished (large masters, transcoder output)
   * after this many days: S3 bills for them until then.
   * @default 7
   */
  readonly abortIncompleteMultipartUploadAfterDays?: number;
  /** Move current objects to `transitionStorageClass` after this many days. @default no transition */
  readonly transitionAfterDays?: number;
  /** @default LifecycleStorageClass.GLACIER_IR */
  readonly transitionStorageClass?: LifecycleStorageClass;
  /** Expire current objects after this many days (a delete marker when versioned). @default never */
  readonly expireAfterDays?: number;
  /** Delete versions this many days after they stop being current. Needs `versioned`. @default never */
  readonly noncurrentVersionExpireAfterDays?: number;
}

/** CORS answers S3 gives browsers (and CloudFront, which forwards their preflight requests). */
export interface BucketCorsProps {
  /** `https://player.example.com`, or `*`. */
  readonly allowedOrigins: readonly string[];
  /** @default ['GET', 'HEAD'] */
  readonly allowedMethods?: readonly string[];
  /** @default ['ETag', 'Content-Length', 'Content-Range'] (what MSE players read) */
  readonly exposeHeaders?: readonly string[];
  /** @default 3600 */
  readonly maxAgeSeconds?: number;
}

export interface PrivateBucketProps {
  /**
   * A fixed bucket name; bucket names are global across all AWS accounts.
   * @default a unique name from `bucketPrefix`
   */
  readonly bucketName?: string;
  /**
   * Start of the generated name (at most 37 characters; Terraform adds a unique suffix).
   * @default the stack and construct names, e.g. `vod-s3-mediaconvert-source-`
   */
  readonly bucketPrefix?: string;
  /** Let `terraform destroy` delete a bucket that still holds objects. @default false */
  readonly forceDestroy?: boolean;
  /** Keep every version of every object (protects against overwrites and deletes). @default false */
  readonly versioned?: boolean;
  /**
   * Encrypt with this KMS key (SSE-KMS with a bucket key) instead of S3-managed keys. Every reader
   * then needs `kms:Decrypt` on the key, CloudFront included.
   * @default SSE-S3 (AES256)
   */
  readonly kmsKeyArn?: string;
  /** @default a rule aborting incomplete multipart uploads after 7 days, nothing else */
  readonly lifecycle?: BucketLifecycleProps;
  /** @default no CORS configuration */
  readonly cors?: BucketCorsProps;
  /**
   * Deny requests that do not use TLS in the bucket's policy (S3Origin.withOriginAccessControl adds
   * the same statement to it).
   * @default false
   */
  readonly denyInsecureTransport?: boolean;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * An S3 bucket nobody outside the account can reach: every public access block on, ACLs disabled
 * (BucketOwnerEnforced: the bucket owner owns every object, whoever wrote it), default encryption,
 * and incomplete multipart uploads cleaned up.
 */
export class PrivateBucket extends Construct implements IBucketWithPolicy {
  /** The bucket name (a token when generated from the prefix). */
  public readonly bucket: string;
  public readonly arn: string;
  public readonly bucketRegionalDomainName: string;
  /** `<bucket>.s3.amazonaws.com`. */
  public readonly bucketDomainName: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: S3Bucket;
  public readonly publicAccessBlock: S3BucketPublicAccessBlock;
  public readonly ownershipControls: S3BucketOwnershipControls;
  public readonly encryption: S3BucketServerSideEncryptionConfigurationA;
  public readonly lifecycle: S3BucketLifecycleConfiguration;
  public readonly versioning?: S3BucketVersioningA;
  public readonly corsConfiguration?: S3BucketCorsConfiguration;
  private policy?: BucketPolicy;

  constructor(scope: Construct, id: string, props: PrivateBucketProps = {}) {
    super(scope, id);
    checkNaming(props);
    checkValue('kmsKeyArn', props.kmsKeyArn, kmsKeyOrAliasArnProblem);
    const rules = lifecycleRules(props.lifecycle ?? {}, props.versioned ?? false);
    if (props.cors) checkCors(props.cors);

    this.resource = new S3Bucket(this, 'Resource', {
      bucket: props.bucketName,
      bucketPrefix:
        props.bucketName === undefined ? (props.bucketPrefix ?? bucketPrefixFrom([TerraformStack.of(this).node.id, id])) : undefined,
      forceDestroy: props.forceDestroy ?? false,
      tags: tagsBlock(props.tags),
    });
    this.publicAccessBlock = new S3BucketPublicAccessBlock(this, 'PublicAccessBlock', {
      bucket: this.resource.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    // The name read through the public access block: whatever uses it (a bucket policy, objects)
    // waits until the bucket is locked down, and S3 sees no concurrent access-setting changes.
    this.bucket = this.publicAccessBlock.bucket;
    this.arn = this.resource.arn;
    this.bucketRegionalDomainName = this.resource.bucketRegionalDomainName;
    this.bucketDomainName = this.resource.bucketDomainName;
    registerAclLessBucketDomains(this.bucketDomainName, this.bucketRegionalDomainName);
    this.ownershipControls = new S3BucketOwnershipControls(this, 'OwnershipControls', {
      bucket: this.resource.id,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    this.encryption = new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
      bucket: this.resource.id,
      rule: [
        props.kmsKeyArn
          ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKeyArn }, bucketKeyEnabled: true }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
    });
    if (props.versioned) {
      this.versioning = new S3BucketVersioningA(this, 'Versioning', {
        bucket: this.resource.id,
        versioningConfiguration: { status: 'Enabled' },
      });
    }
    this.lifecycle = new S3BucketLifecycleConfiguration(this, 'Lifecycle', {
      bucket: this.resource.id,
      rule: rules,
      // Lifecycle rules on a versioned bucket act on versions: wait for versioning to be on.
      dependsOn: this.versioning ? [this.versioning] : undefined,
    });
    if (props.cors) {
      this.corsConfiguration = new S3BucketCorsConfiguration(this, 'Cors', {
        bucket: this.resource.id,
        corsRule: [
          {
            allowedOrigins: [...props.cors.allowedOrigins],
            allowedMethods: [...(props.cors.allowedMethods ?? ['GET', 'HEAD'])],
            allowedHeaders: ['*'],
            exposeHeaders: [...(props.cors.exposeHeaders ?? ['ETag', 'Content-Length', 'Content-Range'])],
            maxAgeSeconds: props.cors.maxAgeSeconds ?? 3600,
          },
        ],
      });
    }
    if (props.denyInsecureTransport) this.resourcePolicy().requireSecureTransport();
  }

  /** The bucket's one policy (`aws_s3_bucket_policy`), created on first use; origins add their grants to it. */
  public resourcePolicy(): BucketPolicy {
    this.policy ??= new BucketPolicy(this, 'Policy', { bucket: this });
    return this.policy;
  }
}

function checkNaming(props: PrivateBucketProps): void {
  if (props.bucketName !== undefined && props.bucketPrefix !== undefined) {
    invalid(
      'bucketPrefix',
      'cannot be set together with bucketName',
      props.bucketPrefix,
      'Set bucketName for a fixed name, or bucketPrefix for a generated unique one, not both.',
    );
  }
  checkValue('bucketName', props.bucketName, bucketNameProblem);
  checkValue('bucketPrefix', props.bucketPrefix, bucketPrefixProblem);
}

function lifecycleRules(props: BucketLifecycleProps, versioned: boolean): S3BucketLifecycleConfigurationRule[] {
  const lifecycleProps: Array<keyof BucketLifecycleProps> = [
    'abortIncompleteMultipartUploadAfterDays',
    'transitionAfterDays',
    'expireAfterDays',
    'noncurrentVersionExpireAfterDays',
  ];
  for (const prop of lifecycleProps) checkValue(`lifecycle.${prop}`, props[prop] as number | undefined, lifecycleDaysProblem);
  const storageClass = props.transitionStorageClass ?? LifecycleStorageClass.GLACIER_IR;
  const transition = props.transitionAfterDays;
  const expire = props.expireAfterDays;
  if (props.transitionStorageClass !== undefined && transition === undefined) {
    invalid(
      'lifecycle.transitionStorageClass',
      'is set but transitionAfterDays is not',
      props.transitionStorageClass,
      'Set transitionAfterDays too, or drop the storage class.',
    );
  }
  if (transition !== undefined && !isUnresolved(transition) && THIRTY_DAY_MINIMUM.includes(storageClass) && transition < 30) {
    invalid(
      'lifecycle.transitionAfterDays',
      `must be at least 30 for ${storageClass}`,
      transition,
      'S3 refuses earlier transitions to Infrequent Access: use 30 or more, or GLACIER_IR / INTELLIGENT_TIERING.',
    );
  }
  if (transition !== undefined && expire !== undefined && !isUnresolved(transition) && !isUnresolved(expire) && expire <= transition) {
    invalid(
      'lifecycle.expireAfterDays',
      `must be later than transitionAfterDays (${transition})`,
      expire,
      'Expire after the transition, or drop the transition.',
    );
  }
  if (props.noncurrentVersionExpireAfterDays !== undefined && !versioned) {
    invalid(
      'lifecycle.noncurrentVersionExpireAfterDays',
      'needs a versioned bucket',
      props.noncurrentVersionExpireAfterDays,
      'Turn versioning on, or drop the setting (an unversioned bucket has no noncurrent versions).',
    );
  }

  const everyObject = [{}];
  const scoped = props.keyPrefix ? [{ prefix: props.keyPrefix }] : everyObject;
  const rules: S3BucketLifecycleConfigurationRule[] = [
    {
      id: 'abort-incomplete-multipart-uploads',
      status: 'Enabled',
      filter: everyObject,
      abortIncompleteMultipartUpload: [{ daysAfterInitiation: props.abortIncompleteMultipartUploadAfterDays ?? 7 }],
    },
  ];
  if (transition !== undefined) {
    rules.push({ id: 'transition-current-versions', status: 'Enabled', filter: scoped, transition: [{ days: transition, storageClass }] });
  }
  if (expire !== undefined) {
    rules.push({ id: 'expire-current-versions', status: 'Enabled', filter: scoped, expiration: [{ days: expire }] });
  }
  if (props.noncurrentVersionExpireAfterDays !== undefined) {
    rules.push({
      id: 'expire-noncurrent-versions',
      status: 'Enabled',
      filter: scoped,
      noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpireAfterDays }],
    });
  }
  return rules;
}

function checkCors(cors: BucketCorsProps): void {
  if (cors.allowedOrigins.length === 0) {
    invalid('cors.allowedOrigins', 'is empty', cors.allowedOrigins, "List the players' origins (https://player.example.com) or '*'.");
  }
  checkEach('cors.allowedOrigins', cors.allowedOrigins, s3CorsOriginProblem);
  for (const method of cors.allowedMethods ?? []) {
    if (!['GET', 'HEAD', 'PUT', 'POST', 'DELETE'].includes(method)) {
      invalid('cors.allowedMethods', 'contains a method S3 CORS does not accept', method, 'Use some of GET, HEAD, PUT, POST, DELETE.');
    }
  }
}
