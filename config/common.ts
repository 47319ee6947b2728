/**
 * Schema fragments every scenario section shares (custom domain, distribution settings,
 * backend), and their mapping to library props.
 */
import { z } from 'zod';
import { backendSchema } from './backend';
import { domainName, hostedZoneId, tags } from './primitives';
import {
  CustomDomainProps,
  DnsRecordType,
  GeoRestriction,
  HttpVersion,
  PriceClass,
  VideoDistributionProps,
} from '../modules';

export * from './primitives';

export const customDomainSchema = z.strictObject({
  domainName: domainName,
  subjectAlternativeNames: z.array(domainName).max(99).optional(),
  hostedZoneId: hostedZoneId.optional(),
  zoneName: domainName.optional(),
  recordType: z.enum(['CNAME', 'ALIAS']).optional(),
  certificateArn: z
    .string()
    .regex(/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[A-Za-z0-9-]+$/, 'must be an ACM certificate ARN in us-east-1 (CloudFront accepts no other region)')
    .optional(),
});
export type CustomDomainConfig = z.infer<typeof customDomainSchema>;

/** Distribution settings any scenario can set. */
export const distributionSchema = z.strictObject({
  priceClass: z.enum(PriceClass).optional(),
  httpVersion: z.enum(HttpVersion).optional(),
  enableIpv6: z.boolean().optional(),
  webAclId: z
    .string()
    .regex(/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[^/]+\/[^/]+$/, 'must be the ARN of a global-scope (CLOUDFRONT) WAFv2 web ACL in us-east-1')
    .optional(),
  geoRestriction: z
    .strictObject({
      type: z.enum(['allowlist', 'denylist']),
      countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like US')).min(1),
    })
    .optional(),
  logging: z
    .strictObject({
      bucketDomainName: z.string().regex(/^[a-z0-9.-]+\.s3(\.[a-z0-9-]+)?\.amazonaws\.com$/, 'must be a bucket domain like logs.s3.amazonaws.com'),
      prefix: z.string().optional(),
      includeCookies: z.boolean().optional(),
    })
    .optional(),
  comment: z.string().max(128).optional(),
});
export type DistributionConfig = z.infer<typeof distributionSchema>;

/** Every scenario section starts with these keys. */
export const scenarioBase = {
  enabled: z.boolean().default(true),
  /** This stack's state backend. Default: the top-level backend, else local. */
  backend: backendSchema.optional(),
  customDomain: customDomainSchema.optional(),
  distribution: distributionSchema.optional(),
  tags: tags.optional(),
};

export function customDomainProps(config: CustomDomainConfig, tagValues?: Record<string, string>): CustomDomainProps {
  return {
    ...config,
    recordType: config.recordType === 'ALIAS' ? DnsRecordType.ALIAS : DnsRecordType.CNAME,
    tags: tagValues,
  };
}

/** Maps the distribution section to the construct props it covers. */
export function distributionProps(
  config: DistributionConfig | undefined,
): Pick<VideoDistributionProps, 'priceClass' | 'httpVersion' | 'enableIpv6' | 'webAclId' | 'geoRestriction' | 'logging' | 'comment'> {
  if (!config) return {};
  const geo = config.geoRestriction;
  return {
    priceClass: config.priceClass,
    httpVersion: config.httpVersion,
    enableIpv6: config.enableIpv6,
    webAclId: config.webAclId,
    geoRestriction: geo && (geo.type === 'allowlist' ? GeoRestriction.allowlist(...geo.countries) : GeoRestriction.denylist(...geo.countries)),
    logging: config.logging,
    comment: config.comment,
  };
}
