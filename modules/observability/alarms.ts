import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct } from 'constructs';
import { DistributionReference } from '../origins/origin';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { tagsBlock } from '../private/tags';
import { usEast1 } from '../private/us-east-1-provider';
import { segmentDurationProblem } from '../presets/live-cache-sizing';
import { wholeNumberBetween } from '../validation/numbers';
import { percentageProblem } from '../validation/observability';
import { AlarmTopic } from './alarm-topic';
import { CLOUDFRONT_METRICS_NAMESPACE, distributionDimensions } from './cloudfront-metrics';

/** What the alarms watch for, by the kind of content. */
export enum AlarmProfile {
  /** Origin latency against the segment duration: a live channel stalls when the origin is slower than its segments. */
  LIVE = 'live',
  /** Cache hit rate floor: a VOD library served from the origin costs egress and stalls. */
  VOD = 'vod',
}

export interface AlarmThresholds {
  /** Share of requests answered 5xx, in percent. @default 1 */
  readonly errorRate5xxPercent?: number;
  /** Share of requests answered 4xx (a token, key or geo problem turning viewers away), in percent. @default 10 */
  readonly errorRate4xxPercent?: number;
  /** Live: 90th percentile origin latency, in milliseconds. @default half the segment duration */
  readonly originLatencyMs?: number;
  /** VOD: cache hit rate floor, in percent. @default 80 */
  readonly cacheHitRatePercent?: number;
}

export interface VideoCdnAlarmsProps {
  readonly distribution: DistributionReference;
  readonly topic: AlarmTopic;
  readonly profile: AlarmProfile;
  /** Live: the encoder's segment duration, which the origin latency threshold follows. @default 6 */
  readonly segmentDurationSeconds?: number;
  /** @default the documented defaults of each threshold */
  readonly thresholds?: AlarmThresholds;
  /** One-minute periods looked at; the alarm fires when 2 of them (or all, if fewer) breach. @default 3 */
  readonly evaluationPeriods?: number;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * CloudWatch alarms on a distribution's metrics, in us-east-1 where CloudFront publishes them
 * (`AWS/CloudFront`, `DistributionId` and `Region = Global`), notifying a topic on alarm and on
 * recovery: 5xx and 4xx error rates, and origin latency (live) or the cache hit rate (VOD), which
 * need the additional metrics subscription. Missing data (no traffic) is not a breach.
 */
export class VideoCdnAlarms extends Construct {
  public readonly alarms: readonly CloudwatchMetricAlarm[];
  public readonly topicArn: string;

  constructor(scope: Construct, id: string, props: VideoCdnAlarmsProps) {
    super(scope, id);
    const thresholds = props.thresholds ?? {};
    checkValue('thresholds.errorRate5xxPercent', thresholds.errorRate5xxPercent, percentageProblem);
    checkValue('thresholds.errorRate4xxPercent', thresholds.errorRate4xxPercent, percentageProblem);
    checkValue('thresholds.cacheHitRatePercent', thresholds.cacheHitRatePercent, percentageProblem);
    checkValue('thresholds.originLatencyMs', thresholds.originLatencyMs, wholeNumberBetween(1, 60000, 'Use milliseconds, e.g. 3000.'));
    checkValue('segmentDurationSeconds', props.segmentDurationSeconds, segmentDurationProblem);
    const periods = props.evaluationPeriods ?? 3;
    checkValue('evaluationPeriods', periods, wholeNumberBetween(1, 60, 'Use 1-60 one-minute periods, e.g. 3.'));
    const east = usEast1(this);
    this.topicArn = props.topic.bind(this, props.tags);
    const alarm = (
      alarmId: string,
      settings: { metricName: string; comparisonOperator: string; threshold: number; description: string; percentile?: string },
    ) =>
      east.place(
        new CloudwatchMetricAlarm(this, alarmId, {
          ...east.config,
          alarmName: uniqueResourceName(new Construct(this, `${alarmId}-name`), 255),
          alarmDescription: settings.description,
          namespace: CLOUDFRONT_METRICS_NAMESPACE,
          metricName: settings.metricName,
          dimensions: distributionDimensions(props.distribution.distributionId),
          period: 60,
          statistic: settings.percentile ? undefined : 'Average',
          extendedStatistic: settings.percentile,
          comparisonOperator: settings.comparisonOperator,
          threshold: settings.threshold,
          evaluationPeriods: periods,
          datapointsToAlarm: Math.min(2, periods),
          treatMissingData: 'notBreaching',
          alarmActions: [this.topicArn],
          okActions: [this.topicArn],
          tags: tagsBlock(props.tags),
        }),
      );
    const alarms = [
      alarm('error-rate-5xx', {
        metricName: '5xxErrorRate',
        comparisonOperator: 'GreaterThanThreshold',
        threshold: thresholds.errorRate5xxPercent ?? 1,
        description: 'Viewers get 5xx answers: the origin fails or times out (check origin health, failover, origin timeouts).',
      }),
      alarm('error-rate-4xx', {
        metricName: '4xxErrorRate',
        comparisonOperator: 'GreaterThanThreshold',
        threshold: thresholds.errorRate4xxPercent ?? 10,
        description: 'Many viewers are turned away (403 from signed URLs, tokens or geo restriction, 404 from a missing stream).',
      }),
    ];
    if (props.profile === AlarmProfile.LIVE) {
      const segmentMs = (props.segmentDurationSeconds ?? 6) * 1000;
      alarms.push(
        alarm('origin-latency', {
          metricName: 'OriginLatency',
          comparisonOperator: 'GreaterThanThreshold',
          threshold: thresholds.originLatencyMs ?? segmentMs / 2,
          percentile: 'p90',
          description: `The origin takes more than ${thresholds.originLatencyMs ?? segmentMs / 2} ms to answer (segments last ${segmentMs} ms): players at the live edge are about to rebuffer.`,
        }),
      );
    } else {
      alarms.push(
        alarm('cache-hit-rate', {
          metricName: 'CacheHitRate',
          comparisonOperator: 'LessThanThreshold',
          threshold: thresholds.cacheHitRatePercent ?? 80,
          description: 'Fewer requests are served from the edge: the origin pays the egress and viewers wait (check cache keys and TTLs).',
        }),
      );
    }
    this.alarms = alarms;
  }
}
