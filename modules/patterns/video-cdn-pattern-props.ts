import { VideoDistributionProps } from '../cloudfront/distribution';
import { CustomDomainProps } from '../domain/custom-domain';
import { ObservabilityProps } from '../observability/observability';
import { SettingProblem } from '../validation/value-rule';
import { ViewerAccess } from '../viewer-access/viewer-access';

/** The distribution-wide settings a scenario leaves to its user; the pattern sets the behaviors. */
export type DistributionSettings = Pick<
  VideoDistributionProps,
  'priceClass' | 'httpVersion' | 'enableIpv6' | 'webAclId' | 'geoRestriction' | 'logging' | 'comment' | 'minimumProtocolVersion'
>;

/** What every scenario pattern takes besides its origin: how viewers reach it, and tags. */
export interface VideoCdnPatternProps {
  /**
   * A domain of your own: aliases, an ACM certificate in us-east-1 and DNS records.
   * @default only `<id>.cloudfront.net`
   */
  readonly customDomain?: Omit<CustomDomainProps, 'tags'>;
  /** @default the distribution's defaults (PriceClass_100, HTTP/2 and 3, IPv6, no WAF, no logging) */
  readonly distribution?: DistributionSettings;
  /**
   * Who may play: signed cookies, signed URLs or edge-validated JWTs on every behavior of the
   * distribution except the access's `publicPaths`.
   * @default none: anyone with a URL can play
   */
  readonly viewerAccess?: ViewerAccess;
  /**
   * Access logs, real-time logs with CMCD, alarms and a dashboard of the distribution; each off
   * unless asked (each costs).
   * @default none
   */
  readonly observability?: ObservabilityProps;
  /** Tags on every resource of the pattern that takes them. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Settings a pattern can only apply with a custom domain: the *.cloudfront.net certificate fixes
 * its own TLS policy. For the patterns and the configuration schema alike.
 */
export function customDomainSettingProblems(settings: {
  readonly customDomain?: unknown;
  readonly distribution?: { readonly minimumProtocolVersion?: string } | null;
}): SettingProblem[] {
  if (settings.customDomain !== undefined || settings.distribution?.minimumProtocolVersion === undefined) return [];
  return [
    {
      prop: 'distribution.minimumProtocolVersion',
      problem: 'only applies with a custom domain (the *.cloudfront.net certificate has its own TLS policy, TLSv1)',
      fix: 'Add customDomain, or leave minimumProtocolVersion out.',
    },
  ];
}
