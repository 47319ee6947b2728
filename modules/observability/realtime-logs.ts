import { CloudfrontRealtimeLogConfig } from '@cdktf/provider-aws/lib/cloudfront-realtime-log-config';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KinesisStream } from '@cdktf/provider-aws/lib/kinesis-stream';
import { Construct } from 'constructs';
import { VideoDistribution } from '../cloudfront/distribution';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { tagsBlock } from '../private/tags';
import { logFieldsProblem, samplingRateProblem } from '../validation/observability';

/** The Common Media Client Data fields CloudFront logs from the `CMCD` query string or headers players send. */
export const CMCD_FIELDS: readonly string[] = [
  'cmcd-encoded-bitrate',
  'cmcd-buffer-length',
  'cmcd-buffer-starvation',
  'cmcd-content-id',
  'cmcd-object-duration',
  'cmcd-deadline',
  'cmcd-measured-throughput',
  'cmcd-next-object-request',
  'cmcd-next-range-request',
  'cmcd-object-type',
  'cmcd-playback-rate',
  'cmcd-requested-maximum-throughput',
  'cmcd-streaming-format',
  'cmcd-session-id',
  'cmcd-stream-type',
  'cmcd-startup',
  'cmcd-top-bitrate',
  'cmcd-version',
];

/**
 * The fields a video operator reads first: when, where, what, how it was served (hit or miss,
 * status, bytes, timings, origin first and last byte latency), the player (CMCD), and the
 * behavior that served it.
 */
export const VIDEO_REALTIME_LOG_FIELDS: readonly string[] = [
  'timestamp',
  'c-ip',
  'c-country',
  'x-edge-location',
  'cs-method',
  'cs-uri-stem',
  'sc-status',
  'sc-bytes',
  'time-taken',
  'time-to-first-byte',
  'x-edge-result-type',
  'x-edge-detailed-result-type',
  'x-edge-request-id',
  'cs-protocol-version',
  'cs-user-agent',
  'sc-content-type',
  'origin-fbl',
  'origin-lbl',
  'cache-behavior-path-pattern',
  ...CMCD_FIELDS,
];

export interface RealtimeLogsProps {
  readonly distribution: VideoDistribution;
  /** Percentage of segment (and other) requests logged, 1-100. @default 10 */
  readonly samplingRate?: number;
  /**
   * Percentage of manifest requests logged; its own log configuration when it differs (manifests
   * are many small requests, segments carry the bytes).
   * @default samplingRate
   */
  readonly manifestSamplingRate?: number;
  /** @default VIDEO_REALTIME_LOG_FIELDS (with the CMCD fields) */
  readonly fields?: readonly string[];
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * CloudFront real-time logs of a distribution: an on-demand Kinesis data stream, the role
 * CloudFront assumes to write to it (and nothing else), and a real-time log configuration with the
 * video fields including CMCD, attached to every behavior (manifests may sample at their own rate).
 * Records arrive within seconds; fields come in CloudFront's order, not the configured one.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html
 */
export class RealtimeLogs extends Construct {
  public readonly stream: KinesisStream;
  public readonly role: IamRole;
  /** The configuration of segment and other behaviors. */
  public readonly logConfig: CloudfrontRealtimeLogConfig;
  /** The configuration of manifest behaviors, when they sample at their own rate. */
  public readonly manifestLogConfig?: CloudfrontRealtimeLogConfig;

  constructor(scope: Construct, id: string, props: RealtimeLogsProps) {
    super(scope, id);
    const samplingRate = props.samplingRate ?? 10;
    checkValue('samplingRate', samplingRate, samplingRateProblem);
    checkValue('manifestSamplingRate', props.manifestSamplingRate, samplingRateProblem);
    checkValue('fields', props.fields, logFieldsProblem);
    const tags = tagsBlock(props.tags);
    this.stream = new KinesisStream(this, 'stream', {
      name: uniqueResourceName(this, 128),
      streamModeDetails: { streamMode: 'ON_DEMAND' },
      retentionPeriod: 24,
      tags,
    });
    this.role = new IamRole(this, 'role', {
      name: uniqueResourceName(this, 64),
      description: 'CloudFront writes real-time log records to the stream',
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
      tags,
    });
    new IamRolePolicy(this, 'write-stream', {
      role: this.role.name,
      name: 'write-realtime-logs',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['kinesis:DescribeStreamSummary', 'kinesis:DescribeStream', 'kinesis:PutRecord', 'kinesis:PutRecords'],
            Resource: this.stream.arn,
          },
        ],
      }),
    });
    const fields = [...(props.fields ?? VIDEO_REALTIME_LOG_FIELDS)];
    const logConfig = (configId: string, rate: number) =>
      new CloudfrontRealtimeLogConfig(this, configId, {
        name: uniqueResourceName(new Construct(this, `${configId}-name`), 128),
        samplingRate: rate,
        fields,
        endpoint: { streamType: 'Kinesis', kinesisStreamConfig: { roleArn: this.role.arn, streamArn: this.stream.arn } },
      });
    this.logConfig = logConfig('config', samplingRate);
    const manifestRate = props.manifestSamplingRate;
    this.manifestLogConfig =
      manifestRate !== undefined && manifestRate !== samplingRate ? logConfig('manifest-config', manifestRate) : undefined;
    props.distribution.attachRealtimeLogs(this.logConfig.arn, this.manifestLogConfig?.arn);
  }
}
