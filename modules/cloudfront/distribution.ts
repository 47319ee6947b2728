import {
  CloudfrontDistribution,
  CloudfrontDistributionDefaultCacheBehavior,
  cloudfrontDistributionOrderedCacheBehaviorToTerraform,
  CloudfrontDistributionOrderedCacheBehavior,
  CloudfrontDistributionOrigin,
  CloudfrontDistributionOriginGroup,
  cloudfrontDistributionOriginGroupToTerraform,
  cloudfrontDistributionOriginToTerraform,
  CloudfrontDistributionViewerCertificate,
} from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { requireOneAwsBinding } from '../stack/one-aws-binding';
import { IEdgeCertificate } from '../domain/certificate';
import { DistributionReference, IVideoOrigin } from '../origins/origin';
import { checkEach, checkValue } from '../private/check-value';
import { certificateNameCovers } from '../private/domain-names';
import { renderErrorResponses } from '../private/error-response-blocks';
import { isAclLessBucketDomain } from '../private/acl-less-buckets';
import { invalid } from '../private/invalid';
import { pathPatternCovers, pathPatternKey, pathPatternsOverlap } from '../private/path-pattern';
import { renderBehavior } from '../private/render-behavior';
import { tagsBlock } from '../private/tags';
import { isUnresolved } from '../private/tokens';
import { globalWebAclArnProblem } from '../validation/aws-identifiers';
import { MAX_ORIGIN_GROUPS_PER_DISTRIBUTION } from '../validation/origin-group';
import { OriginGroup } from '../origins/origin-group';
import { distributionCommentProblem } from '../validation/distribution-comment';
import { aliasesProblem, domainNameProblem } from '../validation/domain-name';
import { pathPatternProblem } from '../validation/paths';
import { ViewerAccess, ViewerAccessBinding } from '../viewer-access/viewer-access';
import { BehaviorOptions } from './behavior-options';
import { DEFAULT_MAX_CACHE_BEHAVIORS, HttpVersion, PriceClass, SecurityPolicyProtocol } from './distribution-settings';
import { AllowedMethods } from './http-methods';
import { selectsManifestsOrPagesOnly } from './video-path-patterns';
import { ErrorResponse } from './error-responses';
import { GeoRestriction } from './geo-restriction';

/** Standard (access) logging to an S3 bucket. Costs storage; off unless asked. */
export interface DistributionLogging {
  /**
   * `<bucket>.s3.amazonaws.com`; the bucket needs ACLs enabled for this legacy (v1) delivery, so a
   * `PrivateBucket` is refused: use `AccessLogs` (standard logging v2) for those.
   */
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
  /**
   * Who may play: every behavior (also those added later) requires it, except the access's
   * `publicPaths`, each served by a behavior of its own, first in order, configured like the
   * behavior that would otherwise serve it but without the protection.
   * @default none: anyone with a URL can play
   */
  readonly viewerAccess?: ViewerAccess;
  /**
   * A staging distribution for continuous deployment (`ContinuousDeployment`): no aliases (it
   * keeps the primary's certificate), reached only through the primary's continuous deployment
   * policy.
   * @default false
   */
  readonly staging?: boolean;
}

/**
 * The settings of a distribution CloudFront does not let a staging copy change (continuous
 * deployment), as rendered: `ContinuousDeployment` compares them.
 */
export interface FixedDistributionSettings {
  readonly enabled: boolean;
  readonly priceClass: string;
  readonly httpVersion: string;
  readonly enableIpv6: boolean;
  readonly webAclId?: string;
  readonly certificateArn?: string;
  readonly minimumProtocolVersion?: string;
}

/** A behavior as given, with its path pattern (`*` for the default behavior). */
interface BehaviorEntry {
  readonly pathPattern: string;
  readonly options: BehaviorOptions;
}

/**
 * A CloudFront distribution with secure, cheap, video-correct defaults.
 *
 * Origins are bound when a behavior first uses them, after the distribution resource exists, so
 * an origin can scope its resource policy to this distribution's ARN at once; the origin and
 * behavior lists are rendered at synth, after every `addBehavior`.
 */
export class VideoDistribution extends Construct implements DistributionReference {
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
  /** Whether this is a staging distribution. */
  public readonly staging: boolean;
  /** What a staging copy must keep as the primary has it. */
  public readonly fixedSettings: FixedDistributionSettings;
  /** The key group or token check behind `viewerAccess`, when it is set. */
  public readonly viewerAccess?: ViewerAccessBinding;

  private readonly publicPaths: readonly string[];
  private realtimeLogs?: { readonly configArn: string; readonly manifestConfigArn?: string };
  private readonly behaviors: BehaviorEntry[] = [];
  private readonly originIds = new Map<IVideoOrigin, string>();
  private readonly origins: CloudfrontDistributionOrigin[] = [];
  private readonly originGroups: CloudfrontDistributionOriginGroup[] = [];
  private readonly boundOriginIds = new Set<string>();
  private readonly pathPatterns = new Map<string, string>();
  private readonly maxCacheBehaviors: number;

  constructor(scope: Construct, id: string, props: VideoDistributionProps) {
    super(scope, id);
    requireOneAwsBinding(TerraformStack.of(this));
    this.maxCacheBehaviors = props.maxCacheBehaviors ?? DEFAULT_MAX_CACHE_BEHAVIORS;
    if (!Number.isInteger(this.maxCacheBehaviors) || this.maxCacheBehaviors < 1) {
      invalid(
        'maxCacheBehaviors',
        'must be a positive whole number',
        props.maxCacheBehaviors,
        'Leave it at 75 unless AWS raised your quota.',
      );
    }
    checkValue('webAclId', props.webAclId, globalWebAclArnProblem);
    checkValue('comment', props.comment, distributionCommentProblem);
    if (props.logging && isAclLessBucketDomain(props.logging.bucketDomainName)) {
      invalid(
        'logging.bucketDomainName',
        'is a PrivateBucket, whose ACLs are off (BucketOwnerEnforced), and legacy logging delivers log files by ACL: the apply would fail',
        '(a PrivateBucket domain name)',
        'Use standard logging v2 (AccessLogs, or observability.accessLogs in a pattern), which needs no ACLs, or a bucket with ACLs enabled.',
      );
    }
    this.aliases = props.domainNames ? [...props.domainNames] : [];
    this.staging = props.staging ?? false;
    if (this.staging && this.aliases.length > 0) {
      invalid(
        'domainNames',
        'is set on a staging distribution, which viewers reach only through its primary',
        this.aliases,
        "Leave the aliases on the primary; pass the primary's certificate alone.",
      );
    }
    const viewerCertificate = renderViewerCertificate(this.aliases, props.certificate, props.minimumProtocolVersion, this.staging);
    const restriction = props.geoRestriction ?? GeoRestriction.none();
    this.viewerAccess = props.viewerAccess?.bind(this);
    this.publicPaths = props.viewerAccess?.publicPaths ?? [];
    const defaultBehavior: BehaviorEntry = { pathPattern: '*', options: props.defaultBehavior };
    this.behaviors.push(defaultBehavior);

    this.fixedSettings = {
      enabled: props.enabled ?? true,
      priceClass: props.priceClass ?? PriceClass.PRICE_CLASS_100,
      httpVersion: props.httpVersion ?? HttpVersion.HTTP2_AND_3,
      enableIpv6: props.enableIpv6 ?? true,
      webAclId: props.webAclId,
      certificateArn: viewerCertificate.acmCertificateArn,
      minimumProtocolVersion: viewerCertificate.minimumProtocolVersion,
    };
    this.resource = new CloudfrontDistribution(this, 'Resource', {
      staging: this.staging || undefined,
      enabled: props.enabled ?? true,
      comment: props.comment,
      priceClass: props.priceClass ?? PriceClass.PRICE_CLASS_100,
      httpVersion: props.httpVersion ?? HttpVersion.HTTP2_AND_3,
      isIpv6Enabled: props.enableIpv6 ?? true,
      webAclId: props.webAclId,
      aliases: this.aliases.length > 0 ? [...this.aliases] : undefined,
      defaultRootObject: props.defaultRootObject,
      origin: Lazy.anyValue({ produce: () => this.origins.map(cloudfrontDistributionOriginToTerraform) }),
      originGroup: Lazy.anyValue({
        produce: () => (this.originGroups.length > 0 ? this.originGroups.map(cloudfrontDistributionOriginGroupToTerraform) : undefined),
      }),
      defaultCacheBehavior: this.render(defaultBehavior, 'defaultBehavior', true),
      orderedCacheBehavior: Lazy.anyValue({
        produce: () => {
          const ordered = this.renderOrderedBehaviors();
          return ordered.length > 0 ? ordered.map(cloudfrontDistributionOrderedCacheBehaviorToTerraform) : undefined;
        },
      }),
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
      tags: tagsBlock(props.tags),
    });
    this.distributionId = this.resource.id;
    this.distributionArn = this.resource.arn;
    this.domainName = this.resource.domainName;
    this.hostedZoneId = this.resource.hostedZoneId;

    this.bindOrigin(props.defaultBehavior.origin);
    this.checkBehaviorCount('viewerAccess.publicPaths', this.publicPaths.join(', '));
    for (const [pathPattern, behavior] of Object.entries(props.additionalBehaviors ?? {})) {
      this.addBehavior(pathPattern, behavior);
    }
  }

  /**
   * Escape hatch for what the provider has and the library does not (yet): sets `path` in this
   * distribution's synthesized JSON, like `resource.addOverride`, but also inside the origin,
   * origin group and behavior lists the distribution renders at synth
   * (`origin_group.0.selection_criteria`).
   */
  public addOverride(path: string, value: unknown): void {
    TerraformStack.of(this).addOverride(`resource.${this.resource.terraformResourceType}.${this.resource.friendlyUniqueId}.${path}`, value);
  }

  /**
   * Sends every behavior's requests to a real-time log configuration (`RealtimeLogs` calls it);
   * behaviors that select only manifests use `manifestConfigArn` when given.
   */
  public attachRealtimeLogs(configArn: string, manifestConfigArn?: string): void {
    this.realtimeLogs = { configArn, manifestConfigArn };
    // The default behavior is rendered already; the ordered ones are rendered at synth.
    this.resource.defaultCacheBehavior.realtimeLogConfigArn = configArn;
  }

  /** Adds a behavior after the ones already there (CloudFront matches them in order). */
  public addBehavior(pathPattern: string, behavior: BehaviorOptions): void {
    checkValue('pathPattern', pathPattern, pathPatternProblem);
    const key = pathPatternKey(pathPattern);
    const clash = this.pathPatterns.get(key);
    if (clash !== undefined) {
      invalid(
        'pathPattern',
        `is already used by another behavior ("${clash}")`,
        pathPattern,
        'Give each behavior its own pattern, e.g. scope it to the origin path (/hls/*.m3u8).',
      );
    }
    const entry: BehaviorEntry = { pathPattern, options: behavior };
    this.behaviors.push(entry);
    // A new behavior may change how a public path's requests would otherwise be served.
    this.checkBehaviorCount('additionalBehaviors', pathPattern);
    this.render(entry, `additionalBehaviors["${pathPattern}"]`, !this.isPublic(pathPattern));
    this.pathPatterns.set(key, pathPattern);
    this.bindOrigin(behavior.origin);
  }

  /**
   * The ordered behaviors as CloudFront matches them: the public paths no behavior has as its
   * pattern first (each configured like the behavior that would otherwise serve it), then the
   * behaviors in the order they were added.
   */
  private renderOrderedBehaviors(): CloudfrontDistributionOrderedCacheBehavior[] {
    const [, ...ordered] = this.behaviors;
    return [
      ...this.publicBehaviors().map(({ pathPattern, template }) => ({
        pathPattern,
        ...this.render(template, `viewerAccess.publicPaths["${pathPattern}"]`, false),
      })),
      ...ordered.map((entry) => ({
        pathPattern: entry.pathPattern,
        ...this.render(entry, `additionalBehaviors["${entry.pathPattern}"]`, !this.isPublic(entry.pathPattern)),
      })),
    ];
  }

  /** A behavior's provider block; `protect` adds the viewer access's key groups and functions to its own. */
  private render(entry: BehaviorEntry, where: string, protect: boolean): CloudfrontDistributionDefaultCacheBehavior {
    const access = protect ? this.viewerAccess : undefined;
    const options: BehaviorOptions = access
      ? {
          ...entry.options,
          trustedKeyGroups: [...access.trustedKeyGroups, ...(entry.options.trustedKeyGroups ?? [])],
          functionAssociations: [...access.functionAssociations, ...(entry.options.functionAssociations ?? [])],
        }
      : entry.options;
    if (OriginGroup.isOriginGroup(entry.options.origin)) checkOriginGroupMethods(entry.options, where);
    const rendered = renderBehavior(options, this.originIdFor(entry.options.origin), where);
    const logs = this.realtimeLogs;
    if (!logs) return rendered;
    // Manifest (and page) behaviors may sample at their own rate.
    const manifests = logs.manifestConfigArn !== undefined && selectsManifestsOrPagesOnly(entry.pathPattern);
    return { ...rendered, realtimeLogConfigArn: manifests ? logs.manifestConfigArn : logs.configArn };
  }

  /**
   * The behaviors of the public paths no added behavior has as its pattern, each configured like
   * the behavior CloudFront would otherwise route its requests to. A prefix (`/trailers/*`) whose
   * requests several behaviors serve differently becomes one public behavior per behavior
   * (`/trailers/*.m3u8`, `/trailers/*.ts`, ..., then `/trailers/*` like the default); any other path
   * spanning behaviors served differently is refused, as one copy would change how some are served.
   */
  private publicBehaviors(): Array<{ pathPattern: string; template: BehaviorEntry }> {
    const [defaultEntry, ...ordered] = this.behaviors;
    return this.publicPathsWithoutBehavior().flatMap((path) => {
      const routes: BehaviorEntry[] = [];
      let covered = false;
      for (const entry of ordered) {
        if (!pathPatternsOverlap(entry.pathPattern, path)) continue;
        routes.push(entry);
        covered = pathPatternCovers(entry.pathPattern, path);
        if (covered) break;
      }
      if (!covered) routes.push(defaultEntry);
      if (routes.every((entry) => servedAlike(entry.options, routes[0].options))) return [{ pathPattern: path, template: routes[0] }];
      const prefix = path.endsWith('*') ? path.slice(0, -1) : undefined;
      const split = routes.every((entry) => entry === defaultEntry || entry.pathPattern.startsWith('*'));
      if (prefix === undefined || prefix.includes('*') || !split) {
        return invalid(
          'viewerAccess.publicPaths',
          `contains "${path}", whose requests behaviors serve differently (${routes.map((entry) => `"${entry.pathPattern}"`).join(', ')})`,
          path,
          'List public paths that each fall within one behavior (e.g. /posters/*.jpg), or a prefix ending in /* (split per behavior).',
        );
      }
      return routes.map((entry) => ({ pathPattern: entry === defaultEntry ? path : `${prefix}${entry.pathPattern}`, template: entry }));
    });
  }

  /** Public paths that need a behavior of their own (no added behavior has them as its pattern). */
  private publicPathsWithoutBehavior(): string[] {
    return this.publicPaths.filter((path) => !this.behaviors.some((entry) => pathPatternKey(entry.pathPattern) === pathPatternKey(path)));
  }

  private isPublic(pathPattern: string): boolean {
    return this.publicPaths.some((path) => pathPatternKey(path) === pathPatternKey(pathPattern));
  }

  /** CloudFront's quota counts the default behavior, the ordered ones and the public paths' own. */
  private checkBehaviorCount(prop: string, value: string): void {
    const publicBehaviors = this.publicBehaviors();
    const taken = new Set(this.behaviors.map((entry) => pathPatternKey(entry.pathPattern)));
    const clash = publicBehaviors.find((behavior) => taken.has(pathPatternKey(behavior.pathPattern)));
    if (clash) {
      invalid(
        'viewerAccess.publicPaths',
        `would add the public behavior "${clash.pathPattern}", which another behavior already has`,
        clash.pathPattern,
        'List that pattern itself as a public path, or remove the behavior.',
      );
    }
    const count = this.behaviors.length + publicBehaviors.length;
    if (count > this.maxCacheBehaviors) {
      invalid(
        prop,
        `would make ${count} cache behaviors, above the quota of ${this.maxCacheBehaviors}`,
        value,
        'Merge patterns, split the distribution, or set maxCacheBehaviors after AWS raises your quota.',
      );
    }
  }

  /** The origin's id here: its own, or the next number; two origins never share one. */
  private originIdFor(origin: IVideoOrigin): string {
    const known = this.originIds.get(origin);
    if (known !== undefined) return known;
    const originId = origin.originId ?? `origin-${this.originIds.size + 1}`;
    if ([...this.originIds.values()].includes(originId)) {
      invalid('originId', 'is used by two different origins', originId, 'Give each origin its own originId.');
    }
    this.originIds.set(origin, originId);
    return originId;
  }

  /**
   * Binds an origin once; the distribution exists by now, so the origin can reference its ARN. A
   * group binds its members as origins of their own and becomes an `origin_group` block.
   */
  private bindOrigin(origin: IVideoOrigin): void {
    const originId = this.originIdFor(origin);
    if (this.boundOriginIds.has(originId)) return;
    this.boundOriginIds.add(originId);
    const binding = origin.bind(this, { originId, distribution: this });
    if (binding.failover) {
      if (this.originGroups.length >= MAX_ORIGIN_GROUPS_PER_DISTRIBUTION) {
        invalid(
          'originGroups',
          `would be ${this.originGroups.length + 1}, above CloudFront's quota of ${MAX_ORIGIN_GROUPS_PER_DISTRIBUTION} per distribution`,
          originId,
          'Share groups between behaviors, or split the distribution.',
        );
      }
      const memberIds = binding.failover.members.map((member) => {
        this.bindOrigin(member);
        return this.originIdFor(member);
      });
      this.originGroups.push({
        originId,
        failoverCriteria: { statusCodes: [...binding.failover.statusCodes] },
        member: memberIds.map((memberId) => ({ originId: memberId })),
      });
    } else if (binding.originConfig) {
      this.origins.push(binding.originConfig);
    }
  }
}

/** Only GET, HEAD and OPTIONS fail over: CloudFront refuses other methods on a behavior that targets a group. */
function checkOriginGroupMethods(options: BehaviorOptions, where: string): void {
  const methods = (options.allowedMethods ?? AllowedMethods.ALLOW_GET_HEAD).methods;
  const others = methods.filter((method) => !['GET', 'HEAD', 'OPTIONS'].includes(method));
  if (others.length > 0) {
    invalid(
      `${where}.allowedMethods`,
      `allows ${others.join(', ')} on a behavior that targets an origin group, which CloudFront refuses (only GET, HEAD and OPTIONS fail over)`,
      methods,
      'Use AllowedMethods.ALLOW_GET_HEAD or ALLOW_GET_HEAD_OPTIONS, or target a single origin for uploads.',
    );
  }
}

/** Whether two behaviors serve a request the same way (their edge protection aside). */
function servedAlike(first: BehaviorOptions, second: BehaviorOptions): boolean {
  const { trustedKeyGroups: _a, functionAssociations: _b, ...one } = first;
  const { trustedKeyGroups: _c, functionAssociations: _d, ...other } = second;
  const keys = new Set([...Object.keys(one), ...Object.keys(other)]) as Set<keyof typeof one>;
  return [...keys].every((key) => one[key] === other[key]);
}

function renderViewerCertificate(
  aliases: readonly string[],
  certificate: IEdgeCertificate | undefined,
  minimumProtocolVersion: SecurityPolicyProtocol | undefined,
  staging: boolean,
): CloudfrontDistributionViewerCertificate {
  checkEach('domainNames', aliases, domainNameProblem);
  checkValue('domainNames', aliases, aliasesProblem);
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
  if (aliases.length === 0 && !staging) {
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
