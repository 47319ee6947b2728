/**
 * Schema fragments every scenario section shares (custom domain, distribution settings,
 * backend), and their mapping to library props.
 */
import { z } from 'zod';
import { backendSchema } from './backend';
import { domainName, exactDomainName, hostedZoneId, tags, terraformText } from './primitives';
import {
  countriesProblem,
  countryCodeProblem,
  aliasesProblem,
  distributionCommentProblem,
  DnsRecordType,
  edgeCertificateArnProblem,
  GeoRestriction,
  globalWebAclArnProblem,
  HttpVersion,
  PriceClass,
  SecurityPolicyProtocol,
  DistributionSettings,
  PatternStagingProps,
  VideoCdnPatternProps,
} from '../modules';
import { satisfying } from './rules';
import { observability, ObservabilityConfig, observabilitySchema } from './observability';
import { viewerAccess, ViewerAccessConfig, viewerAccessSchema } from './viewer-access';

export * from './primitives';

export const customDomainSchema = z
  .strictObject({
    domainName: domainName.describe('Viewer-facing host, e.g. video.example.com.'),
    subjectAlternativeNames: z
      .array(domainName)
      .max(99)
      .optional()
      .describe('More aliases on the same distribution and certificate (wildcards cover one label).'),
    hostedZoneId: hostedZoneId
      .optional()
      .describe(
        'Route 53 zone for certificate validation and the alias records. Without it, validation records and the CNAME target are Terraform outputs.',
      ),
    zoneName: exactDomainName.optional().describe('The zone name, to catch a CNAME at the zone apex at synth.'),
    recordType: z
      .enum(['CNAME', 'ALIAS'])
      .optional()
      .describe('CNAME per alias (default), or Route 53 alias A/AAAA records (required at a zone apex).'),
    certificateArn: satisfying(z.string(), edgeCertificateArnProblem)
      .optional()
      .describe('Reuse this us-east-1 certificate instead of requesting a DNS-validated one.'),
  })
  .superRefine((domain, ctx) => {
    const found = aliasesProblem([domain.domainName, ...(domain.subjectAlternativeNames ?? [])]);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        path: ['subjectAlternativeNames'],
        message: found.problem,
        params: { fix: found.fix },
        input: domain.subjectAlternativeNames,
      });
    }
  });
export type CustomDomainConfig = z.infer<typeof customDomainSchema>;

/** Distribution settings any scenario can set. */
export const distributionSchema = z.strictObject({
  priceClass: z.enum(PriceClass).optional().describe('Edge locations used. Default PriceClass_100 (cheapest).'),
  httpVersion: z.enum(HttpVersion).optional().describe('Default http2and3.'),
  enableIpv6: z.boolean().optional().describe('Default true.'),
  webAclId: satisfying(z.string(), globalWebAclArnProblem).optional().describe('ARN of a global-scope WAFv2 web ACL. Default: no WAF.'),
  minimumProtocolVersion: z
    .enum([SecurityPolicyProtocol.TLS_V1_2_2021, SecurityPolicyProtocol.TLS_V1_2_2025, SecurityPolicyProtocol.TLS_V1_3_2025])
    .optional()
    .describe(
      'Oldest TLS viewers may use on the custom domain (needs customDomain). TLSv1.3_2025 refuses players without TLS 1.3 (older smart TVs, set-top boxes). Default TLSv1.2_2021.',
    ),
  geoRestriction: z
    .strictObject({
      type: z
        .enum(['allowlist', 'denylist'])
        .describe('allowlist: only viewers in the listed countries can play; denylist: viewers in the listed countries are refused.'),
      countries: satisfying(z.array(satisfying(z.string(), countryCodeProblem)), countriesProblem).describe(
        'The countries the restriction names, as upper-case ISO 3166-1 alpha-2 codes like US or DE.',
      ),
    })
    .optional()
    .describe('Allow or deny viewers by country (ISO 3166-1 alpha-2). Default: no restriction.'),
  logging: z
    .strictObject({
      bucketDomainName: z
        .string()
        .regex(/^[a-z0-9.-]+\.s3(\.[a-z0-9-]+)?\.amazonaws\.com$/, 'must be a bucket domain like logs.s3.amazonaws.com')
        .describe(
          'Domain of the S3 bucket that receives the logs, like logs.s3.amazonaws.com; the bucket needs ACLs enabled for log delivery.',
        ),
      prefix: terraformText.optional().describe('Key prefix of the log files in the bucket, like cdn-logs/. Default: no prefix.'),
      includeCookies: z.boolean().optional().describe('Write viewer request cookies into the logs. Default false.'),
    })
    .optional()
    .describe('Standard access logs to an S3 bucket (costs storage). Default: off.'),
  comment: satisfying(terraformText, distributionCommentProblem).optional().describe('Distribution comment shown in the console.'),
});
export type DistributionConfig = z.infer<typeof distributionSchema>;

/** Every scenario section starts with these keys. */
export const scenarioBase = {
  enabled: z.boolean().default(true).describe('Synthesize this stack.'),
  backend: backendSchema.optional().describe("This stack's state backend. Default: the top-level backend, else local."),
  customDomain: customDomainSchema
    .optional()
    .describe('Alias, ACM certificate in us-east-1 and DNS records. Default: only <id>.cloudfront.net.'),
  distribution: distributionSchema.optional().describe('Distribution-wide settings.'),
  viewerAccess: viewerAccessSchema.optional(),
  observability: observabilitySchema.optional(),
  tags: tags.optional().describe("Tags on this stack's resources."),
};

/** The custom domain of a section, as a pattern takes it. */
export function customDomainProps(config: CustomDomainConfig | undefined): VideoCdnPatternProps['customDomain'] {
  return config && { ...config, recordType: config.recordType === 'ALIAS' ? DnsRecordType.ALIAS : DnsRecordType.CNAME };
}

/** The distribution settings of a section, as a pattern takes them. */
export function distributionSettings(config: DistributionConfig | undefined): DistributionSettings | undefined {
  if (!config) return undefined;
  const { geoRestriction: geo, ...settings } = config;
  return {
    ...settings,
    geoRestriction:
      geo && (geo.type === 'allowlist' ? GeoRestriction.allowlist(...geo.countries) : GeoRestriction.denylist(...geo.countries)),
  };
}

/** The keys every section shares and the stack maps, not the pattern. */
interface SharedSectionKeys {
  readonly enabled: boolean;
  readonly backend?: unknown;
  readonly customDomain?: CustomDomainConfig;
  readonly distribution?: DistributionConfig;
  readonly viewerAccess?: ViewerAccessConfig;
  readonly observability?: ObservabilityConfig;
}

/** A section's `staging`, whose `primary` may hold a distribution and a viewer access of its own. */
interface StagingConfig {
  readonly primary?: { readonly distribution?: DistributionConfig | null; readonly viewerAccess?: ViewerAccessConfig | null };
}

/** A section as a pattern takes it. */
export type PatternPropsOf<T> = Omit<T, keyof SharedSectionKeys | 'staging'> &
  Pick<VideoCdnPatternProps, 'customDomain' | 'distribution' | 'viewerAccess' | 'observability'> & {
    staging?: PatternStagingProps<object>;
  };

/**
 * A section as a pattern takes it: its own settings as they are, the shared blocks mapped to the
 * library's props (also in `staging.primary`), the app-only keys (enabled, backend) left out.
 */
export function patternProps<T extends SharedSectionKeys & { staging?: StagingConfig }>(section: T): PatternPropsOf<T> {
  const {
    enabled: _enabled,
    backend: _backend,
    customDomain,
    distribution,
    viewerAccess: access,
    observability: signals,
    staging,
    ...settings
  } = section;
  const mapped = {
    observability: observability(signals),
    customDomain: customDomainProps(customDomain),
    distribution: distributionSettings(distribution),
    viewerAccess: viewerAccess(access),
    staging: staging && { ...staging, primary: staging.primary && stagedPrimary(staging.primary) },
  };
  return { ...settings, ...mapped } as PatternPropsOf<T>;
}

/** `staging.primary` as a pattern takes it: its blocks mapped like the section's own. */
function stagedPrimary(primary: NonNullable<StagingConfig['primary']>): object {
  const { distribution, viewerAccess: access, ...settings } = primary;
  return {
    // null in the file: the setting is not set on the primary.
    ...Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, value === null ? undefined : value])),
    ...(distribution !== undefined && { distribution: distributionSettings(distribution ?? undefined) }),
    ...(access !== undefined && { viewerAccess: viewerAccess(access ?? undefined) }),
  };
}
