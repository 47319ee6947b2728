/**
 * The resource-policy statement that admits CloudFront to an origin (S3 bucket, MediaStore
 * container, MediaPackage v2 endpoint) only on behalf of the given distributions: Origin Access
 * Control signs as `cloudfront.amazonaws.com`, and `AWS:SourceArn` pins the distribution.
 */
export function cloudFrontReadStatement(
  actions: string | readonly string[],
  resource: string | readonly string[],
  distributionArns: readonly string[],
  extraConditions: Record<string, Record<string, string>> = {},
): Record<string, unknown> {
  return {
    Sid: 'AllowCloudFrontServicePrincipalReadOnly',
    Effect: 'Allow',
    Principal: { Service: 'cloudfront.amazonaws.com' },
    Action: typeof actions === 'string' ? actions : [...actions],
    Resource: typeof resource === 'string' ? resource : [...resource],
    Condition: { StringEquals: { 'AWS:SourceArn': [...distributionArns] }, ...extraConditions },
  };
}
