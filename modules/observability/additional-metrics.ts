import { CloudfrontMonitoringSubscription } from '@cdktf/provider-aws/lib/cloudfront-monitoring-subscription';
import { Construct } from 'constructs';
import { DistributionReference } from '../origins/origin';

/**
 * CloudFront's additional metrics for a distribution (cache hit rate, origin latency, error rates
 * per status code), published each minute: a paid subscription, billed as CloudWatch metrics.
 */
export class AdditionalMetrics extends Construct {
  public readonly resource: CloudfrontMonitoringSubscription;

  constructor(scope: Construct, id: string, props: { readonly distribution: DistributionReference }) {
    super(scope, id);
    this.resource = new CloudfrontMonitoringSubscription(this, 'Resource', {
      distributionId: props.distribution.distributionId,
      monitoringSubscription: { realtimeMetricsSubscriptionConfig: { realtimeMetricsSubscriptionStatus: 'Enabled' } },
    });
  }
}
