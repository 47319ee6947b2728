/**
 * On-demand video with the library alone (the README's VOD snippet): upload and output buckets,
 * the MediaConvert role and queue, the output bucket behind CloudFront with Origin Access Control,
 * HLS/DASH/CMAF behaviors and Smooth Streaming.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  AllowedMethods,
  BehaviorOptions,
  CachePolicy,
  ClientAccessPolicy,
  CustomDomain,
  ICachePolicy,
  MediaConvertQueue,
  MediaConvertRole,
  OriginRequestPolicy,
  PrivateBucket,
  ResponseHeadersPolicy,
  S3Origin,
  VideoCachePresets,
  VideoCdnStack,
  VideoDistribution,
  VideoResponseHeadersPresets,
} from '../modules';

export function buildVodExample(scope: Construct, id = 'vod-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const players = ['https://player.example.com'];

  // Masters in, renditions out: both private, ACLs off, encrypted.
  const source = new PrivateBucket(stack, 'source', { versioned: true, denyInsecureTransport: true });
  const output = new PrivateBucket(stack, 'output', { cors: { allowedOrigins: players } });
  const role = new MediaConvertRole(stack, 'mediaconvert-role', { inputBuckets: [source], outputBuckets: [output] });
  const queue = new MediaConvertQueue(stack, 'mediaconvert-queue');

  const origin = S3Origin.withOriginAccessControl(output);
  const cors = new ResponseHeadersPolicy(stack, 'cors', VideoResponseHeadersPresets.corsForPlayers(players));
  const manifests = new CachePolicy(stack, 'manifests', VideoCachePresets.vodManifests());
  const segments = new CachePolicy(stack, 'segments', VideoCachePresets.vodSegments());
  const behavior = (cachePolicy: ICachePolicy, smoothStreaming = false): BehaviorOptions => ({
    origin,
    cachePolicy,
    originRequestPolicy: OriginRequestPolicy.CORS_S3_ORIGIN,
    responseHeadersPolicy: cors,
    allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
    smoothStreaming,
  });

  const domain = new CustomDomain(stack, 'domain', {
    domainName: 'ondemand.example.com',
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com',
  });
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: behavior(manifests),
    additionalBehaviors: {
      '*.ism/*': behavior(segments, true), // Smooth Streaming: <name>.ism/Manifest, .../Fragments(...)
      '*.m3u8': behavior(manifests),
      '*.mpd': behavior(manifests),
      '*.ts': behavior(segments),
      '*.mp4': behavior(segments),
      '*.m4s': behavior(segments),
      '*.cmfv': behavior(segments),
      '*.cmfa': behavior(segments),
      '*.vtt': behavior(segments),
    },
    domainNames: domain.domainNames,
    certificate: domain.certificate,
  });
  domain.pointAt(distribution);
  new ClientAccessPolicy(stack, 'clientaccesspolicy', { bucket: output, allowFromDomains: players });

  new TerraformOutput(stack, 'mediaconvert-role-arn', { value: role.roleArn });
  new TerraformOutput(stack, 'mediaconvert-queue-arn', { value: queue.queueArn });
  new TerraformOutput(stack, 'mediaconvert-destination', { value: `s3://${output.bucket}/` });
  new TerraformOutput(stack, 'upload-bucket', { value: source.bucket });
  return stack;
}
