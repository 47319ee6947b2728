import {
  CloudfrontDistribution,
  CloudfrontDistributionConfig,
  CloudfrontDistributionDefaultCacheBehavior,
  CloudfrontDistributionOrigin,
} from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { TerraformStack } from 'cdktf';
import { PolicyChecks, PolicyEvaluation } from '../../modules/checks/policy-checks';
import { PolicyRule } from '../../modules/checks/rule';

/** Hosts of the origin kinds the rules recognise. */
export const HOSTS = {
  mediaPackage: 'c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com',
  mediaPackageV2: 'abcde1.egress.fghij2.mediapackagev2.eu-west-1.amazonaws.com',
  mediaStore: 'abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com',
  mkio: 'production.westeurope.streaming.mediakind.com',
  s3: 'media-bucket.s3.eu-west-1.amazonaws.com',
  s3Website: 'media-bucket.s3-website-eu-west-1.amazonaws.com',
  cloudFront: 'd111111abcdef8.cloudfront.net',
  loadBalancer: 'video-alb-1234567890.eu-west-1.elb.amazonaws.com',
  ownServer: 'ams.example.com',
} as const;

export const CERTIFICATE_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0f6a8b2c-1d3e-4f5a-8b9c-0d1e2f3a4b5c';

/** What one rule said about the resources of a stack, one entry per resource of its types. */
export function evaluate(rule: PolicyRule, stack: TerraformStack): PolicyEvaluation[] {
  return PolicyChecks.evaluate(stack, [rule]);
}

/** The rule's verdict on the only resource of its types in the stack. */
export function onlyVerdict(rule: PolicyRule, stack: TerraformStack): PolicyEvaluation {
  const all = evaluate(rule, stack);
  if (all.length !== 1) throw new Error(`expected ${rule.id} to evaluate one resource, it evaluated ${all.length}`);
  return all[0];
}

/** An HTTPS custom origin block, in the provider's shape. */
export function customOrigin(
  originId: string,
  domainName: string,
  extra: Partial<CloudfrontDistributionOrigin> = {},
): CloudfrontDistributionOrigin {
  return {
    originId,
    domainName,
    customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
    ...extra,
  };
}

/** A behavior block with the required settings and a caching policy. */
export function behavior(
  targetOriginId: string,
  extra: Partial<CloudfrontDistributionDefaultCacheBehavior> = {},
): CloudfrontDistributionDefaultCacheBehavior {
  return {
    targetOriginId,
    allowedMethods: ['GET', 'HEAD'],
    cachedMethods: ['GET', 'HEAD'],
    viewerProtocolPolicy: 'redirect-to-https',
    cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    ...extra,
  };
}

/** A raw `aws_cloudfront_distribution` (no library defaults): one origin, its default behavior, the default certificate. */
export function rawDistribution(
  stack: TerraformStack,
  id: string,
  props: Partial<CloudfrontDistributionConfig> = {},
): CloudfrontDistribution {
  const origin = customOrigin('origin', HOSTS.mediaPackage);
  return new CloudfrontDistribution(stack, id, {
    enabled: true,
    origin: [origin],
    defaultCacheBehavior: behavior('origin'),
    restrictions: { geoRestriction: { restrictionType: 'none' } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
    ...props,
  });
}
