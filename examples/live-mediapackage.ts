/**
 * A MediaPackage live channel behind CloudFront with the library alone (the README's MediaPackage
 * snippet): four endpoints (HLS, CMAF, DASH, Smooth), the seed's behaviors per endpoint, a cache
 * policy keyed on `m` and the time-shift query strings, errors cached 1 s, a custom domain.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { CustomDomain, MediaPackageBehaviors, MediaPackagePackaging, VideoCdnStack, VideoDistribution } from '../modules';

const CHANNEL = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';

export function buildLiveMediaPackageExample(scope: Construct, id = 'live-mediapackage-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const domain = new CustomDomain(stack, 'domain', {
    domainName: 'live.example.com',
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com',
  });
  const mediaPackage = new MediaPackageBehaviors(stack, 'mediapackage', {
    endpoints: [
      { packaging: MediaPackagePackaging.HLS, url: `${CHANNEL}/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b/index.m3u8` },
      // Shares *.m3u8 with HLS: served under its own path, /out/v1/7a2b.../index.m3u8
      { packaging: MediaPackagePackaging.CMAF, url: `${CHANNEL}/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/index.m3u8` },
      { packaging: MediaPackagePackaging.DASH, url: `${CHANNEL}/8b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e/index.mpd` },
      { packaging: MediaPackagePackaging.SMOOTH, url: `${CHANNEL}/9c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f/index.ism/Manifest` },
    ],
    timeShift: true, // start/end in the manifests' cache key
    originProps: { originShieldRegion: 'eu-west-1' },
  });
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: mediaPackage.defaultBehavior,
    additionalBehaviors: mediaPackage.additionalBehaviors,
    errorResponses: mediaPackage.errorResponses,
    domainNames: domain.domainNames,
    certificate: domain.certificate,
  });
  domain.pointAt(distribution);
  new TerraformOutput(stack, 'playback-urls', { value: mediaPackage.playbackUrls(domain.baseUrl) });
  return stack;
}
