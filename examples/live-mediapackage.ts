/**
 * A MediaPackage live channel behind CloudFront with the library's pattern
 * (docs/guides/live-mediapackage.md): four endpoints (HLS, CMAF, DASH, Smooth), the per-format
 * behaviors, time-shift query strings in the manifests' cache key, Origin Shield, a custom domain.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { MediaPackageLiveCdn, MediaPackagePackaging, VideoCdnStack } from '../modules';

const CHANNEL = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';

export function buildLiveMediaPackageExample(scope: Construct, id = 'live-mediapackage-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const live = new MediaPackageLiveCdn(stack, 'live', {
    endpoints: [
      { packaging: MediaPackagePackaging.HLS, url: `${CHANNEL}/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b/index.m3u8` },
      // Shares *.m3u8 with HLS: served under its own path, /out/v1/7a2b.../index.m3u8
      { packaging: MediaPackagePackaging.CMAF, url: `${CHANNEL}/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/index.m3u8` },
      { packaging: MediaPackagePackaging.DASH, url: `${CHANNEL}/8b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e/index.mpd` },
      { packaging: MediaPackagePackaging.SMOOTH, url: `${CHANNEL}/9c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f/index.ism/Manifest` },
    ],
    timeShift: true, // start/end in the manifests' cache key
    originShieldRegion: 'eu-west-1',
    customDomain: { domainName: 'live.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
  });
  new TerraformOutput(stack, 'playback-urls', { value: live.playbackUrls() });
  return stack;
}
