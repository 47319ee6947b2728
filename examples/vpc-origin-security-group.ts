/**
 * The server side of a CloudFront VPC origin (docs/guides/live-resilience.md): the Ant Media
 * server's security group admits CloudFront's origin-facing addresses on the server's port, and
 * nothing else from outside the VPC.
 */
import { App } from 'cdktf';
import { DataAwsEc2ManagedPrefixList } from '@cdktf/provider-aws/lib/data-aws-ec2-managed-prefix-list';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { VideoCdnStack } from '../modules';

export function buildVpcOriginSecurityGroupExample(
  app: App,
  securityGroupId: string,
  port = 5080,
  id = 'vpc-origin-security-group-example',
): VideoCdnStack {
  const stack = new VideoCdnStack(app, id, { awsRegion: 'eu-west-1' });
  const cloudFront = new DataAwsEc2ManagedPrefixList(stack, 'cloudfront-origin-facing', {
    name: 'com.amazonaws.global.cloudfront.origin-facing',
  });
  new VpcSecurityGroupIngressRule(stack, 'from-cloudfront', {
    securityGroupId,
    prefixListId: cloudFront.id,
    ipProtocol: 'tcp',
    fromPort: port,
    toPort: port,
    description: 'CloudFront VPC origin to Ant Media Server',
  });
  return stack;
}
