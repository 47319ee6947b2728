/** The `observability` block every section takes, and its mapping to the library's `ObservabilityProps`. */
import { z } from 'zod';
import {
  AccessLogDestination,
  AccessLogFormat,
  accessLogFormatProblems,
  alarmTopicArnProblem,
  AlarmTopic,
  bucketNameProblem,
  emailAddressProblem,
  logBucketRetentionProblem,
  logFieldsProblem,
  logFirehoseArnProblem,
  logGroupRetentionProblem,
  ObservabilityProps,
  percentageProblem,
  samplingRateProblem,
  SettingProblem,
} from '../modules';
import { reportSettingProblems, satisfying } from './rules';

const fields = satisfying(z.array(z.string()), logFieldsProblem);

const accessLogsKeys = z.strictObject({
  destination: z
    .enum(['s3', 'cloudwatch-logs', 'firehose'])
    .describe(
      's3: a private bucket created for the logs, or bucketName; cloudwatch-logs: a log group in us-east-1; firehose: firehoseArn.',
    ),
  bucketName: satisfying(z.string(), bucketNameProblem)
    .optional()
    .describe(
      "s3: an existing bucket instead of a new one (add the stack output's statement to its policy). Default: a new private bucket.",
    ),
  firehoseArn: satisfying(z.string(), logFirehoseArnProblem).optional().describe('firehose: the delivery stream, in us-east-1.'),
  format: z.enum(AccessLogFormat).optional().describe('json, w3c, plain, or parquet (S3 only). Default json.'),
  retentionDays: z
    .number()
    .optional()
    .describe(
      'How long a new bucket (1-3650 days) or the log group (a CloudWatch period: 1, 3, 5, 7, 14, 30, ...) keeps the logs. Default 30.',
    ),
  fields: fields.optional().describe('The log fields to keep. Default: every field.'),
  hivePartitions: z
    .boolean()
    .optional()
    .describe('S3: Hive-compatible partitions (DistributionId=/year=/month=/day=/hour=). Default false.'),
});
const accessLogsSchema = accessLogsKeys.superRefine((logs, ctx) => reportSettingProblems(ctx, logs, accessLogsProblems(logs)));

/** The rules across the access log keys (the format rules are the library's). */
function accessLogsProblems(logs: z.infer<typeof accessLogsKeys>): SettingProblem[] {
  const problems = [
    ...accessLogFormatProblems({ s3: logs.destination === 's3', format: logs.format, hivePartitions: logs.hivePartitions }),
  ];
  const only = (key: 'bucketName' | 'firehoseArn', destination: string) => {
    if (logs[key] !== undefined && logs.destination !== destination) {
      problems.push({
        prop: key,
        problem: `only applies to the ${destination} destination`,
        fix: `Leave it out, or set destination to ${destination}.`,
      });
    }
  };
  only('bucketName', 's3');
  only('firehoseArn', 'firehose');
  if (logs.destination === 'firehose' && logs.firehoseArn === undefined) {
    problems.push({
      prop: 'firehoseArn',
      problem: 'is missing for the firehose destination',
      fix: 'Give the delivery stream ARN (in us-east-1).',
    });
  }
  if (logs.retentionDays !== undefined) {
    const found =
      logs.destination === 'cloudwatch-logs'
        ? logGroupRetentionProblem(logs.retentionDays)
        : logs.destination === 's3' && logs.bucketName === undefined
          ? logBucketRetentionProblem(logs.retentionDays)
          : { problem: 'only applies to a new bucket or a log group', fix: 'Set the retention on your own bucket or stream.' };
    if (found) problems.push({ prop: 'retentionDays', ...found });
  }
  return problems;
}

const alarmsSchema = z
  .strictObject({
    enabled: z.boolean().optional().describe('Default true: the block turns the alarms on.'),
    email: satisfying(z.string(), emailAddressProblem)
      .optional()
      .describe('Subscribe this address to the alarm topic created (confirm the email AWS sends).'),
    topicArn: satisfying(z.string(), alarmTopicArnProblem)
      .optional()
      .describe('Notify this SNS topic (in us-east-1) instead of a new one.'),
    thresholds: z
      .strictObject({
        errorRate5xxPercent: satisfying(z.number(), percentageProblem).optional().describe('Default 1.'),
        errorRate4xxPercent: satisfying(z.number(), percentageProblem).optional().describe('Default 10 (tokens, keys, geo restriction).'),
        originLatencyMs: z.number().optional().describe('Live: p90 origin latency. Default half the segment duration.'),
        cacheHitRatePercent: satisfying(z.number(), percentageProblem).optional().describe('VOD: hit rate floor. Default 80.'),
      })
      .optional()
      .describe('Alarm thresholds. Default: the documented ones.'),
    evaluationPeriods: z.number().optional().describe('One-minute periods looked at; 2 breaching raise the alarm. Default 3.'),
  })
  .superRefine((alarms, ctx) => {
    if (alarms.enabled === false && (alarms.email !== undefined || alarms.topicArn !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [alarms.email !== undefined ? 'email' : 'topicArn'],
        message: 'is set while the alarms are off (enabled: false), so nothing would notify it',
        params: { fix: 'Turn the alarms on, or leave the address out.' },
        input: alarms.email ?? alarms.topicArn,
      });
    }
    if (alarms.email !== undefined && alarms.topicArn !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'is set with topicArn; the email is subscribed to a topic the stack creates',
        params: { fix: 'Subscribe the address to your topic yourself, or leave topicArn out.' },
        input: alarms.email,
      });
    }
  });

export const observabilitySchema = z
  .strictObject({
    accessLogs: accessLogsSchema.optional().describe('Standard logging v2 (no bucket ACLs needed). Default: off.'),
    realtimeLogs: z
      .strictObject({
        samplingRate: satisfying(z.number(), samplingRateProblem).optional().describe('Percentage of requests logged, 1-100. Default 10.'),
        manifestSamplingRate: satisfying(z.number(), samplingRateProblem)
          .optional()
          .describe('Manifests at their own rate. Default samplingRate.'),
        fields: fields.optional().describe('Default: the video field set with the CMCD fields.'),
      })
      .optional()
      .describe('Real-time logs with the CMCD fields, to an on-demand Kinesis stream. Default: off.'),
    alarms: alarmsSchema
      .optional()
      .describe(
        'CloudWatch alarms in us-east-1 (5xx, 4xx, origin latency or hit rate) with the additional metrics they need. Default: off.',
      ),
    dashboard: z.boolean().optional().describe('A CloudWatch dashboard of the distribution. Default false.'),
    additionalMetrics: z
      .boolean()
      .optional()
      .describe(
        'The paid additional metrics even without alarms (hit rate and origin latency on the dashboard). Default: with alarms only.',
      ),
  })
  .describe('Access logs, real-time logs, alarms and a dashboard; each off unless asked (each costs). Default: none.');
export type ObservabilityConfig = z.infer<typeof observabilitySchema>;

/** The observability of a section, as a pattern takes it. */
export function observability(config: ObservabilityConfig | undefined): ObservabilityProps | undefined {
  if (!config) return undefined;
  const logs = config.accessLogs;
  const alarms = config.alarms;
  return {
    accessLogs: logs && {
      destination:
        logs.destination === 'cloudwatch-logs'
          ? AccessLogDestination.logGroup({ retentionDays: logs.retentionDays })
          : logs.destination === 'firehose'
            ? AccessLogDestination.firehose(logs.firehoseArn!)
            : logs.bucketName !== undefined
              ? AccessLogDestination.existingBucket(logs.bucketName)
              : AccessLogDestination.newBucket({ retentionDays: logs.retentionDays }),
      format: logs.format,
      fields: logs.fields,
      hivePartitions: logs.hivePartitions,
    },
    realtimeLogs: config.realtimeLogs,
    alarms:
      alarms && alarms.enabled !== false
        ? {
            topic: alarms.topicArn !== undefined ? AlarmTopic.fromTopicArn(alarms.topicArn) : AlarmTopic.create({ email: alarms.email }),
            thresholds: alarms.thresholds,
            evaluationPeriods: alarms.evaluationPeriods,
          }
        : undefined,
    dashboard: config.dashboard,
    additionalMetrics: config.additionalMetrics,
  };
}
