/**
 * Live HLS/DASH from an encoder's output folder with the library's pattern
 * (docs/guides/live-mediastore.md): a MediaStore container (end of support 2025-11-13, synth
 * warns) or its S3 migration, manifests cached about half a segment, segments a day.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { MediaStoreLiveCdn, MediaStoreLiveOrigin, VideoCdnStack } from '../modules';

export function buildLiveMediaStoreExample(scope: Construct, id = 'live-mediastore-example', useMediaStore = false): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const live = new MediaStoreLiveCdn(stack, 'live', {
    // S3 with Origin Access Control is AWS's migration path from MediaStore.
    origin: useMediaStore ? MediaStoreLiveOrigin.createdContainer({ containerName: 'live' }) : MediaStoreLiveOrigin.s3Migration(),
    folder: '/live',
    segmentDurationSeconds: 6,
    manifestPaths: ['channel1/index.m3u8'],
    customDomain: { domainName: 'live.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
  });
  new TerraformOutput(stack, 'playback-url', { value: live.playbackUrls()[0] });
  new TerraformOutput(stack, 'medialive-destination', { value: live.ingestDestination });
  return stack;
}
