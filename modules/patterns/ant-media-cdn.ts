import { Construct } from 'constructs';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CacheQueryStringBehavior } from '../cloudfront/cache-key-parameters';
import { CachePolicy } from '../cloudfront/cache-policy';
import { VideoDistribution } from '../cloudfront/distribution';
import { OriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { CustomDomain } from '../domain/custom-domain';
import { OriginProtocolPolicy } from '../origins/http-origin';
import { VpcOrigin } from '../origins/vpc-origin';
import { liveOriginSettings, liveTarget } from '../private/live-failover';
import { vpcOriginEndpointArnProblem } from '../validation/aws-identifiers';
import { LiveFailoverProps } from './live-failover-props';
import {
  ANT_MEDIA_HTTP_PORT,
  ANT_MEDIA_HTTPS_PORT,
  ANT_MEDIA_MANIFEST_PATH_PATTERN,
  ANT_MEDIA_SEGMENT_PATH_PATTERNS,
  antMediaApplicationNameProblem,
  AntMediaOrigin,
  antMediaPortProblem,
  AntMediaPlayOrder,
  AntMediaProtocol,
} from '../origins/ant-media-origin';
import { VideoOriginRequestPresets } from '../presets/origin-request-presets';
import { LL_HLS_QUERY_STRINGS, MAX_LIVE_MANIFEST_MIN_TTL_SECONDS, VideoCachePresets } from '../presets/video-cache-presets';
import { checkSettingProblems, checkValue } from '../private/check-value';
import { fitDistributionComment } from '../private/distribution-comment';
import { createPatternDistribution, PatternDistribution } from '../private/pattern-distribution';
import { buildStagedFronts } from '../private/staged-front';
import { AlarmProfile } from '../observability/alarms';
import { Observability } from '../observability/observability';
import { ContinuousDeployment } from '../cloudfront/continuous-deployment';
import { PatternStagingProps } from './pattern-staging-props';
import { originHostProblem } from '../validation/domain-name';
import { wholeNumberBetween } from '../validation/numbers';
import { SettingProblem, ValueProblem, ValueRule } from '../validation/value-rule';
import { VideoCdnPatternProps } from './video-cdn-pattern-props';

/** The query strings of Ant Media's player page: `play.html?id=<stream>&playOrder=hls`. */
const PLAYER_QUERY_STRINGS = ['id', 'playOrder'];
/** A year: the longest TTL worth setting on a live edge. */
const MAX_TTL_SECONDS = 31536000;

/** An Ant Media stream id, as it appears in playback URLs. */
export const antMediaStreamIdProblem: ValueRule<string> = (streamId) =>
  /^[A-Za-z0-9_.-]{1,200}$/.test(streamId)
    ? undefined
    : {
        problem: 'must be an Ant Media stream id (letters, digits, _ . -)',
        fix: 'Use the id shown for the stream in the Ant Media web panel.',
      };

/** The settings of `AntMediaCdnProps` the rules look at. */
export type AntMediaCdnSettings = Pick<
  AntMediaCdnProps,
  | 'manifestTtlSeconds'
  | 'segmentTtlSeconds'
  | 'notFoundCachingSeconds'
  | 'streamId'
  | 'serverHostName'
  | 'failoverServerHostName'
  | 'vpcOrigin'
>;

/** Ant Media servers in private subnets, reached through CloudFront VPC origins. */
export interface AntMediaVpcOriginProps {
  /** The server's EC2 instance, or the Application or Network Load Balancer in front of it. */
  readonly arn: string;
  /** The failover server's instance or load balancer (required with `failoverServerHostName`). @default none */
  readonly failoverArn?: string;
}

/** Every problem of the caching and URL settings, each at its setting; for the pattern and configuration schemas alike. */
export function antMediaCdnSettingsProblems(settings: AntMediaCdnSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const add = (prop: string, found: ValueProblem | undefined) => found && problems.push({ prop, ...found });
  const manifestTtl = settings.manifestTtlSeconds ?? 1;
  if (settings.manifestTtlSeconds !== undefined) {
    add(
      'manifestTtlSeconds',
      wholeNumberBetween(1, MAX_LIVE_MANIFEST_MIN_TTL_SECONDS, 'Keep playlists at 1-5 s so viewers stay near the live edge.')(manifestTtl),
    );
  }
  if (settings.segmentTtlSeconds !== undefined) {
    add('segmentTtlSeconds', wholeNumberBetween(1, MAX_TTL_SECONDS, 'Use about the playlist window, e.g. 60.')(settings.segmentTtlSeconds));
    if (settings.segmentTtlSeconds < manifestTtl) {
      add('segmentTtlSeconds', {
        problem: `must be at least manifestTtlSeconds (${manifestTtl}): segments outlive the playlists that list them`,
        fix: 'Raise segmentTtlSeconds or lower manifestTtlSeconds.',
      });
    }
  }
  if (settings.notFoundCachingSeconds !== undefined) {
    add('notFoundCachingSeconds', wholeNumberBetween(0, MAX_TTL_SECONDS, 'Use a few seconds, e.g. 3.')(settings.notFoundCachingSeconds));
  }
  if (settings.streamId !== undefined) add('streamId', antMediaStreamIdProblem(settings.streamId));
  const failover = settings.failoverServerHostName;
  if (failover !== undefined && settings.serverHostName !== undefined && failover.toLowerCase() === settings.serverHostName.toLowerCase()) {
    add('failoverServerHostName', {
      problem: 'is the primary server itself',
      fix: 'Name a second Ant Media server (or cluster origin) that serves the same streams.',
    });
  }
  const vpc = settings.vpcOrigin;
  if (vpc !== undefined) {
    add('vpcOrigin.arn', vpcOriginEndpointArnProblem(vpc.arn));
    if (vpc.failoverArn !== undefined) add('vpcOrigin.failoverArn', vpcOriginEndpointArnProblem(vpc.failoverArn));
    if (failover !== undefined && vpc.failoverArn === undefined) {
      add('vpcOrigin.failoverArn', {
        problem: 'is missing, but failoverServerHostName is set and the servers are reached through VPC origins',
        fix: "Give the failover server's instance or load balancer ARN too.",
      });
    }
    if (failover === undefined && vpc.failoverArn !== undefined) {
      add('vpcOrigin.failoverArn', {
        problem: 'is set without failoverServerHostName',
        fix: "Give the failover server's private DNS name as failoverServerHostName, or leave failoverArn out.",
      });
    }
    if (vpc.failoverArn !== undefined && vpc.failoverArn === vpc.arn) {
      add('vpcOrigin.failoverArn', { problem: 'is the primary server itself', fix: "Give the second server's ARN." });
    }
  }
  return problems;
}

/** The settings a staging copy may change (the others are shared with the primary). */
export const ANT_MEDIA_STAGEABLE_SETTINGS = [
  'serverHostName',
  'failoverServerHostName',
  'applicationName',
  'lowLatencyHls',
  'originShieldRegion',
  'manifestTtlSeconds',
  'segmentTtlSeconds',
  'notFoundCachingSeconds',
  'segmentDurationSeconds',
  'originTimeouts',
  'failoverStatusCodes',
  'viewerAccess',
] as const;

export interface AntMediaCdnProps extends VideoCdnPatternProps, LiveFailoverProps {
  /**
   * Try changes on a staging copy first (CloudFront continuous deployment): these props apply to
   * the copy, `staging.primary` holds what stays on the primary until promotion.
   * @default no staging copy
   */
  readonly staging?: PatternStagingProps<Partial<Pick<AntMediaCdnProps, (typeof ANT_MEDIA_STAGEABLE_SETTINGS)[number]>>>;
  /**
   * The server's DNS name (over HTTPS its certificate must name it): public, or with `vpcOrigin`
   * its private DNS name.
   */
  readonly serverHostName: string;
  /**
   * A second server (or cluster origin) serving the same streams: CloudFront retries a failed
   * request there (`failoverStatusCodes`, timeouts sized from `segmentDurationSeconds`).
   * @default none: one origin
   */
  readonly failoverServerHostName?: string;
  /**
   * Reach the servers through CloudFront VPC origins, so they need no public address.
   * @default over the internet
   */
  readonly vpcOrigin?: AntMediaVpcOriginProps;
  /** HTTPS on 5443 (SSL enabled on the server) or HTTP on 5080. @default AntMediaProtocol.HTTPS */
  readonly originProtocol?: AntMediaProtocol;
  /** @default 5443 for HTTPS, 5080 for HTTP */
  readonly originPort?: number;
  /** The Ant Media application, used as origin path. @default 'live' */
  readonly applicationName?: string;
  /**
   * The LL-HLS plugin is installed: `_HLS_msn`, `_HLS_part`, `_HLS_skip` in the playlists' cache
   * key and forwarded to the server.
   * @default false
   */
  readonly lowLatencyHls?: boolean;
  /** Origin Shield in the AWS region nearest the server. @default off */
  readonly originShieldRegion?: string;
  /** Playlist TTL when the server sends no Cache-Control (1-5 s). @default 1 */
  readonly manifestTtlSeconds?: number;
  /**
   * Segment TTL: about the playlist window, because with Ant Media's default
   * `hlsSegmentFileSuffixFormat` (`%09d`) a restarted stream writes the same segment names again.
   * @default 60
   */
  readonly segmentTtlSeconds?: number;
  /** How long a 404 (a playlist not written yet) is cached. @default 3 */
  readonly notFoundCachingSeconds?: number;
  /** The stream id in `playerUrl` and the manifest URLs. @default '<stream-id>', a placeholder */
  readonly streamId?: string;
}

/**
 * An Ant Media Server behind CloudFront (Ant Media guide "Amazon CloudFront"): the server's
 * application as origin, the player page, playlists and segments each cached for as long as
 * they stay valid, and 404s (a playlist not written yet) cached for 3 s only.
 */
export class AntMediaCdn extends Construct {
  public readonly origin: AntMediaOrigin;
  /** The failover server, when there is one. */
  public readonly failoverOrigin?: AntMediaOrigin;
  /** The VPC origins of the server and the failover server, with `vpcOrigin`. */
  public readonly vpcOrigins: readonly VpcOrigin[];
  /** The staging copy, with `staging`. */
  public readonly stagingDistribution?: VideoDistribution;
  /** The policy sending traffic to the staging copy, with `staging`. */
  public readonly continuousDeployment?: ContinuousDeployment;
  /** The distribution's logs, alarms and dashboard, with `observability`. */
  public readonly observability?: Observability;
  public readonly distribution: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  public readonly baseUrl: string;
  public readonly lowLatencyHls: boolean;
  /** The stream id the URL helpers use. */
  public readonly streamId: string;

  constructor(scope: Construct, id: string, props: AntMediaCdnProps) {
    super(scope, id);
    checkValue('originPort', props.originPort, antMediaPortProblem);
    checkSettingProblems(props, antMediaCdnSettingsProblems(props));
    this.streamId = props.streamId ?? '<stream-id>';
    const https = props.originProtocol !== AntMediaProtocol.HTTP;
    const port = props.originPort ?? (https ? ANT_MEDIA_HTTPS_PORT : ANT_MEDIA_HTTP_PORT);
    // Shared by the primary and a staging copy: a VPC origin per server.
    const vpcOrigin = (id: string, arn: string | undefined) =>
      arn === undefined
        ? undefined
        : new VpcOrigin(this, id, {
            endpointArn: arn,
            protocolPolicy: https ? OriginProtocolPolicy.HTTPS_ONLY : OriginProtocolPolicy.HTTP_ONLY,
            httpPort: https ? 80 : port,
            httpsPort: https ? port : 443,
            tags: props.tags,
          });
    const vpcOrigins = {
      primary: vpcOrigin('ant-media-server-vpc-origin', props.vpcOrigin?.arn),
      failover: vpcOrigin('ant-media-failover-server-vpc-origin', props.vpcOrigin?.failoverArn),
    };
    this.vpcOrigins = [vpcOrigins.primary, vpcOrigins.failover].filter((origin): origin is VpcOrigin => origin !== undefined);
    const fronts = buildStagedFronts(this, props, ANT_MEDIA_STAGEABLE_SETTINGS, (frontScope, frontProps, stagingOf) =>
      buildAntMediaFront(frontScope, frontProps, vpcOrigins, stagingOf),
    );
    this.origin = fronts.primary.origin;
    this.failoverOrigin = fronts.primary.failoverOrigin;
    this.lowLatencyHls = fronts.primary.lowLatencyHls;
    this.distribution = fronts.primary.distribution;
    this.customDomain = fronts.primary.customDomain;
    this.baseUrl = fronts.primary.baseUrl;
    this.observability = fronts.primary.observability;
    this.stagingDistribution = fronts.staging?.distribution;
    this.continuousDeployment = fronts.continuousDeployment;
  }

  /** Ant Media's `play.html` for the stream through the CDN, with HLS or LL-HLS playback. */
  public playerUrl(playOrder: AntMediaPlayOrder, streamId = this.streamId): string {
    return AntMediaOrigin.playerUrl(this.baseUrl, streamId, playOrder);
  }

  /** The stream's HLS playlist through the CDN. */
  public hlsManifestUrl(streamId = this.streamId): string {
    return AntMediaOrigin.hlsManifestUrl(this.baseUrl, streamId);
  }

  /** The LL-HLS plugin's master playlist through the CDN. */
  public llHlsManifestUrl(streamId = this.streamId): string {
    return AntMediaOrigin.llHlsManifestUrl(this.baseUrl, streamId);
  }
}

/** The origins, policies and distribution of one Ant Media front: the primary's, or its staging copy's. */
function buildAntMediaFront(
  scope: Construct,
  props: AntMediaCdnProps,
  vpcOrigins: { readonly primary?: VpcOrigin; readonly failover?: VpcOrigin },
  stagingOf?: PatternDistribution,
): PatternDistribution & { origin: AntMediaOrigin; failoverOrigin?: AntMediaOrigin; lowLatencyHls: boolean } {
  checkValue('serverHostName', props.serverHostName, originHostProblem);
  checkValue('failoverServerHostName', props.failoverServerHostName, originHostProblem);
  checkValue('applicationName', props.applicationName, antMediaApplicationNameProblem);
  const lowLatencyHls = props.lowLatencyHls ?? false;
  const https = props.originProtocol !== AntMediaProtocol.HTTP;
  const timeouts = liveOriginSettings(props, props.failoverServerHostName !== undefined, lowLatencyHls);
  const server = (hostName: string, originId: string, vpcOrigin: VpcOrigin | undefined): AntMediaOrigin => {
    const originProps = {
      originId,
      applicationName: props.applicationName,
      port: props.originPort,
      originShieldRegion: props.originShieldRegion,
      vpcOrigin,
      ...timeouts,
    };
    return https ? AntMediaOrigin.https(hostName, originProps) : AntMediaOrigin.http(hostName, originProps);
  };
  const primary = server(props.serverHostName, 'ant-media-server', vpcOrigins.primary);
  const failover =
    props.failoverServerHostName === undefined
      ? undefined
      : server(props.failoverServerHostName, 'ant-media-failover-server', vpcOrigins.failover);
  const origin = liveTarget(primary, failover, props, 'ant-media-servers');

  // The player page and the LL-HLS blocking-reload requests need their query strings at the server.
  const forwardPlaybackQueryStrings = new OriginRequestPolicy(
    scope,
    'playback-origin-request-policy',
    VideoOriginRequestPresets.forwardQueryStrings([...PLAYER_QUERY_STRINGS, ...(lowLatencyHls ? LL_HLS_QUERY_STRINGS : [])], false),
  );
  const playerPage = new CachePolicy(scope, 'player-cache-policy', {
    comment: 'Ant Media play.html and app files: id and playOrder in the key, 5 minutes',
    minTtlSeconds: 0,
    defaultTtlSeconds: 300,
    maxTtlSeconds: 86400,
    queryStrings: CacheQueryStringBehavior.allowList(...PLAYER_QUERY_STRINGS),
  });
  const manifests = new CachePolicy(
    scope,
    'manifest-cache-policy',
    VideoCachePresets.liveManifests({ lowLatencyHls, defaultTtlSeconds: props.manifestTtlSeconds ?? 1 }),
  );
  const segmentTtlSeconds = props.segmentTtlSeconds ?? 60;
  const segments = new CachePolicy(scope, 'segment-cache-policy', {
    ...VideoCachePresets.liveSegments({ defaultTtlSeconds: segmentTtlSeconds }),
    // Not "immutable": with the default hlsSegmentFileSuffixFormat (%09d) a restarted stream
    // reuses segment names, so the TTL only needs to cover the playlist window.
    comment: `Ant Media segments: ${segmentTtlSeconds} s, about the playlist window`,
  });

  const segmentBehavior: BehaviorOptions = { origin, cachePolicy: segments };
  const front = createPatternDistribution(
    scope,
    props,
    {
      comment: fitDistributionComment(`Ant Media Server ${props.serverHostName}${primary.originPath}`),
      defaultBehavior: { origin, cachePolicy: playerPage, originRequestPolicy: forwardPlaybackQueryStrings },
      additionalBehaviors: {
        [ANT_MEDIA_MANIFEST_PATH_PATTERN]: { origin, cachePolicy: manifests, originRequestPolicy: forwardPlaybackQueryStrings },
        ...Object.fromEntries(ANT_MEDIA_SEGMENT_PATH_PATTERNS.map((pattern) => [pattern, segmentBehavior])),
      },
      errorResponses: [{ httpStatus: 404, ttlSeconds: props.notFoundCachingSeconds ?? 3 }],
    },
    { stagingOf, profile: AlarmProfile.LIVE, segmentDurationSeconds: props.segmentDurationSeconds },
  );
  return { ...front, origin: primary, failoverOrigin: failover, lowLatencyHls };
}
