/**
 * Live HLS/DASH from a MediaStore container, or from its S3 replacement, with the library alone
 * (the README's live MediaStore snippet): the folder as origin path, manifests cached about half a
 * segment, segments a day, CORS-CustomOrigin towards MediaStore.
 */
import { MediaStoreContainer } from '@cdktf/provider-aws/lib/media-store-container';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  BehaviorOptions,
  CachePolicy,
  CustomDomain,
  liveCacheSizing,
  MediaStoreOrigin,
  OriginRequestPolicy,
  PrivateBucket,
  S3Origin,
  VideoCdnStack,
  VideoDistribution,
  viewerBaseUrl,
  ViewerProtocolPolicy,
} from '../modules';

export function buildLiveMediaStoreExample(scope: Construct, id = 'live-mediastore-example', useMediaStore = false): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const domain = new CustomDomain(stack, 'domain', {
    domainName: 'live.example.com',
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com',
  });
  // MediaStore reached end of support on 2025-11-13 (synth warns); S3 with OAC is the migration.
  const origin = useMediaStore
    ? MediaStoreOrigin.fromContainer(new MediaStoreContainer(stack, 'container', { name: 'live' }), { originPath: '/live' })
    : S3Origin.withOriginAccessControl(new PrivateBucket(stack, 'live-output', { lifecycle: { expireAfterDays: 1 } }), {
        originPath: '/live',
      });
  const sizing = liveCacheSizing({ segmentDurationSeconds: 6 });
  const behavior = (cachePolicy: CachePolicy): BehaviorOptions => ({
    origin,
    cachePolicy,
    originRequestPolicy: useMediaStore ? OriginRequestPolicy.CORS_CUSTOM_ORIGIN : OriginRequestPolicy.CORS_S3_ORIGIN,
    viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
  });
  const manifests = behavior(new CachePolicy(stack, 'manifests', sizing.manifests));
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: behavior(new CachePolicy(stack, 'segments', sizing.segments)),
    additionalBehaviors: { '*.m3u8': manifests, '*.mpd': manifests },
    errorResponses: sizing.errorResponses,
    domainNames: domain.domainNames,
    certificate: domain.certificate,
  });
  domain.pointAt(distribution);
  new TerraformOutput(stack, 'playback-url', { value: `${viewerBaseUrl(distribution, domain)}/channel1/index.m3u8` });
  return stack;
}
