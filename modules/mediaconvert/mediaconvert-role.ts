import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { uniqueResourceName } from '../private/names';
import { isUnresolved } from '../private/tokens';
import { S3BucketReference } from '../origins/s3-origin';

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
    checkKeyPrefix(prefix);
    if (props.roleName !== undefined && !isUnresolved(props.roleName) && !/^[\w+=,.@-]{1,64}$/.test(props.roleName)) {
      invalid(
        'roleName',
        'must be 1-64 letters, digits or + = , . @ - _',
        props.roleName,
        'Rename it, or leave it out to get a generated unique name.',
      );
    }
    const kmsKeyArns = props.kmsKeyArns ?? [];
    for (const arn of kmsKeyArns) {
      if (!isUnresolved(arn) && !/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(arn)) {
        invalid(
          'kmsKeyArns',
          'contains something that is not a KMS key ARN',
          arn,
          'Use arn:aws:kms:<region>:<account>:key/<key-id> (IAM policies match key ARNs, not aliases).',
        );
      }
    }

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
      tags: props.tags ? { ...props.tags } : undefined,
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

function checkKeyPrefix(prefix: string): void {
  if (isUnresolved(prefix) || prefix === '') return;
  if (prefix.startsWith('/') || !prefix.endsWith('/') || /[*?\s]/.test(prefix)) {
    invalid(
      'outputKeyPrefix',
      'must be a key prefix ending in / with no leading / and no wildcards',
      prefix,
      'Write it like vod/ or assets/2024/, or leave it out for the whole bucket.',
    );
  }
}
