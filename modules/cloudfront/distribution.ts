import {
  CloudfrontDistribution,
  CloudfrontDistributionOrderedCacheBehavior,
  CloudfrontDistributionOrigin,
  CloudfrontDistributionViewerCertificate,
} from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { Construct } from 'constructs';
import { BehaviorOptions } from './behavior-options';
import { IEdgeCertificate } from '../domain/certificate';
import { DEFAULT_MAX_CACHE_BEHAVIORS, HttpVersion, PriceClass, SecurityPolicyProtocol } from './distribution-settings';
import { ErrorResponse, renderErrorResponses } from './error-responses';
import { invalid } from '../private/invalid';
import { GeoRestriction } from './geo-restriction';
import { MAX_DISTRIBUTION_COMMENT_BYTES, utf8Length } from '../private/distribution-comment';
import { canonicalDomain, certificateNameCovers, checkDomainName } from '../private/domain-names';
import { checkPathPattern } from '../private/path-pattern';
import { renderBehavior } from '../private/render-behavior';
import { isUnresolved } from '../private/tokens';
import { checkGlobalWebAcl } from '../private/web-acl';
import { IVideoOrigin, OriginBinding } from '../origins/origin';

/** Standard (access) logging to an S3 bucket. Costs storage; off unless asked. */
export interface DistributionLogging {
  /** `<bucket>.s3.amazonaws.com`; the bucket needs ACLs enabled for log delivery. */
  readonly bucketDomainName: string;
  /** @default no prefix */
  readonly prefix?: string;
  /** @default false */
  readonly includeCookies?: boolean;
}

export interface VideoDistributionProps {
  /** The behavior for every request no path pattern matches. */
  readonly defaultBehavior: BehaviorOptions;
  /**
   * More behaviors, keyed by path pattern (`*.m3u8`, `/live/*`). CloudFront tries them in this
   * order before the default behavior. More can be added with `addBehavior`.
   * @default none
   */
  readonly additionalBehaviors?: Readonly<Record<string, BehaviorOptions>>;
  /** @default none: CloudFront's defaults (errors cached 10 s) */
  readonly errorResponses?: readonly ErrorResponse[];
  /** @default PriceClass.PRICE_CLASS_100 (cheapest) */
  readonly priceClass?: PriceClass;
  /**
   * ARN of a global-scope (CLOUDFRONT) WAFv2 web ACL.
   * @default no WAF
   */
  readonly webAclId?: string;
  /** @default no geo restriction */
  readonly geoRestriction?: GeoRestriction;
  /** @default HttpVersion.HTTP2_AND_3 */
  readonly httpVersion?: HttpVersion;
  /** @default true */
  readonly enableIpv6?: boolean;
  /**
   * Alternate domain names (CNAMEs) viewers use; they need `certificate`.
   * @default none: only `<id>.cloudfront.net`
   */
  readonly domainNames?: readonly string[];
  /** Certificate in us-east-1 covering every alias. @default the *.cloudfront.net certificate */
  readonly certificate?: IEdgeCertificate;
  /** Viewer TLS floor with a custom certificate. @default SecurityPolicyProtocol.TLS_V1_2_2021 */
  readonly minimumProtocolVersion?: SecurityPolicyProtocol;
  /** @default logging off */
  readonly logging?: DistributionLogging;
  /** @default no default root object (video paths are explicit) */
  readonly defaultRootObject?: string;
  /** @default no comment */
  readonly comment?: string;
  /** @default none */
  readonly tags?: Readonly<Record<string, string>>;
  /** @default true */
  readonly enabled?: boolean;
  /**
   * The account's cache behavior quota, if AWS raised it.
   * @default 75
   */
  readonly maxCacheBehaviors?: number;
}

/** A CloudFront distribution with secure, cheap, video-correct defaults. */
export class VideoDistribution extends Construct {
  public readonly distributionId: string;
  public readonly distributionArn: string;
  /** `<id>.cloudfront.net`: the CNAME target for every alias. */
  public readonly domainName: string;
  /** Route 53 zone id for alias records (Z2FDTNDATAQYW2). */
  public readonly hostedZoneId: string;
  /** The aliases, as given. */
  public readonly aliases: readonly string[];
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontDistribution;

  private readonly originIds = new Map<IVideoOrigin, string>();
  private readonly origins: CloudfrontDistributionOrigin[] = [];
  private readonly orderedBehaviors: CloudfrontDistributionOrderedCacheBehavior[] = [];
  private readonly pathPatterns = new Map<string, string>();
  private readonly maxCacheBehaviors: number;

  constructor(scope: Construct, id: string, props: VideoDistributionProps) {
    super(scope, id);
    this.maxCacheBehaviors = props.maxCacheBehaviors ?? DEFAULT_MAX_CACHE_BEHAVIORS;
    if (!Number.isInteger(this.maxCacheBehaviors) || this.maxCacheBehaviors < 1) {
      invalid(
        'maxCacheBehaviors',
        'must be a positive whole number',
        props.maxCacheBehaviors,
        'Leave it at 75 unless AWS raised your quota.',
      );
    }
    checkGlobalWebAcl(props.webAclId);
    if (props.comment !== undefined && !isUnresolved(props.comment) && utf8Length(props.comment) > MAX_DISTRIBUTION_COMMENT_BYTES) {
      invalid(
        'comment',
        `is ${utf8Length(props.comment)} bytes long in UTF-8, above CloudFront's ${MAX_DISTRIBUTION_COMMENT_BYTES}`,
        props.comment,
        'Shorten it (letters outside ASCII count 2-4 bytes each).',
      );
    }
    this.aliases = props.domainNames ? [...props.domainNames] : [];
    const viewerCertificate = renderViewerCertificate(this.aliases, props.certificate, props.minimumProtocolVersion);

    const pendingCallbacks: OriginBinding['onDistributionCreated'][] = [];
    const defaultOriginId = this.bindOrigin(props.defaultBehavior.origin, pendingCallbacks);
    const restriction = props.geoRestriction ?? GeoRestriction.none();

    this.resource = new CloudfrontDistribution(this, 'Resource', {
      enabled: props.enabled ?? true,
      comment: props.comment,
      priceClass: props.priceClass ?? PriceClass.PRICE_CLASS_100,
      httpVersion: props.httpVersion ?? HttpVersion.HTTP2_AND_3,
      isIpv6Enabled: props.enableIpv6 ?? true,
      webAclId: props.webAclId,
      aliases: this.aliases.length > 0 ? [...this.aliases] : undefined,
      defaultRootObject: props.defaultRootObject,
      origin: this.origins,
      defaultCacheBehavior: renderBehavior(props.defaultBehavior, defaultOriginId, 'defaultBehavior'),
      customErrorResponse: props.errorResponses ? renderErrorResponses(props.errorResponses) : undefined,
      restrictions: {
        geoRestriction: {
          restrictionType: restriction.restrictionType,
          locations: restriction.locations.length > 0 ? [...restriction.locations] : undefined,
        },
      },
      viewerCertificate,
      loggingConfig: props.logging && {
        bucket: props.logging.bucketDomainName,
        prefix: props.logging.prefix,
        includeCookies: props.logging.includeCookies ?? false,
      },
      tags: props.tags ? { ...props.tags } : undefined,
    });
    this.distributionId = this.resource.id;
    this.distributionArn = this.resource.arn;
    this.domainName = this.resource.domainName;
    this.hostedZoneId = this.resource.hostedZoneId;

    for (const callback of pendingCallbacks) callback?.(this);
    for (const [pathPattern, behavior] of Object.entries(props.additionalBehaviors ?? {})) {
      this.addBehavior(pathPattern, behavior);
    }
  }

  /** Adds a behavior after the ones already there (CloudFront matches them in order). */
  public addBehavior(pathPattern: string, behavior: BehaviorOptions): void {
    const key = checkPathPattern(pathPattern);
    const clash = this.pathPatterns.get(key);
    if (clash !== undefined) {
      invalid(
        'pathPattern',
        `is already used by another behavior ("${clash}")`,
        pathPattern,
        'Give each behavior its own pattern, e.g. scope it to the origin path (/hls/*.m3u8).',
      );
    }
    if (this.orderedBehaviors.length + 2 > this.maxCacheBehaviors) {
      invalid(
        'additionalBehaviors',
        `would make ${this.orderedBehaviors.length + 2} cache behaviors, above the quota of ${this.maxCacheBehaviors}`,
        pathPattern,
        'Merge patterns, split the distribution, or set maxCacheBehaviors after AWS raises your quota.',
      );
    }
    const callbacks: OriginBinding['onDistributionCreated'][] = [];
    const originId = this.bindOrigin(behavior.origin, callbacks);
    this.pathPatterns.set(key, pathPattern);
    this.orderedBehaviors.push({ pathPattern, ...renderBehavior(behavior, originId, `additionalBehaviors["${pathPattern}"]`) });
    this.resource.putOrderedCacheBehavior(this.orderedBehaviors);
    this.resource.putOrigin(this.origins);
    for (const callback of callbacks) callback?.(this);
  }

  /** The id of an origin this distribution already routes to. */
  public originIdOf(origin: IVideoOrigin): string | undefined {
    return this.originIds.get(origin);
  }

  private bindOrigin(origin: IVideoOrigin, callbacks: OriginBinding['onDistributionCreated'][]): string {
    const known = this.originIds.get(origin);
    if (known !== undefined) return known;
    const originId = origin.originId ?? `origin-${this.originIds.size + 1}`;
    if (this.origins.some((existing) => existing.originId === originId)) {
      invalid('originId', 'is used by two different origins', originId, 'Give each origin its own originId.');
    }
    const binding = origin.bind(this, { originId });
    this.originIds.set(origin, originId);
    this.origins.push(binding.originConfig);
    callbacks.push(binding.onDistributionCreated);
    return originId;
  }
}

function renderViewerCertificate(
  aliases: readonly string[],
  certificate: IEdgeCertificate | undefined,
  minimumProtocolVersion: SecurityPolicyProtocol | undefined,
): CloudfrontDistributionViewerCertificate {
  aliases.forEach((alias) => checkDomainName('domainNames', alias, true));
  const duplicate = aliases.find(
    (alias, index) => aliases.findIndex((other) => canonicalDomain(other) === canonicalDomain(alias)) !== index,
  );
  if (duplicate !== undefined) invalid('domainNames', `lists "${duplicate}" twice`, aliases, 'List each alias once.');
  if (aliases.length > 100)
    invalid(
      'domainNames',
      `has ${aliases.length} aliases, above CloudFront's 100`,
      aliases.length,
      'Use a wildcard alias or split the distribution.',
    );
  if (!certificate) {
    if (aliases.length > 0) {
      invalid(
        'certificate',
        'is missing but domainNames are set',
        aliases,
        'Pass an EdgeCertificate (or EdgeCertificate.fromCertificateArn) covering every alias: CloudFront needs one for custom domains.',
      );
    }
    if (minimumProtocolVersion !== undefined) {
      invalid(
        'minimumProtocolVersion',
        'only applies with a custom certificate',
        minimumProtocolVersion,
        'Add domainNames and a certificate, or leave it out (the *.cloudfront.net certificate fixes it).',
      );
    }
    return { cloudfrontDefaultCertificate: true };
  }
  if (aliases.length === 0) {
    invalid(
      'domainNames',
      'is empty but a certificate is set',
      aliases,
      'List the aliases the certificate is for, or drop the certificate.',
    );
  }
  const certificateNames = certificate.domainNames;
  if (certificateNames && !certificateNames.some(isUnresolved)) {
    for (const alias of aliases) {
      if (isUnresolved(alias)) continue;
      if (!certificateNames.some((name) => certificateNameCovers(name, alias))) {
        invalid(
          'domainNames',
          `contains an alias the certificate does not cover (it covers ${certificateNames.join(', ')})`,
          alias,
          'Add the alias to the certificate (a wildcard covers exactly one label) or remove it.',
        );
      }
    }
  }
  return {
    acmCertificateArn: certificate.certificateArn,
    sslSupportMethod: 'sni-only',
    minimumProtocolVersion: minimumProtocolVersion ?? SecurityPolicyProtocol.TLS_V1_2_2021,
  };
}
