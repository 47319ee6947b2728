/**
 * On-demand video with the library's pattern (docs/guides/vod-s3-mediaconvert.md): upload and
 * output buckets, the MediaConvert role and queue, the output bucket behind CloudFront with Origin
 * Access Control, HLS/DASH/CMAF behaviors and Smooth Streaming, on a custom domain.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { VideoCdnStack, VodCdn } from '../modules';

export function buildVodExample(scope: Construct, id = 'vod-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const vod = new VodCdn(stack, 'vod', {
    sourceBucket: { versioning: true },
    outputKeyPrefix: 'vod/',
    corsAllowedOrigins: ['https://player.example.com'],
    smoothStreaming: {}, // <name>.ism/Manifest and .../Fragments(...), clientaccesspolicy.xml at the root
    customDomain: { domainName: 'ondemand.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
  });
  new TerraformOutput(stack, 'mediaconvert-role-arn', { value: vod.mediaConvertRole.roleArn });
  new TerraformOutput(stack, 'mediaconvert-queue-arn', { value: vod.mediaConvertQueue.queueArn });
  new TerraformOutput(stack, 'mediaconvert-destination', { value: vod.mediaConvertDestination });
  new TerraformOutput(stack, 'upload-bucket', { value: vod.sourceBucket.bucket });
  new TerraformOutput(stack, 'playback-url', { value: vod.playbackUrl('movie1/hls/index.m3u8') });
  return stack;
}
