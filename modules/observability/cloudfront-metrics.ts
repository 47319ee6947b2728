/**
 * CloudFront's metrics in CloudWatch: namespace `AWS/CloudFront`, in us-east-1 only, with the
 * dimensions `DistributionId` and `Region = Global`. CloudWatch matches the full dimension set, so a
 * query without `Region` finds nothing.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html
 */
export const CLOUDFRONT_METRICS_NAMESPACE = 'AWS/CloudFront';

/** The dimensions of a distribution's metrics. */
export function distributionDimensions(distributionId: string): Record<string, string> {
  return { DistributionId: distributionId, Region: 'Global' };
}

/** Metrics published only with the additional metrics subscription (`aws_cloudfront_monitoring_subscription`). */
export const ADDITIONAL_METRICS: readonly string[] = [
  'CacheHitRate',
  'OriginLatency',
  '401ErrorRate',
  '403ErrorRate',
  '404ErrorRate',
  '502ErrorRate',
  '503ErrorRate',
  '504ErrorRate',
];
