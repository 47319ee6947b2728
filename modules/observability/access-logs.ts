import { CloudwatchLogDelivery } from '@cdktf/provider-aws/lib/cloudwatch-log-delivery';
import { CloudwatchLogDeliveryDestination } from '@cdktf/provider-aws/lib/cloudwatch-log-delivery-destination';
import { CloudwatchLogDeliverySource } from '@cdktf/provider-aws/lib/cloudwatch-log-delivery-source';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { VideoDistribution } from '../cloudfront/distribution';
import { checkSettingProblems, checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { tagsBlock } from '../private/tags';
import { usEast1 } from '../private/us-east-1-provider';
import { PrivateBucket } from '../storage/private-bucket';
import { bucketNameProblem } from '../validation/bucket-name';
import { SettingProblem } from '../validation/value-rule';
import { logBucketRetentionProblem, logFieldsProblem, logFirehoseArnProblem, logGroupRetentionProblem } from '../validation/observability';

/** How the log files are written. Parquet (columnar, for Athena) only to S3. */
export enum AccessLogFormat {
  JSON = 'json',
  W3C = 'w3c',
  PARQUET = 'parquet',
  PLAIN = 'plain',
}

/** Where access logs go: pick one with a factory. */
export class AccessLogDestination {
  /** A private bucket created for the logs (ACLs off: standard logging v2 needs none), expiring them. */
  public static newBucket(props: { readonly retentionDays?: number; readonly forceDestroy?: boolean } = {}): AccessLogDestination {
    checkValue('retentionDays', props.retentionDays, logBucketRetentionProblem);
    return new AccessLogDestination('new-bucket', props);
  }

  /**
   * A bucket of yours: its policy must admit `delivery.logs.amazonaws.com` (the construct's
   * `bucketPolicyStatementJson` is the statement to merge, a bucket having one policy).
   */
  public static existingBucket(bucketName: string): AccessLogDestination {
    checkValue('bucketName', bucketName, bucketNameProblem);
    return new AccessLogDestination('existing-bucket', { bucketName });
  }

  /** A CloudWatch Logs log group created in us-east-1, keeping the logs `retentionDays`. */
  public static logGroup(props: { readonly retentionDays?: number } = {}): AccessLogDestination {
    checkValue('retentionDays', props.retentionDays, logGroupRetentionProblem);
    return new AccessLogDestination('log-group', props);
  }

  /** An Amazon Data Firehose delivery stream in us-east-1. */
  public static firehose(deliveryStreamArn: string): AccessLogDestination {
    checkValue('deliveryStreamArn', deliveryStreamArn, logFirehoseArnProblem);
    return new AccessLogDestination('firehose', { deliveryStreamArn });
  }

  private constructor(
    public readonly type: 'new-bucket' | 'existing-bucket' | 'log-group' | 'firehose',
    public readonly settings: {
      readonly retentionDays?: number;
      readonly forceDestroy?: boolean;
      readonly bucketName?: string;
      readonly deliveryStreamArn?: string;
    },
  ) {}
}

/** Parquet and Hive partitions are S3 features: the rule for the construct and the configuration alike. */
export function accessLogFormatProblems(settings: {
  readonly s3: boolean;
  readonly format?: string;
  readonly hivePartitions?: boolean;
}): SettingProblem[] {
  const problems: SettingProblem[] = [];
  if (settings.format === AccessLogFormat.PARQUET && !settings.s3) {
    problems.push({
      prop: 'format',
      problem: 'is parquet, which CloudFront writes to S3 only',
      fix: 'Use json, w3c or plain for a log group or a Firehose stream.',
    });
  }
  if (settings.hivePartitions && !settings.s3) {
    problems.push({
      prop: 'hivePartitions',
      problem: 'only applies to S3 destinations',
      fix: 'Leave it out for a log group or a Firehose stream.',
    });
  }
  return problems;
}

export interface AccessLogsProps {
  readonly distribution: VideoDistribution;
  readonly destination: AccessLogDestination;
  /** @default AccessLogFormat.JSON */
  readonly format?: AccessLogFormat;
  /** The fields to keep (CloudFront's standard log field names). @default every field */
  readonly fields?: readonly string[];
  /** S3 only: Hive-compatible partitions (`DistributionId=.../year=.../month=...`), for Athena and Glue. @default false */
  readonly hivePartitions?: boolean;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Standard logging v2 of a distribution: a log delivery source for it (in us-east-1, where
 * CloudFront's deliveries live), a destination (a private bucket, a bucket of yours, a CloudWatch
 * Logs log group or a Firehose stream) and the delivery joining them, with the format, fields and
 * S3 partitions chosen. Unlike legacy logging it needs no bucket ACLs, so private buckets work.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html
 */
export class AccessLogs extends Construct {
  public readonly deliverySource: CloudwatchLogDeliverySource;
  public readonly deliveryDestination: CloudwatchLogDeliveryDestination;
  public readonly delivery: CloudwatchLogDelivery;
  /** The bucket created for the logs (`AccessLogDestination.newBucket`). */
  public readonly bucket?: PrivateBucket;
  /** The log group created for the logs (`AccessLogDestination.logGroup`). */
  public readonly logGroup?: CloudwatchLogGroup;
  /** The statement a bucket's policy needs for the delivery (for `existingBucket`, to merge into its policy). */
  public readonly bucketPolicyStatementJson?: string;

  constructor(scope: Construct, id: string, props: AccessLogsProps) {
    super(scope, id);
    const { destination } = props;
    const s3 = destination.type === 'new-bucket' || destination.type === 'existing-bucket';
    const format = props.format ?? AccessLogFormat.JSON;
    checkSettingProblems(
      { format, hivePartitions: props.hivePartitions },
      accessLogFormatProblems({ s3, format, hivePartitions: props.hivePartitions }),
    );
    checkValue('fields', props.fields, logFieldsProblem);
    const east = usEast1(this);
    const sourceName = uniqueResourceName(this, 60);
    // The account, read from the distribution's ARN: no data source (plan runs without AWS).
    const account = Token.asString(Fn.element(Fn.split(':', props.distribution.distributionArn), 4));
    const statement = {
      Sid: 'AWSLogDeliveryWrite',
      Effect: 'Allow',
      Principal: { Service: 'delivery.logs.amazonaws.com' },
      Action: 's3:PutObject',
      Condition: {
        StringEquals: { 'aws:SourceAccount': account, 's3:x-amz-acl': 'bucket-owner-full-control' },
        ArnLike: { 'aws:SourceArn': `arn:aws:logs:us-east-1:${account}:delivery-source:${sourceName}` },
      },
    };

    let destinationArn: string;
    switch (destination.type) {
      case 'new-bucket': {
        this.bucket = new PrivateBucket(this, 'bucket', {
          bucketPrefix: 'cloudfront-logs-',
          forceDestroy: destination.settings.forceDestroy,
          lifecycle: { expireAfterDays: destination.settings.retentionDays ?? 30, abortIncompleteMultipartUploadAfterDays: 1 },
          denyInsecureTransport: true,
          tags: props.tags,
        });
        this.bucket.resourcePolicy().addStatement({ ...statement, Resource: `${this.bucket.arn}/*` });
        destinationArn = this.bucket.arn;
        break;
      }
      case 'existing-bucket': {
        const arn = `arn:aws:s3:::${destination.settings.bucketName}`;
        this.bucketPolicyStatementJson = Token.asString(Fn.jsonencode({ ...statement, Resource: `${arn}/*` }));
        destinationArn = arn;
        break;
      }
      case 'log-group': {
        this.logGroup = east.place(
          new CloudwatchLogGroup(this, 'log-group', {
            ...east.config,
            name: `/aws/cloudfront/${uniqueResourceName(this, 480)}`,
            retentionInDays: destination.settings.retentionDays ?? 30,
            tags: tagsBlock(props.tags),
          }),
        );
        destinationArn = this.logGroup.arn;
        break;
      }
      case 'firehose':
        destinationArn = destination.settings.deliveryStreamArn!;
        break;
    }

    this.deliverySource = east.place(
      new CloudwatchLogDeliverySource(this, 'source', {
        ...east.config,
        name: sourceName,
        logType: 'ACCESS_LOGS',
        resourceArn: props.distribution.distributionArn,
        tags: tagsBlock(props.tags),
      }),
    );
    this.deliveryDestination = east.place(
      new CloudwatchLogDeliveryDestination(this, 'destination', {
        ...east.config,
        name: uniqueResourceName(this, 60),
        outputFormat: format,
        deliveryDestinationConfiguration: [{ destinationResourceArn: destinationArn }],
        tags: tagsBlock(props.tags),
      }),
    );
    this.delivery = east.place(
      new CloudwatchLogDelivery(this, 'delivery', {
        ...east.config,
        deliverySourceName: this.deliverySource.name,
        deliveryDestinationArn: this.deliveryDestination.arn,
        recordFields: props.fields ? [...props.fields] : undefined,
        s3DeliveryConfiguration: s3
          ? [{ suffixPath: '{DistributionId}/{yyyy}/{MM}/{dd}/{HH}', enableHiveCompatiblePath: props.hivePartitions ?? false }]
          : undefined,
        tags: tagsBlock(props.tags),
        // The bucket must admit the delivery before CloudFront's first write.
        dependsOn: this.bucket ? [this.bucket.resourcePolicy().resource] : undefined,
      }),
    );
  }
}
