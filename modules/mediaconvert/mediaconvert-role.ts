import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { uniqueResourceName } from '../private/names';
import { checkEach, checkValue } from '../private/check-value';
import { tagsBlock } from '../private/tags';
import { kmsKeyArnProblem } from '../validation/aws-identifiers';
import { keyPrefixProblem } from '../validation/bucket-name';
import { iamRoleNameProblem } from '../validation/names';
import { S3BucketReference } from '../storage/bucket-reference';

export interface MediaConvertRoleProps {
  /** Buckets MediaConvert reads inputs (masters, captions, image inserter files) from. */
  readonly inputBuckets: readonly S3BucketReference[];
  /** Buckets MediaConvert writes outputs to. */
  readonly outputBuckets: readonly S3BucketReference[];
  /**
   * Only keys under this prefix (`vod/`) may be written in the output buckets.
   * @default the whole bucket
   */
  readonly outputKeyPrefix?: string;
  /**
   * KMS keys encrypting input or output objects (SSE-KMS): MediaConvert gets Decrypt and
   * GenerateDataKey on them, through S3 only.
   * @default none
   */
  readonly kmsKeyArns?: readonly string[];
  /** @default derived from the stack and construct path (IAM role names are account-wide) */
  readonly roleName?: string;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The IAM role a MediaConvert job runs as: trusted by `mediaconvert.amazonaws.com` only, reading
 * the input buckets and writing the output buckets, nothing else (no `*` resource, unlike the
 * console's default role with full S3 and API Gateway access).
 */
export class MediaConvertRole extends Construct {
  public readonly roleArn: string;
  public readonly roleName: string;
  /** Escape hatch: the provider resources. */
  public readonly resource: IamRole;
  public readonly policy: IamRolePolicy;

  constructor(scope: Construct, id: string, props: MediaConvertRoleProps) {
    super(scope, id);
    if (props.inputBuckets.length === 0) {
      invalid('inputBuckets', 'is empty', props.inputBuckets, 'Name the bucket(s) MediaConvert reads masters from.');
    }
    if (props.outputBuckets.length === 0) {
      invalid('outputBuckets', 'is empty', props.outputBuckets, 'Name the bucket(s) MediaConvert writes renditions to.');
    }
    const prefix = props.outputKeyPrefix ?? '';
    checkValue('outputKeyPrefix', prefix, keyPrefixProblem);
    checkValue('roleName', props.roleName, iamRoleNameProblem);
    const kmsKeyArns = props.kmsKeyArns ?? [];
    checkEach('kmsKeyArns', kmsKeyArns, kmsKeyArnProblem);

    this.resource = new IamRole(this, 'Resource', {
      name: props.roleName ?? uniqueResourceName(this, 64, /[^\w+=,.@-]/g),
      description: 'Assumed by AWS Elemental MediaConvert jobs: read masters, write renditions',
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'mediaconvert.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
      tags: tagsBlock(props.tags),
    });
    this.roleArn = this.resource.arn;
    this.roleName = this.resource.name;

    const statements: object[] = [
      {
        Sid: 'ReadInputs',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: props.inputBuckets.map((bucket) => `${bucket.arn}/*`),
      },
      {
        // ListBucket turns a missing input into a clear "not found" instead of "access denied".
        Sid: 'LocateBuckets',
        Effect: 'Allow',
        Action: ['s3:ListBucket', 's3:GetBucketLocation'],
        Resource: [...props.inputBuckets, ...props.outputBuckets].map((bucket) => bucket.arn),
      },
      {
        Sid: 'WriteOutputs',
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
        Resource: props.outputBuckets.map((bucket) => `${bucket.arn}/${prefix}*`),
      },
    ];
    if (kmsKeyArns.length > 0) {
      statements.push({
        Sid: 'UseBucketKeys',
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: [...kmsKeyArns],
        Condition: { StringLike: { 'kms:ViaService': 's3.*.amazonaws.com' } },
      });
    }
    this.policy = new IamRolePolicy(this, 'S3Access', {
      name: 'mediaconvert-s3-access',
      role: this.resource.id,
      policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    });
  }
}
