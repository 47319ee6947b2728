import { MediaPackageChannel } from '@cdktf/provider-aws/lib/media-package-channel';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { VideoDistribution } from '../cloudfront/distribution';
import { CustomDomain } from '../domain/custom-domain';
import { MediaPackageCdnIdentifierSecret } from '../mediapackage/cdn-identifier';
import { MediaPackageVersion } from '../mediapackage/endpoint-url';
import { MediaPackageBehaviors } from '../mediapackage/mediapackage-behaviors';
import { MediaPackageEndpoint } from '../mediapackage/packaging';
import { mediaPackageSettingsProblems } from '../mediapackage/settings-rules';
import { checkSettingProblems } from '../private/check-value';
import { liveOriginSettings } from '../private/live-failover';
import { createPatternDistribution, PatternDistribution } from '../private/pattern-distribution';
import { buildStagedFronts } from '../private/staged-front';
import { AlarmProfile } from '../observability/alarms';
import { Observability } from '../observability/observability';
import { MediaPackageOrigin } from '../mediapackage/mediapackage-origin';
import { ContinuousDeployment } from '../cloudfront/continuous-deployment';
import { PatternStagingProps } from './pattern-staging-props';
import { inProp } from '../private/prop-path';
import { tagsBlock } from '../private/tags';
import { SettingProblem, ValueRule } from '../validation/value-rule';
import { LiveFailoverProps } from './live-failover-props';
import { VideoCdnPatternProps } from './video-cdn-pattern-props';

/** A MediaPackage v1 channel id. */
export const mediaPackageChannelIdProblem: ValueRule<string> = (channelId) =>
  /^[A-Za-z0-9_-]{1,128}$/.test(channelId)
    ? undefined
    : { problem: 'must be 1-128 letters, digits, hyphens or underscores', fix: 'Rename the channel, e.g. live-channel-1.' };

/** The MediaPackage v1 channel the pattern creates, whose HLS ingest endpoints the encoder pushes to. */
export interface MediaPackageChannelProps {
  readonly channelId: string;
  /** @default none */
  readonly description?: string;
}

/** MediaPackage CDN authorization: the secret MediaPackage checks CloudFront's header against. */
export interface MediaPackageCdnAuthorizationProps {
  /**
   * Name or ARN of the existing Secrets Manager secret: `{"MediaPackageCDNIdentifier": "<uuid>"}`
   * (v1) or `{"MediaPackageV2CDNIdentifier": "<uuid>"}` (v2). Read by a data source at plan time.
   */
  readonly secretId: string;
}

/** The settings a staging copy may change (the others are shared with the primary). */
export const MEDIAPACKAGE_STAGEABLE_SETTINGS = [
  'endpoints',
  'timeShift',
  'manifestFilter',
  'lowLatencyHls',
  'minTtlSeconds',
  'errorCachingTtlSeconds',
  'originShieldRegion',
  'segmentDurationSeconds',
  'originTimeouts',
  'failoverStatusCodes',
  'viewerAccess',
] as const;

export interface MediaPackageLiveCdnProps extends VideoCdnPatternProps, LiveFailoverProps {
  /**
   * Try changes on a staging copy first (CloudFront continuous deployment): these props apply to
   * the copy, `staging.primary` holds what stays on the primary until promotion.
   * @default no staging copy
   */
  readonly staging?: PatternStagingProps<Partial<Pick<MediaPackageLiveCdnProps, (typeof MEDIAPACKAGE_STAGEABLE_SETTINGS)[number]>>>;
  /**
   * The channel's origin endpoints, in order; the first also gets the default behavior. The
   * provider cannot create endpoints, so they are inputs.
   * @default none: only with `createChannel` (first apply the channel alone, then add its endpoints)
   */
  readonly endpoints?: readonly MediaPackageEndpoint[];
  /** @default MediaPackageVersion.V1 */
  readonly mediaPackageVersion?: MediaPackageVersion;
  /** Create the v1 channel (`aws_media_package_channel`). @default none: the channel exists elsewhere */
  readonly createChannel?: MediaPackageChannelProps;
  /** `start` and `end` in the manifests' cache key. @default false */
  readonly timeShift?: boolean;
  /** `aws.manifestfilter` in the manifests' cache key. @default false */
  readonly manifestFilter?: boolean;
  /** LL-HLS (v2 only): `_HLS_msn`, `_HLS_part`, `_HLS_skip` in the manifests' cache key. @default false */
  readonly lowLatencyHls?: boolean;
  /** Minimum TTL of manifests and segments, 0-5 (0-1 with LL-HLS). @default 1 */
  readonly minTtlSeconds?: number;
  /** How long CloudFront caches 4xx/5xx answers from MediaPackage (0-300). @default 1 */
  readonly errorCachingTtlSeconds?: number;
  /** Origin Shield in the region nearest the endpoints. @default off */
  readonly originShieldRegion?: string;
  /** CloudFront sends MediaPackage's CDN authorization header, its value read from Secrets Manager. @default off */
  readonly cdnAuthorization?: MediaPackageCdnAuthorizationProps;
  /** v2: the account owning the endpoints, for the endpoint policies. @default the distribution's account */
  readonly endpointAccountId?: string;
}

/** Every problem of the MediaPackage settings, each at its prop; for the pattern and configuration schemas alike. */
export function mediaPackageLiveCdnProblems(
  props: Omit<MediaPackageLiveCdnProps, keyof VideoCdnPatternProps | 'staging'>,
): SettingProblem[] {
  const version = props.mediaPackageVersion ?? MediaPackageVersion.V1;
  const endpoints = props.endpoints ?? [];
  const problems = mediaPackageSettingsProblems({ ...props, endpoints, version });
  if (endpoints.length === 0 && !props.createChannel) {
    problems.push({
      prop: 'endpoints',
      problem: 'must list at least one origin endpoint (or set createChannel to create the channel first)',
      fix: "List the channel's origin endpoints (URL and packaging type): CloudFront needs at least one origin.",
    });
  }
  if (props.createChannel) {
    const channelIdProblem = mediaPackageChannelIdProblem(props.createChannel.channelId);
    if (channelIdProblem) problems.push({ prop: 'createChannel.channelId', ...channelIdProblem });
    if ((props.createChannel.description?.length ?? 0) > 1000) {
      problems.push({ prop: 'createChannel.description', problem: 'is longer than 1000 characters', fix: 'Shorten the description.' });
    }
    if (version !== MediaPackageVersion.V1) {
      problems.push({
        prop: 'createChannel',
        problem: 'only works with MediaPackage v1 (the provider cannot create MediaPackage v2 channels)',
        fix: 'Create the v2 channel group and channel outside this stack, or use v1.',
      });
    }
  }
  if (props.endpointAccountId !== undefined && version !== MediaPackageVersion.V2) {
    problems.push({
      prop: 'endpointAccountId',
      problem: 'only applies to MediaPackage v2 (the endpoint policies)',
      fix: 'Leave it out for v1 endpoints.',
    });
  }
  return problems;
}

/**
 * A MediaPackage live channel's origin endpoints behind CloudFront, per the CloudFront guide
 * "Serving live video formatted with AWS Elemental MediaPackage" (`MediaPackageBehaviors`), with
 * optional CDN authorization and the v1 channel itself. Without endpoints (first apply of a new
 * channel) there is no distribution yet.
 */
export class MediaPackageLiveCdn extends Construct {
  public readonly version: MediaPackageVersion;
  /** The channel, when the pattern creates it. */
  public readonly channel?: MediaPackageChannel;
  /** The behaviors of the endpoints; undefined without endpoints. */
  public readonly behaviors?: MediaPackageBehaviors;
  /** The staging copy's behaviors, with `staging`. */
  public readonly stagingBehaviors?: MediaPackageBehaviors;
  /** The staging copy, with `staging`. */
  public readonly stagingDistribution?: VideoDistribution;
  /** The policy sending traffic to the staging copy, with `staging`. */
  public readonly continuousDeployment?: ContinuousDeployment;
  /** The distribution's logs, alarms and dashboard, with `observability`. */
  public readonly observability?: Observability;
  /** Undefined without endpoints. */
  public readonly distribution?: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one; undefined without endpoints. */
  public readonly baseUrl?: string;

  constructor(scope: Construct, id: string, props: MediaPackageLiveCdnProps) {
    super(scope, id);
    checkSettingProblems(props, mediaPackageLiveCdnProblems(props));
    this.version = props.mediaPackageVersion ?? MediaPackageVersion.V1;
    if (props.createChannel) {
      this.channel = new MediaPackageChannel(this, 'channel', {
        channelId: props.createChannel.channelId,
        description: props.createChannel.description,
        tags: tagsBlock(props.tags),
      });
    }
    // Endpoints cannot be created by this provider: without their URLs there is nothing to serve yet.
    if (!props.endpoints || props.endpoints.length === 0) {
      const waiting = (['customDomain', 'distribution', 'cdnAuthorization', 'originShieldRegion'] as const).filter(
        (prop) => props[prop] !== undefined,
      );
      if (waiting.length > 0) {
        Annotations.of(this).addWarning(`No MediaPackage endpoints yet: ${waiting.join(', ')} take effect once endpoints are listed.`);
      }
      return;
    }

    const cdnAuthorization = props.cdnAuthorization;
    const cdnIdentifier =
      cdnAuthorization &&
      inProp(
        'cdnAuthorization',
        () => new MediaPackageCdnIdentifierSecret(this, 'cdn-identifier', { secretId: cdnAuthorization.secretId, version: this.version }),
      ).cdnIdentifier;
    const fronts = buildStagedFronts(this, props, MEDIAPACKAGE_STAGEABLE_SETTINGS, (frontScope, frontProps, stagingOf) =>
      buildMediaPackageFront(frontScope, frontProps, this.version, cdnIdentifier, stagingOf),
    );
    this.behaviors = fronts.primary.behaviors;
    this.distribution = fronts.primary.distribution;
    this.customDomain = fronts.primary.customDomain;
    this.baseUrl = fronts.primary.baseUrl;
    this.observability = fronts.primary.observability;
    this.stagingBehaviors = fronts.staging?.behaviors;
    this.stagingDistribution = fronts.staging?.distribution;
    this.continuousDeployment = fronts.continuousDeployment;
    if (fronts.staging) {
      // An endpoint both serve gets one policy admitting both distributions.
      const primaryOrigins = new Map(endpointOrigins(fronts.primary.behaviors).map((origin) => [endpointKey(origin), origin]));
      for (const origin of endpointOrigins(fronts.staging.behaviors)) {
        primaryOrigins.get(endpointKey(origin))?.allowDistribution(fronts.staging.distribution);
      }
    }
  }

  /** Each endpoint's manifest URL under `baseUrl`, by endpoint name; empty without endpoints. */
  public playbackUrls(baseUrl = this.baseUrl): Record<string, string> {
    return this.behaviors && baseUrl !== undefined ? this.behaviors.playbackUrls(baseUrl) : {};
  }

  /**
   * v2: each endpoint's policy for CloudFront, by endpoint name, to attach to the endpoints; empty
   * otherwise. With staging, an endpoint both distributions use admits both, and the endpoints only
   * the staging copy uses come as `staging-<name>`.
   */
  public endpointPolicies(): Record<string, string> {
    const policies = { ...this.behaviors?.endpointPolicies() };
    const primaryEndpoints = new Set(endpointOrigins(this.behaviors).map(endpointKey));
    for (const route of this.stagingBehaviors?.endpoints ?? []) {
      for (const [suffix, origin] of [
        ['', route.origin],
        ['-failover', route.failoverOrigin],
      ] as const) {
        if (origin?.endpointPolicyJson && !primaryEndpoints.has(endpointKey(origin))) {
          policies[`staging-${route.name}${suffix}`] = origin.endpointPolicyJson;
        }
      }
    }
    return policies;
  }
}

/** The behaviors and distribution of one front: the primary's, or its staging copy's. */
function buildMediaPackageFront(
  scope: Construct,
  props: MediaPackageLiveCdnProps,
  version: MediaPackageVersion,
  cdnIdentifier: string | undefined,
  stagingOf?: PatternDistribution,
): PatternDistribution & { behaviors: MediaPackageBehaviors } {
  checkSettingProblems(props, mediaPackageLiveCdnProblems(props));
  const endpoints = props.endpoints ?? [];
  const failover = endpoints.some((endpoint) => endpoint.failoverUrl !== undefined);
  const behaviors = new MediaPackageBehaviors(scope, 'mediapackage', {
    endpoints,
    version,
    originProps: {
      originShieldRegion: props.originShieldRegion,
      cdnIdentifier,
      endpointAccountId: props.endpointAccountId,
      ...liveOriginSettings(props, failover, props.lowLatencyHls),
    },
    failoverStatusCodes: props.failoverStatusCodes,
    timeShift: props.timeShift,
    manifestFilter: props.manifestFilter,
    lowLatencyHls: props.lowLatencyHls,
    minTtlSeconds: props.minTtlSeconds,
    errorCachingTtlSeconds: props.errorCachingTtlSeconds,
  });
  const front = createPatternDistribution(
    scope,
    props,
    {
      defaultBehavior: behaviors.defaultBehavior,
      additionalBehaviors: behaviors.additionalBehaviors,
      errorResponses: behaviors.errorResponses,
    },
    { stagingOf, profile: AlarmProfile.LIVE, segmentDurationSeconds: props.segmentDurationSeconds },
  );
  return { ...front, behaviors };
}

/** Every endpoint origin of a set of behaviors, failover endpoints included. */
function endpointOrigins(behaviors: MediaPackageBehaviors | undefined): MediaPackageOrigin[] {
  return (behaviors?.endpoints ?? []).flatMap((route) => (route.failoverOrigin ? [route.origin, route.failoverOrigin] : [route.origin]));
}

/** The endpoint an origin reads: two origins with the same key are the same MediaPackage endpoint. */
function endpointKey(origin: MediaPackageOrigin): string {
  return `${origin.endpoint.domainName}${origin.endpoint.endpointPath}`;
}
