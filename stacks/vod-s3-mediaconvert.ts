import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { patternProps } from '../config/common';
import { VodConfig } from '../config/vod';
import { VideoCdnStack, VideoCdnStackProps, VodCdn } from '../modules';
import { observabilityOutputs } from './outputs/observability';
import { viewerAccessOutputs } from './outputs/viewer-access';

/**
 * On-demand video (`vod`): S3 upload bucket, MediaConvert role and queue, S3 output bucket behind
 * CloudFront, optionally Smooth Streaming; the whole composition is the library's `VodCdn`.
 */
export class VodS3MediaConvertStack extends VideoCdnStack {
  public readonly vod: VodCdn;

  constructor(scope: Construct, id: string, config: VodConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const { smoothStreaming, ...settings } = patternProps(config);
    // `Default`: the pattern adds no part to resource addresses or generated names.
    this.vod = new VodCdn(this, 'Default', {
      ...settings,
      smoothStreaming: smoothStreaming?.enabled ? { pathPattern: smoothStreaming.pathPattern } : undefined,
    });
    const vod = this.vod;
    new TerraformOutput(this, 'distribution-id', { value: vod.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: vod.distribution.domainName });
    viewerAccessOutputs(this, vod.distribution);
    observabilityOutputs(this, vod.observability);
    new TerraformOutput(this, 'playback-url-pattern', {
      description: `The URL of an object MediaConvert wrote to <mediaconvert-destination>{key}, e.g. {key} = movie1/hls/index.m3u8 or movie1/dash/index.mpd`,
      value: vod.playbackUrl('{key}'),
    });
    if (vod.smoothStreamingPathPattern !== undefined) {
      new TerraformOutput(this, 'smooth-streaming-url-pattern', {
        description: `Client manifest of a Smooth Streaming presentation MediaConvert wrote to <mediaconvert-destination>{presentation}.ism (the path must match ${vod.smoothStreamingPathPattern})`,
        value: vod.playbackUrl('{presentation}.ism/Manifest'),
      });
    }
    new TerraformOutput(this, 'source-bucket-name', { description: 'Upload masters here', value: vod.sourceBucket.bucket });
    new TerraformOutput(this, 'output-bucket-name', {
      description: 'MediaConvert output, the CloudFront origin',
      value: vod.outputBucket.bucket,
    });
    new TerraformOutput(this, 'mediaconvert-role-arn', {
      description: 'Role for MediaConvert jobs (--role)',
      value: vod.mediaConvertRole.roleArn,
    });
    new TerraformOutput(this, 'mediaconvert-queue-arn', {
      description: 'Queue for MediaConvert jobs (--queue)',
      value: vod.mediaConvertQueue.queueArn,
    });
    new TerraformOutput(this, 'mediaconvert-destination', {
      description: 'Destination prefix for MediaConvert output groups',
      value: vod.mediaConvertDestination,
    });
  }
}
