import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { AntMediaConfig } from '../config/ant-media';
import { customDomainProps, distributionProps } from '../config/common';
import {
  ANT_MEDIA_MANIFEST_PATH_PATTERN,
  ANT_MEDIA_SEGMENT_PATH_PATTERNS,
  AntMediaOrigin,
  AntMediaPlayOrder,
  AntMediaProtocol,
  BehaviorOptions,
  CachePolicy,
  CacheQueryStringBehavior,
  CustomDomain,
  LL_HLS_QUERY_STRINGS,
  OriginRequestPolicy,
  VideoCachePresets,
  VideoCdnStack,
  VideoCdnStackProps,
  VideoDistribution,
  VideoOriginRequestPresets,
  viewerBaseUrl,
} from '../modules';
import { fitDistributionComment } from '../modules/private/distribution-comment';

/** The query strings of Ant Media's player page: `play.html?id=<stream>&playOrder=hls`. */
const PLAYER_QUERY_STRINGS = ['id', 'playOrder'];

/**
 * An Ant Media Server behind CloudFront (Ant Media guide "Amazon CloudFront"): the server's
 * application as origin, the player page, playlists and segments each cached for as long as
 * they stay valid, and 404s (a playlist not written yet) cached for 3 s only.
 */
export class AntMediaStack extends VideoCdnStack {
  public readonly distribution: VideoDistribution;

  constructor(scope: Construct, id: string, config: AntMediaConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const domain = config.customDomain && new CustomDomain(this, 'custom-domain', customDomainProps(config.customDomain, config.tags));
    const lowLatencyHls = config.lowLatencyHls ?? false;
    const originProps = {
      originId: 'ant-media-server',
      applicationName: config.applicationName,
      port: config.originPort,
      originShieldRegion: config.originShieldRegion,
    };
    const origin =
      config.originProtocol === AntMediaProtocol.HTTP
        ? AntMediaOrigin.http(config.serverHostName, originProps)
        : AntMediaOrigin.https(config.serverHostName, originProps);

    // The player page and the LL-HLS blocking-reload requests need their query strings at the server.
    const forwardPlaybackQueryStrings = new OriginRequestPolicy(
      this,
      'playback-origin-request-policy',
      VideoOriginRequestPresets.forwardQueryStrings([...PLAYER_QUERY_STRINGS, ...(lowLatencyHls ? LL_HLS_QUERY_STRINGS : [])], false),
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
      VideoCachePresets.liveManifests({ lowLatencyHls, defaultTtlSeconds: config.manifestTtlSeconds ?? 1 }),
    );
    const segmentTtlSeconds = config.segmentTtlSeconds ?? 60;
    const segments = new CachePolicy(this, 'segment-cache-policy', {
      ...VideoCachePresets.liveSegments({ defaultTtlSeconds: segmentTtlSeconds }),
      // Not "immutable": with the default hlsSegmentFileSuffixFormat (%09d) a restarted stream
      // reuses segment names, so the TTL only needs to cover the playlist window.
      comment: `Ant Media segments: ${segmentTtlSeconds} s, about the playlist window`,
    });

    const segmentBehavior: BehaviorOptions = { origin, cachePolicy: segments };
    this.distribution = new VideoDistribution(this, 'distribution', {
      ...distributionProps(config.distribution),
      comment: config.distribution?.comment ?? fitDistributionComment(`Ant Media Server ${config.serverHostName}${origin.originPath}`),
      defaultBehavior: { origin, cachePolicy: playerPage, originRequestPolicy: forwardPlaybackQueryStrings },
      additionalBehaviors: {
        [ANT_MEDIA_MANIFEST_PATH_PATTERN]: { origin, cachePolicy: manifests, originRequestPolicy: forwardPlaybackQueryStrings },
        ...Object.fromEntries(ANT_MEDIA_SEGMENT_PATH_PATTERNS.map((pattern) => [pattern, segmentBehavior])),
      },
      errorResponses: [{ httpStatus: 404, ttlSeconds: config.notFoundCachingSeconds ?? 3 }],
      domainNames: domain?.domainNames,
      certificate: domain?.certificate,
      tags: config.tags,
    });
    domain?.pointAt(this.distribution);

    const baseUrl = viewerBaseUrl(this.distribution, domain);
    const streamId = config.streamId ?? '<stream-id>';
    new TerraformOutput(this, 'hls-player-url', {
      description: 'Ant Media play.html with HLS playback through CloudFront',
      value: AntMediaOrigin.playerUrl(baseUrl, streamId, AntMediaPlayOrder.HLS),
    });
    new TerraformOutput(this, 'hls-manifest-url', {
      description: 'The HLS playlist through CloudFront, for any HLS player',
      value: AntMediaOrigin.hlsManifestUrl(baseUrl, streamId),
    });
    if (lowLatencyHls) {
      new TerraformOutput(this, 'll-hls-player-url', {
        description: 'Ant Media play.html with LL-HLS playback through CloudFront (LL-HLS plugin)',
        value: AntMediaOrigin.playerUrl(baseUrl, streamId, AntMediaPlayOrder.LL_HLS),
      });
      new TerraformOutput(this, 'll-hls-manifest-url', {
        description: 'The LL-HLS master playlist through CloudFront, for LL-HLS players (hls.js, AVPlayer)',
        value: AntMediaOrigin.llHlsManifestUrl(baseUrl, streamId),
      });
    }
    new TerraformOutput(this, 'distribution-id', { value: this.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: this.distribution.domainName });
  }
}
