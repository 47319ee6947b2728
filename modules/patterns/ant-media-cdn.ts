import { Construct } from 'constructs';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CacheQueryStringBehavior } from '../cloudfront/cache-key-parameters';
import { CachePolicy } from '../cloudfront/cache-policy';
import { VideoDistribution } from '../cloudfront/distribution';
import { OriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { CustomDomain } from '../domain/custom-domain';
import {
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
import { createPatternDistribution } from '../private/pattern-distribution';
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

/** The caching and URL settings of `AntMediaCdnProps` the rules look at. */
export type AntMediaCdnSettings = Pick<
  AntMediaCdnProps,
  'manifestTtlSeconds' | 'segmentTtlSeconds' | 'notFoundCachingSeconds' | 'streamId'
>;

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
  return problems;
}

export interface AntMediaCdnProps extends VideoCdnPatternProps {
  /** The server's public DNS name (over HTTPS its certificate must name it). */
  readonly serverHostName: string;
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
  public readonly distribution: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  public readonly baseUrl: string;
  public readonly lowLatencyHls: boolean;
  /** The stream id the URL helpers use. */
  public readonly streamId: string;

  constructor(scope: Construct, id: string, props: AntMediaCdnProps) {
    super(scope, id);
    checkValue('serverHostName', props.serverHostName, originHostProblem);
    checkValue('originPort', props.originPort, antMediaPortProblem);
    checkValue('applicationName', props.applicationName, antMediaApplicationNameProblem);
    checkSettingProblems(props, antMediaCdnSettingsProblems(props));
    this.lowLatencyHls = props.lowLatencyHls ?? false;
    this.streamId = props.streamId ?? '<stream-id>';
    const originProps = {
      originId: 'ant-media-server',
      applicationName: props.applicationName,
      port: props.originPort,
      originShieldRegion: props.originShieldRegion,
    };
    this.origin =
      props.originProtocol === AntMediaProtocol.HTTP
        ? AntMediaOrigin.http(props.serverHostName, originProps)
        : AntMediaOrigin.https(props.serverHostName, originProps);
    const origin = this.origin;

    // The player page and the LL-HLS blocking-reload requests need their query strings at the server.
    const forwardPlaybackQueryStrings = new OriginRequestPolicy(
      this,
      'playback-origin-request-policy',
      VideoOriginRequestPresets.forwardQueryStrings([...PLAYER_QUERY_STRINGS, ...(this.lowLatencyHls ? LL_HLS_QUERY_STRINGS : [])], false),
    );
    const playerPage = new CachePolicy(this, 'player-cache-policy', {
      comment: 'Ant Media play.html and app files: id and playOrder in the key, 5 minutes',
      minTtlSeconds: 0,
      defaultTtlSeconds: 300,
      maxTtlSeconds: 86400,
      queryStrings: CacheQueryStringBehavior.allowList(...PLAYER_QUERY_STRINGS),
    });
    const manifests = new CachePolicy(
      this,
      'manifest-cache-policy',
      VideoCachePresets.liveManifests({ lowLatencyHls: this.lowLatencyHls, defaultTtlSeconds: props.manifestTtlSeconds ?? 1 }),
    );
    const segmentTtlSeconds = props.segmentTtlSeconds ?? 60;
    const segments = new CachePolicy(this, 'segment-cache-policy', {
      ...VideoCachePresets.liveSegments({ defaultTtlSeconds: segmentTtlSeconds }),
      // Not "immutable": with the default hlsSegmentFileSuffixFormat (%09d) a restarted stream
      // reuses segment names, so the TTL only needs to cover the playlist window.
      comment: `Ant Media segments: ${segmentTtlSeconds} s, about the playlist window`,
    });

    const segmentBehavior: BehaviorOptions = { origin, cachePolicy: segments };
    const front = createPatternDistribution(this, props, {
      comment: fitDistributionComment(`Ant Media Server ${props.serverHostName}${origin.originPath}`),
      defaultBehavior: { origin, cachePolicy: playerPage, originRequestPolicy: forwardPlaybackQueryStrings },
      additionalBehaviors: {
        [ANT_MEDIA_MANIFEST_PATH_PATTERN]: { origin, cachePolicy: manifests, originRequestPolicy: forwardPlaybackQueryStrings },
        ...Object.fromEntries(ANT_MEDIA_SEGMENT_PATH_PATTERNS.map((pattern) => [pattern, segmentBehavior])),
      },
      errorResponses: [{ httpStatus: 404, ttlSeconds: props.notFoundCachingSeconds ?? 3 }],
    });
    this.distribution = front.distribution;
    this.customDomain = front.customDomain;
    this.baseUrl = front.baseUrl;
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
