import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { Construct } from 'constructs';
import { DistributionReference } from '../origins/origin';
import { uniqueResourceName } from '../private/names';
import { usEast1 } from '../private/us-east-1-provider';
import { CLOUDFRONT_METRICS_NAMESPACE } from './cloudfront-metrics';

export interface VideoCdnDashboardProps {
  readonly distribution: DistributionReference;
  /** Add the cache hit rate and origin latency graphs (they need the additional metrics subscription). @default false */
  readonly additionalMetrics?: boolean;
}

/** A CloudWatch dashboard of one distribution: requests, bytes, error rates, and with additional metrics the hit rate and origin latency. */
export class VideoCdnDashboard extends Construct {
  public readonly resource: CloudwatchDashboard;

  constructor(scope: Construct, id: string, props: VideoCdnDashboardProps) {
    super(scope, id);
    const distributionId = props.distribution.distributionId;
    const metric = (name: string, stat: string) => [
      CLOUDFRONT_METRICS_NAMESPACE,
      name,
      'Region',
      'Global',
      'DistributionId',
      distributionId,
      { stat },
    ];
    const graph = (title: string, metrics: unknown[][], index: number, unit?: string) => ({
      type: 'metric',
      x: (index % 2) * 12,
      y: Math.floor(index / 2) * 6,
      width: 12,
      height: 6,
      properties: {
        title,
        region: 'us-east-1',
        view: 'timeSeries',
        period: 60,
        metrics,
        ...(unit ? { yAxis: { left: { label: unit } } } : {}),
      },
    });
    const graphs: Array<[string, unknown[][], string?]> = [
      ['Requests', [metric('Requests', 'Sum')]],
      ['Bytes downloaded', [metric('BytesDownloaded', 'Sum')], 'bytes'],
      ['Error rates (%)', [metric('4xxErrorRate', 'Average'), metric('5xxErrorRate', 'Average'), metric('TotalErrorRate', 'Average')], '%'],
      ...(props.additionalMetrics
        ? ([
            ['Cache hit rate (%)', [metric('CacheHitRate', 'Average')], '%'],
            ['Origin latency (ms)', [metric('OriginLatency', 'p50'), metric('OriginLatency', 'p90'), metric('OriginLatency', 'p99')], 'ms'],
          ] as Array<[string, unknown[][], string?]>)
        : []),
    ];
    const east = usEast1(this);
    this.resource = east.place(
      new CloudwatchDashboard(this, 'Resource', {
        ...east.config,
        dashboardName: uniqueResourceName(this, 255),
        dashboardBody: JSON.stringify({ widgets: graphs.map(([title, metrics, unit], index) => graph(title, metrics, index, unit)) }),
      }),
    );
  }
}
