/**
 * Ant Media Server behind CloudFront with the library alone (the README's Ant Media snippet):
 * HTTPS on 5443 to the `live` application, LL-HLS query strings in the playlist cache key,
 * 404s cached 3 s.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  AntMediaOrigin,
  AntMediaPlayOrder,
  CachePolicy,
  CacheQueryStringBehavior,
  OriginRequestPolicy,
  VideoCachePresets,
  VideoCdnStack,
  VideoDistribution,
  VideoOriginRequestPresets,
  viewerBaseUrl,
} from '../modules';

export function buildAntMediaExample(scope: Construct, id = 'ant-media-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const origin = AntMediaOrigin.https('ams.example.com', { applicationName: 'live' });
  const forward = new OriginRequestPolicy(
    stack,
    'forward',
    VideoOriginRequestPresets.forwardQueryStrings(['id', 'playOrder', '_HLS_msn', '_HLS_part', '_HLS_skip'], false),
  );
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: {
      origin,
      cachePolicy: new CachePolicy(stack, 'player', {
        defaultTtlSeconds: 300,
        queryStrings: CacheQueryStringBehavior.allowList('id', 'playOrder'),
      }),
      originRequestPolicy: forward,
    },
    additionalBehaviors: {
      '*.m3u8': {
        origin,
        cachePolicy: new CachePolicy(stack, 'playlists', VideoCachePresets.liveManifests({ lowLatencyHls: true, defaultTtlSeconds: 1 })),
        originRequestPolicy: forward,
      },
      '*.ts': { origin, cachePolicy: new CachePolicy(stack, 'segments', VideoCachePresets.liveSegments({ defaultTtlSeconds: 60 })) },
    },
    errorResponses: [{ httpStatus: 404, ttlSeconds: 3 }],
  });
  new TerraformOutput(stack, 'll-hls-player-url', {
    value: AntMediaOrigin.playerUrl(viewerBaseUrl(distribution), 'stream1', AntMediaPlayOrder.LL_HLS),
  });
  return stack;
}
