import { Construct } from 'constructs';
import { VideoDistribution } from '../cloudfront/distribution';
import { inProp } from '../private/prop-path';
import { AccessLogDestination, AccessLogFormat, AccessLogs } from './access-logs';
import { AdditionalMetrics } from './additional-metrics';
import { AlarmTopic } from './alarm-topic';
import { AlarmProfile, AlarmThresholds, VideoCdnAlarms } from './alarms';
import { VideoCdnDashboard } from './dashboard';
import { RealtimeLogs } from './realtime-logs';

/** What a scenario's operators see: each signal off unless asked (each costs). */
export interface ObservabilityProps {
  /** Standard logging v2. @default off */
  readonly accessLogs?: {
    readonly destination: AccessLogDestination;
    readonly format?: AccessLogFormat;
    readonly fields?: readonly string[];
    readonly hivePartitions?: boolean;
  };
  /** Real-time logs with the CMCD fields, to a Kinesis stream. @default off */
  readonly realtimeLogs?: {
    readonly samplingRate?: number;
    readonly manifestSamplingRate?: number;
    readonly fields?: readonly string[];
  };
  /** CloudWatch alarms (with the additional metrics they need). @default off */
  readonly alarms?: {
    /** @default a topic created for the alarms */
    readonly topic?: AlarmTopic;
    readonly thresholds?: AlarmThresholds;
    readonly evaluationPeriods?: number;
  };
  /** A CloudWatch dashboard of the distribution. @default off */
  readonly dashboard?: boolean;
  /** The additional metrics subscription even without alarms (cache hit rate, origin latency on the dashboard). @default with alarms only */
  readonly additionalMetrics?: boolean;
}

export interface ObservabilityOfProps extends ObservabilityProps {
  readonly distribution: VideoDistribution;
  /** Live content alarms on origin latency, VOD on the cache hit rate. */
  readonly profile: AlarmProfile;
  /** Live: the segment duration the origin latency alarm follows. @default 6 */
  readonly segmentDurationSeconds?: number;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/** The signals of one distribution, as a scenario pattern wires them (`observability`). */
export class Observability extends Construct {
  public readonly accessLogs?: AccessLogs;
  public readonly realtimeLogs?: RealtimeLogs;
  public readonly additionalMetrics?: AdditionalMetrics;
  public readonly alarms?: VideoCdnAlarms;
  public readonly dashboard?: VideoCdnDashboard;

  constructor(scope: Construct, id: string, props: ObservabilityOfProps) {
    super(scope, id);
    const { distribution, tags } = props;
    if (props.accessLogs) {
      this.accessLogs = inProp('accessLogs', () => new AccessLogs(this, 'access-logs', { distribution, tags, ...props.accessLogs! }));
    }
    if (props.realtimeLogs) {
      this.realtimeLogs = inProp(
        'realtimeLogs',
        () => new RealtimeLogs(this, 'realtime-logs', { distribution, tags, ...props.realtimeLogs }),
      );
    }
    if (props.alarms || props.additionalMetrics)
      this.additionalMetrics = new AdditionalMetrics(this, 'additional-metrics', { distribution });
    if (props.alarms) {
      const alarms = props.alarms;
      this.alarms = inProp(
        'alarms',
        () =>
          new VideoCdnAlarms(this, 'alarms', {
            distribution,
            topic: alarms.topic ?? AlarmTopic.create(),
            profile: props.profile,
            segmentDurationSeconds: props.segmentDurationSeconds,
            thresholds: alarms.thresholds,
            evaluationPeriods: alarms.evaluationPeriods,
            tags,
          }),
      );
    }
    if (props.dashboard) {
      this.dashboard = new VideoCdnDashboard(this, 'dashboard', { distribution, additionalMetrics: this.additionalMetrics !== undefined });
    }
  }
}
