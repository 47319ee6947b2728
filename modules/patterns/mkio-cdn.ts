import { Construct } from 'constructs';
import { CachePolicy } from '../cloudfront/cache-policy';
import { VideoDistribution } from '../cloudfront/distribution';
import { ViewerProtocolPolicy } from '../cloudfront/distribution-settings';
import { AllowedMethods, CachedMethods } from '../cloudfront/http-methods';
import { OriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { CustomDomain } from '../domain/custom-domain';
import { MkioOrigin, mkioStreamingEndpointHostProblem } from '../origins/mkio-origin';
import { VideoOriginRequestPresets } from '../presets/origin-request-presets';
import { checkEach, checkSettingProblems, checkValue } from '../private/check-value';
import { fitDistributionComment } from '../private/distribution-comment';
import { liveOriginSettings, liveTarget } from '../private/live-failover';
import { createPatternDistribution, PatternDistribution } from '../private/pattern-distribution';
import { buildStagedFronts } from '../private/staged-front';
import { AlarmProfile } from '../observability/alarms';
import { Observability } from '../observability/observability';
import { ContinuousDeployment } from '../cloudfront/continuous-deployment';
import { PatternStagingProps } from './pattern-staging-props';
import { policyNameListProblem } from '../validation/policy-name-list';
import { queryStringNameProblem } from '../validation/request-names';
import { SettingProblem } from '../validation/value-rule';
import { DEFAULT_JWT_QUERY_STRING } from '../viewer-access/jwt-validation-function';
import { ViewerAccessType } from '../viewer-access/viewer-access';
import { LiveFailoverProps } from './live-failover-props';
import { VideoCdnPatternProps } from './video-cdn-pattern-props';

/** The settings a staging copy may change (the others are shared with the primary). */
export const MKIO_STAGEABLE_SETTINGS = [
  'streamingEndpointHostName',
  'failoverStreamingEndpointHostName',
  'originShieldRegion',
  'viewerProtocolPolicy',
  'forwardQueryStrings',
  'segmentDurationSeconds',
  'originTimeouts',
  'failoverStatusCodes',
  'viewerAccess',
] as const;

export interface MkioCdnProps extends VideoCdnPatternProps, LiveFailoverProps {
  /**
   * Try changes on a staging copy first (CloudFront continuous deployment): these props apply to
   * the copy, `staging.primary` holds what stays on the primary until promotion.
   * @default no staging copy
   */
  readonly staging?: PatternStagingProps<Partial<Pick<MkioCdnProps, (typeof MKIO_STAGEABLE_SETTINGS)[number]>>>;
  /** The host from MK.IO > Streaming Endpoints, e.g. `production.westeurope.streaming.mediakind.com`. */
  readonly streamingEndpointHostName: string;
  /** Origin Shield in the AWS region nearest the MK.IO deployment. @default off */
  readonly originShieldRegion?: string;
  /**
   * A second streaming endpoint (another region, or another deployment) serving the same locators:
   * CloudFront retries a failed request there (`failoverStatusCodes`, timeouts sized from
   * `segmentDurationSeconds`).
   * @default none: one origin
   */
  readonly failoverStreamingEndpointHostName?: string;
  /** @default ViewerProtocolPolicy.REDIRECT_TO_HTTPS */
  readonly viewerProtocolPolicy?: ViewerProtocolPolicy.REDIRECT_TO_HTTPS | ViewerProtocolPolicy.HTTPS_ONLY;
  /**
   * Query strings MK.IO itself must see (1-10), forwarded on cache misses but never in the cache
   * key, so one cached copy serves every viewer. Needs `viewerAccess`: CloudFront then checks every
   * request at the edge, whereas MK.IO would only see the misses.
   * @default none: no query string reaches MK.IO
   */
  readonly forwardQueryStrings?: readonly string[];
}

/**
 * A MediaKind MK.IO streaming endpoint behind CloudFront (MK.IO guide "Integrate Amazon
 * CloudFront"): one HTTPS-only origin, one read-only default behavior, and playback URLs that
 * keep the locator path and swap the endpoint host for the CDN's.
 */
export class MkioCdn extends Construct {
  public readonly origin: MkioOrigin;
  /** The failover streaming endpoint, when there is one. */
  public readonly failoverOrigin?: MkioOrigin;
  public readonly distribution: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  public readonly baseUrl: string;
  /** The staging copy, with `staging`. */
  public readonly stagingDistribution?: VideoDistribution;
  /** The policy sending traffic to the staging copy, with `staging`. */
  public readonly continuousDeployment?: ContinuousDeployment;
  /** The distribution's logs, alarms and dashboard, with `observability`. */
  public readonly observability?: Observability;

  constructor(scope: Construct, id: string, props: MkioCdnProps) {
    super(scope, id);
    const fronts = buildStagedFronts(this, props, MKIO_STAGEABLE_SETTINGS, buildMkioFront);
    this.origin = fronts.primary.origin;
    this.failoverOrigin = fronts.primary.failoverOrigin;
    this.distribution = fronts.primary.distribution;
    this.customDomain = fronts.primary.customDomain;
    this.baseUrl = fronts.primary.baseUrl;
    this.observability = fronts.primary.observability;
    this.stagingDistribution = fronts.staging?.distribution;
    this.continuousDeployment = fronts.continuousDeployment;
  }

  /** A playback URL through the CDN: the MK.IO host replaced, the locator path kept. */
  public playbackUrl(locatorId: string, path = '...'): string {
    return MkioOrigin.playbackUrl(this.baseUrl, locatorId, path);
  }
}

/** The origins and the distribution of one MK.IO front: the primary's, or its staging copy's. */
function buildMkioFront(
  scope: Construct,
  props: MkioCdnProps,
  stagingOf?: PatternDistribution,
): PatternDistribution & {
  origin: MkioOrigin;
  failoverOrigin?: MkioOrigin;
} {
  checkValue('streamingEndpointHostName', props.streamingEndpointHostName, mkioStreamingEndpointHostProblem);
  checkValue('failoverStreamingEndpointHostName', props.failoverStreamingEndpointHostName, mkioStreamingEndpointHostProblem);
  checkSettingProblems(props, mkioFailoverProblems(props));
  const failover = props.failoverStreamingEndpointHostName;
  const timeouts = liveOriginSettings(props, failover !== undefined);
  const origin = MkioOrigin.fromStreamingEndpoint(props.streamingEndpointHostName, {
    originId: 'mkio-streaming-endpoint',
    originShieldRegion: props.originShieldRegion,
    ...timeouts,
  });
  const failoverOrigin =
    failover === undefined
      ? undefined
      : MkioOrigin.fromStreamingEndpoint(failover, {
          originId: 'mkio-failover-streaming-endpoint',
          originShieldRegion: props.originShieldRegion,
          ...timeouts,
        });
  checkValue('forwardQueryStrings', props.forwardQueryStrings, policyNameListProblem);
  checkEach('forwardQueryStrings', props.forwardQueryStrings, queryStringNameProblem);
  checkSettingProblems(props, mkioForwardingProblems(props));
  const forwarded =
    props.forwardQueryStrings &&
    new OriginRequestPolicy(
      scope,
      'forwarded-query-strings',
      VideoOriginRequestPresets.forwardQueryStrings(props.forwardQueryStrings, false),
    );
  const front = createPatternDistribution(
    scope,
    props,
    {
      comment: fitDistributionComment(`MK.IO streaming endpoint ${props.streamingEndpointHostName}`),
      defaultBehavior: {
        origin: liveTarget(origin, failoverOrigin, props, 'mkio-streaming-endpoints'),
        viewerProtocolPolicy: props.viewerProtocolPolicy,
        // Manifests and segments are read-only.
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        // MK.IO paths name everything (format and filters live in the path): no query string
        // belongs in the key, so every viewer shares one cached copy.
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        originRequestPolicy: forwarded,
      },
    },
    { stagingOf, profile: AlarmProfile.LIVE, segmentDurationSeconds: props.segmentDurationSeconds },
  );
  return { ...front, origin, failoverOrigin };
}

/** A failover endpoint is another endpoint. */
export function mkioFailoverProblems(settings: {
  streamingEndpointHostName: string;
  failoverStreamingEndpointHostName?: string;
}): SettingProblem[] {
  const failover = settings.failoverStreamingEndpointHostName;
  return failover !== undefined && failover.toLowerCase() === settings.streamingEndpointHostName.toLowerCase()
    ? [
        {
          prop: 'failoverStreamingEndpointHostName',
          problem: 'is the primary streaming endpoint itself',
          fix: 'Name a second streaming endpoint (another region or deployment) serving the same locators.',
        },
      ]
    : [];
}

/** What the forwarding rule reads of a viewer access: the library's `ViewerAccess` or the app's configuration. */
export interface MkioForwardingSettings {
  readonly forwardQueryStrings?: readonly string[];
  readonly viewerAccess?: { readonly type: string; readonly queryString?: string };
}

/**
 * Forwarded query strings stay out of the cache key, so only an edge check keeps a cached copy from
 * reaching viewers MK.IO would have refused; a JWT the edge removes never reaches MK.IO.
 */
export function mkioForwardingProblems(settings: MkioForwardingSettings): SettingProblem[] {
  const names = settings.forwardQueryStrings;
  if (names === undefined) return [];
  const access = settings.viewerAccess;
  if (!access) {
    return [
      {
        prop: 'forwardQueryStrings',
        problem:
          'is set without viewerAccess: MK.IO would check the query strings on cache misses only, and CloudFront would serve the cached copy to viewers without them',
        fix: 'Add viewerAccess (jwt, signed cookies or signed URLs) so CloudFront checks every request, or leave forwardQueryStrings out.',
      },
    ];
  }
  const token = access.type === ViewerAccessType.JWT ? (access.queryString ?? DEFAULT_JWT_QUERY_STRING) : undefined;
  const index = names.findIndex((name) => name === token);
  return index < 0
    ? []
    : [
        {
          prop: `forwardQueryStrings[${index}]`,
          problem: 'is the JWT query string, which the edge check removes before the origin',
          fix: 'Forward only query strings MK.IO itself needs; the edge check consumes the token.',
        },
      ];
}
