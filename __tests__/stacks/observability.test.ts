/**
 * Observability through the app: each signal's resources and their wiring (regions, dimensions,
 * the log bucket's policy, the real-time log role), and the combinations refused with the key named.
 */
import { resources, TerraformJson } from '../support/synth';
import { sectionStack } from '../support/app-stacks';

const MKIO = 'production.westeurope.streaming.mediakind.com';
const EVERYTHING = {
  accessLogs: { destination: 's3', format: 'parquet', retentionDays: 30, hivePartitions: true },
  realtimeLogs: { samplingRate: 10, manifestSamplingRate: 1 },
  alarms: { email: 'oncall@example.com' },
  dashboard: true,
};

const US_EAST_1 = 'aws.us_east_1';
const byName = (json: TerraformJson, type: string) => Object.entries(json.resource?.[type] ?? {}) as Array<[string, Record<string, any>]>;
const distributionName = (json: TerraformJson) => byName(json, 'aws_cloudfront_distribution')[0][0];

describe('observability of a live scenario (mkio), everything on', () => {
  const json = sectionStack('mkio', { streamingEndpointHostName: MKIO, segmentDurationSeconds: 4, observability: EVERYTHING });
  const cdn = distributionName(json);

  it('access logs: a delivery source for the distribution in us-east-1, to a private bucket admitting only the log delivery of this account', () => {
    const [source] = resources(json, 'aws_cloudwatch_log_delivery_source');
    expect(source).toMatchObject({
      provider: US_EAST_1,
      log_type: 'ACCESS_LOGS',
      resource_arn: `\${aws_cloudfront_distribution.${cdn}.arn}`,
    });
    const [destination] = resources(json, 'aws_cloudwatch_log_delivery_destination');
    expect(destination).toMatchObject({ provider: US_EAST_1, output_format: 'parquet' });
    expect(destination.delivery_destination_configuration[0].destination_resource_arn).toMatch(
      /^\$\{aws_s3_bucket\.observability_access-logs_bucket_[0-9A-F]+\.arn\}$/,
    );
    const [delivery] = resources(json, 'aws_cloudwatch_log_delivery');
    expect(delivery.s3_delivery_configuration).toEqual([
      { suffix_path: '{DistributionId}/{yyyy}/{MM}/{dd}/{HH}', enable_hive_compatible_path: true },
    ]);
    const policy = JSON.parse(resources(json, 'aws_s3_bucket_policy')[0].policy.replace(/\$\{[^}]*\}/g, 'X'));
    const grant = policy.Statement.find((statement: any) => statement.Sid === 'AWSLogDeliveryWrite');
    expect(grant.Principal).toEqual({ Service: 'delivery.logs.amazonaws.com' });
    expect(grant.Action).toBe('s3:PutObject');
    expect(Object.keys(grant.Condition.StringEquals)).toEqual(['aws:SourceAccount', 's3:x-amz-acl']);
    expect(grant.Condition.ArnLike['aws:SourceArn']).toMatch(/^arn:aws:logs:us-east-1:X:delivery-source:/);
    expect(policy.Statement.filter((statement: any) => statement.Effect === 'Allow')).toHaveLength(1);
    const rules = resources(json, 'aws_s3_bucket_lifecycle_configuration')[0].rule as Array<Record<string, any>>;
    expect(rules.find((rule) => rule.expiration)?.expiration).toEqual([{ days: 30 }]);
    expect(resources(json, 'aws_s3_bucket_ownership_controls')[0].rule.object_ownership).toBe('BucketOwnerEnforced');
  });

  it('real-time logs: an on-demand stream, a role that can only write to it, the CMCD fields, manifests at their own rate', () => {
    expect(resources(json, 'aws_kinesis_stream')[0].stream_mode_details).toEqual({ stream_mode: 'ON_DEMAND' });
    const [[streamName]] = byName(json, 'aws_kinesis_stream');
    const [role] = resources(json, 'aws_iam_role');
    expect(JSON.parse(role.assume_role_policy).Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    const [rolePolicy] = resources(json, 'aws_iam_role_policy');
    expect(JSON.parse(rolePolicy.policy).Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['kinesis:DescribeStreamSummary', 'kinesis:DescribeStream', 'kinesis:PutRecord', 'kinesis:PutRecords'],
        Resource: `\${aws_kinesis_stream.${streamName}.arn}`,
      },
    ]);
    const configs = resources(json, 'aws_cloudfront_realtime_log_config');
    expect(configs.map((config) => config.sampling_rate).sort()).toEqual([1, 10]);
    expect(configs[0].fields).toEqual(
      expect.arrayContaining(['cmcd-buffer-length', 'cmcd-session-id', 'cmcd-encoded-bitrate', 'origin-fbl']),
    );
    const [, distribution] = byName(json, 'aws_cloudfront_distribution')[0];
    expect(distribution.default_cache_behavior.realtime_log_config_arn).toMatch(
      /^\$\{aws_cloudfront_realtime_log_config\.observability_realtime-logs_config_/,
    );
  });

  it('alarms in us-east-1 on DistributionId and Region=Global, origin latency at half a segment, notifying a topic with the email', () => {
    const alarms = resources(json, 'aws_cloudwatch_metric_alarm');
    expect(alarms.map((alarm) => alarm.metric_name).sort()).toEqual(['4xxErrorRate', '5xxErrorRate', 'OriginLatency']);
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({ provider: US_EAST_1, namespace: 'AWS/CloudFront', period: 60, treat_missing_data: 'notBreaching' });
      expect(alarm.dimensions).toEqual({ DistributionId: `\${aws_cloudfront_distribution.${cdn}.id}`, Region: 'Global' });
      expect(alarm.alarm_actions).toEqual([expect.stringMatching(/^\$\{aws_sns_topic\./)]);
    }
    expect(alarms.find((alarm) => alarm.metric_name === 'OriginLatency')).toMatchObject({ extended_statistic: 'p90', threshold: 2000 });
    expect(resources(json, 'aws_sns_topic')[0].provider).toBe(US_EAST_1);
    expect(resources(json, 'aws_sns_topic_subscription')[0]).toMatchObject({ protocol: 'email', endpoint: 'oncall@example.com' });
    expect(resources(json, 'aws_cloudfront_monitoring_subscription')[0]).toMatchObject({
      distribution_id: `\${aws_cloudfront_distribution.${cdn}.id}`,
      monitoring_subscription: { realtime_metrics_subscription_config: { realtime_metrics_subscription_status: 'Enabled' } },
    });
  });

  it('a dashboard in us-east-1 with requests, bytes, error rates, hit rate and origin latency', () => {
    const [dashboard] = resources(json, 'aws_cloudwatch_dashboard');
    expect(dashboard.provider).toBe(US_EAST_1);
    const body = JSON.parse(dashboard.dashboard_body);
    expect(body.widgets.map((widget: any) => widget.properties.title)).toEqual([
      'Requests',
      'Bytes downloaded',
      'Error rates (%)',
      'Cache hit rate (%)',
      'Origin latency (ms)',
    ]);
    expect(body.widgets[0].properties).toMatchObject({ region: 'us-east-1' });
    expect(body.widgets[0].properties.metrics[0].slice(0, 6)).toEqual([
      'AWS/CloudFront',
      'Requests',
      'Region',
      'Global',
      'DistributionId',
      `\${aws_cloudfront_distribution.${cdn}.id}`,
    ]);
  });
});

describe('observability of VOD and other destinations', () => {
  it('vod alarms watch the cache hit rate (80 % floor), not origin latency', () => {
    const json = sectionStack('vod', { observability: { alarms: { topicArn: 'arn:aws:sns:us-east-1:111122223333:oncall' } } });
    const alarms = resources(json, 'aws_cloudwatch_metric_alarm');
    expect(alarms.map((alarm) => alarm.metric_name).sort()).toEqual(['4xxErrorRate', '5xxErrorRate', 'CacheHitRate']);
    expect(alarms.find((alarm) => alarm.metric_name === 'CacheHitRate')).toMatchObject({
      comparison_operator: 'LessThanThreshold',
      threshold: 80,
    });
    expect(alarms[0].alarm_actions).toEqual(['arn:aws:sns:us-east-1:111122223333:oncall']);
    expect(resources(json, 'aws_sns_topic')).toHaveLength(0);
  });

  it('a log group in us-east-1 with its retention; a Firehose stream; an existing bucket', () => {
    const logGroup = sectionStack('mkio', {
      streamingEndpointHostName: MKIO,
      observability: { accessLogs: { destination: 'cloudwatch-logs', retentionDays: 14 } },
    });
    expect(resources(logGroup, 'aws_cloudwatch_log_group')[0]).toMatchObject({ provider: US_EAST_1, retention_in_days: 14 });
    const firehose = 'arn:aws:firehose:us-east-1:111122223333:deliverystream/cdn-logs';
    const toFirehose = sectionStack('mkio', {
      streamingEndpointHostName: MKIO,
      observability: { accessLogs: { destination: 'firehose', firehoseArn: firehose } },
    });
    expect(
      resources(toFirehose, 'aws_cloudwatch_log_delivery_destination')[0].delivery_destination_configuration[0].destination_resource_arn,
    ).toBe(firehose);
    const existing = sectionStack('mkio', {
      streamingEndpointHostName: MKIO,
      observability: { accessLogs: { destination: 's3', bucketName: 'my-logs' } },
    });
    expect(
      resources(existing, 'aws_cloudwatch_log_delivery_destination')[0].delivery_destination_configuration[0].destination_resource_arn,
    ).toBe('arn:aws:s3:::my-logs');
    expect(resources(existing, 'aws_s3_bucket')).toHaveLength(0);
  });

  it.each([
    [
      { accessLogs: { destination: 'cloudwatch-logs', format: 'parquet' } },
      /'mkio\.observability\.accessLogs\.format' is parquet, which CloudFront writes to S3 only/,
    ],
    [
      { accessLogs: { destination: 'cloudwatch-logs', retentionDays: 10 } },
      /'mkio\.observability\.accessLogs\.retentionDays' is not a retention period CloudWatch Logs offers/,
    ],
    [{ accessLogs: { destination: 'firehose' } }, /'mkio\.observability\.accessLogs\.firehoseArn' is missing for the firehose destination/],
    [
      { accessLogs: { destination: 'firehose', firehoseArn: 'arn:aws:firehose:eu-west-1:111122223333:deliverystream/x' } },
      /is in eu-west-1, but CloudFront delivers its logs from us-east-1/,
    ],
    [{ realtimeLogs: { samplingRate: 0 } }, /'mkio\.observability\.realtimeLogs\.samplingRate' must be a whole percentage from 1 to 100/],
    [{ realtimeLogs: { samplingRate: 101 } }, /'mkio\.observability\.realtimeLogs\.samplingRate' must be a whole percentage from 1 to 100/],
    [{ alarms: { enabled: false, email: 'oncall@example.com' } }, /'mkio\.observability\.alarms\.email' is set while the alarms are off/],
    [{ alarms: { email: 'oncall' } }, /'mkio\.observability\.alarms\.email' is not an email address/],
    [
      { alarms: { topicArn: 'arn:aws:sns:eu-west-1:111122223333:oncall' } },
      /'mkio\.observability\.alarms\.topicArn' is in eu-west-1, but CloudFront metrics and their alarms are in us-east-1/,
    ],
  ])('%j is refused, naming the key', (signals, message) => {
    expect(() => sectionStack('mkio', { streamingEndpointHostName: MKIO, observability: signals })).toThrow(message);
  });
});
