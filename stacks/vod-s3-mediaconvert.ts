import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { customDomainProps, distributionProps } from '../config/common';
import { VodConfig, VodSourceBucketConfig } from '../config/vod';
import {
  AllowedMethods,
  BehaviorOptions,
  BucketLifecycleProps,
  CachePolicy,
  ClientAccessPolicy,
  CustomDomain,
  ICachePolicy,
  LifecycleStorageClass,
  MediaConvertQueue,
  MediaConvertRole,
  OriginRequestPolicy,
  PrivateBucket,
  ResponseHeadersPolicy,
  S3Origin,
  VideoCachePresets,
  VideoCdnStack,
  VideoCdnStackProps,
  VideoDistribution,
  VideoResponseHeadersPresets,
  ViewerProtocolPolicy,
  VideoCdnValidationError,
  viewerBaseUrl,
} from '../modules';

/** Manifests change only when an asset is transcoded again: their own, shorter-lived cache policy. */
export const VOD_MANIFEST_EXTENSIONS = ['m3u8', 'mpd'] as const;
/**
 * What MediaConvert writes next to the manifests: HLS TS and packed audio, fMP4/DASH, CMAF video,
 * audio and text, WebVTT sidecars, and JPEG trick-play tiles. Immutable once written.
 */
export const VOD_SEGMENT_EXTENSIONS = ['ts', 'mp4', 'm4s', 'cmfv', 'cmfa', 'cmft', 'aac', 'vtt', 'jpg'] as const;
/** Smooth Streaming requests look like `<presentation>.ism/Manifest` and `<presentation>.ism/QualityLevels(..)/Fragments(..)`. */
export const DEFAULT_SMOOTH_STREAMING_PATH_PATTERN = '*.ism/*';

/**
 * On-demand video: masters uploaded to a private S3 bucket, transcoded by AWS Elemental
 * MediaConvert (role and queue here, jobs submitted by you) into a second private bucket that
 * CloudFront reads through Origin Access Control. Optionally Microsoft Smooth Streaming too.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/on-demand-video.html
 */
export class VodS3MediaConvertStack extends VideoCdnStack {
  public readonly sourceBucket: PrivateBucket;
  public readonly outputBucket: PrivateBucket;
  public readonly mediaConvertRole: MediaConvertRole;
  public readonly mediaConvertQueue: MediaConvertQueue;
  public readonly distribution: VideoDistribution;

  constructor(scope: Construct, id: string, config: VodConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const prefix = config.outputKeyPrefix ?? '';
    const corsOrigins = config.corsAllowedOrigins ?? ['*'];
    const smooth = config.smoothStreaming?.enabled ? config.smoothStreaming : undefined;
    const smoothPathPattern = smooth?.pathPattern ?? DEFAULT_SMOOTH_STREAMING_PATH_PATTERN;
    if (smooth) checkSmoothPathPattern(smoothPathPattern, prefix);

    this.sourceBucket = new PrivateBucket(this, 'source', {
      bucketName: config.sourceBucket?.bucketName,
      forceDestroy: config.sourceBucket?.forceDestroy,
      versioned: config.sourceBucket?.versioning,
      kmsKeyArn: config.sourceBucket?.kmsKeyArn,
      lifecycle: sourceLifecycle(config.sourceBucket),
      denyInsecureTransport: true,
      tags: config.tags,
    });
    this.outputBucket = new PrivateBucket(this, 'output', {
      bucketName: config.outputBucket?.bucketName,
      forceDestroy: config.outputBucket?.forceDestroy,
      // S3 answers the CORS preflight requests CloudFront forwards (OPTIONS is allowed below).
      cors: { allowedOrigins: corsOrigins },
      tags: config.tags,
    });

    this.mediaConvertRole = new MediaConvertRole(this, 'mediaconvert-role', {
      inputBuckets: [this.sourceBucket],
      outputBuckets: [this.outputBucket],
      outputKeyPrefix: prefix,
      kmsKeyArns: config.sourceBucket?.kmsKeyArn ? [config.sourceBucket.kmsKeyArn] : undefined,
      roleName: config.mediaConvert?.roleName,
      tags: config.tags,
    });
    this.mediaConvertQueue = new MediaConvertQueue(this, 'mediaconvert-queue', {
      queueName: config.mediaConvert?.queueName,
      description: 'On-demand transcoding of uploaded masters for CloudFront delivery',
      concurrentJobs: config.mediaConvert?.concurrentJobs,
      tags: config.tags,
    });

    const origin = S3Origin.withOriginAccessControl(this.outputBucket, { originId: 'mediaconvert-output' });
    const corsPolicy = new ResponseHeadersPolicy(this, 'player-cors', VideoResponseHeadersPresets.corsForPlayers(corsOrigins));
    const manifestCache = new CachePolicy(
      this,
      'manifest-cache',
      VideoCachePresets.vodManifests({ defaultTtlSeconds: config.cache?.manifestTtlSeconds }),
    );
    const segmentCache = new CachePolicy(
      this,
      'segment-cache',
      VideoCachePresets.vodSegments({ defaultTtlSeconds: config.cache?.segmentTtlSeconds }),
    );
    const behavior = (cachePolicy: ICachePolicy, smoothStreaming = false): BehaviorOptions => ({
      origin,
      cachePolicy,
      // Origin and Access-Control-Request-* reach S3, whose CORS rules answer the preflight;
      // the response headers policy then makes every answer's CORS headers the same.
      originRequestPolicy: OriginRequestPolicy.CORS_S3_ORIGIN,
      responseHeadersPolicy: corsPolicy,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      smoothStreaming,
    });

    const domain = config.customDomain && new CustomDomain(this, 'custom-domain', customDomainProps(config.customDomain, config.tags));
    this.distribution = new VideoDistribution(this, 'distribution', {
      ...distributionProps(config.distribution),
      comment: config.distribution?.comment ?? 'On-demand video from MediaConvert output',
      // Everything else (clientaccesspolicy.xml, posters): the manifest policy's hour-long default.
      defaultBehavior: behavior(manifestCache),
      domainNames: domain?.domainNames,
      certificate: domain?.certificate,
      tags: config.tags,
    });
    // addBehavior, not a keyed record: a Smooth Streaming pattern equal to an extension pattern
    // must fail loudly instead of silently replacing one behavior with the other.
    // Smooth Streaming first, so its presentations' fragments never fall into the segment behaviors.
    if (smooth) this.distribution.addBehavior(smoothPathPattern, behavior(segmentCache, true));
    for (const extension of VOD_MANIFEST_EXTENSIONS) this.distribution.addBehavior(`*.${extension}`, behavior(manifestCache));
    for (const extension of config.segmentExtensions ?? VOD_SEGMENT_EXTENSIONS)
      this.distribution.addBehavior(`*.${extension}`, behavior(segmentCache));
    domain?.pointAt(this.distribution);
    if (smooth) {
      new ClientAccessPolicy(this, 'client-access-policy', { bucket: this.outputBucket, allowFromDomains: corsOrigins });
    }

    const baseUrl = viewerBaseUrl(this.distribution, domain);
    const destination = `s3://${this.outputBucket.bucket}/${prefix}`;
    new TerraformOutput(this, 'distribution-id', { value: this.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: this.distribution.domainName });
    new TerraformOutput(this, 'playback-url-pattern', {
      description: `The URL of an object MediaConvert wrote to <mediaconvert-destination>{key}, e.g. {key} = movie1/hls/index.m3u8 or movie1/dash/index.mpd`,
      value: `${baseUrl}/${prefix}{key}`,
    });
    if (smooth) {
      new TerraformOutput(this, 'smooth-streaming-url-pattern', {
        description: `Client manifest of a Smooth Streaming presentation MediaConvert wrote to <mediaconvert-destination>{presentation}.ism (the path must match ${smoothPathPattern})`,
        value: `${baseUrl}/${prefix}{presentation}.ism/Manifest`,
      });
    }
    new TerraformOutput(this, 'source-bucket-name', { description: 'Upload masters here', value: this.sourceBucket.bucket });
    new TerraformOutput(this, 'output-bucket-name', {
      description: 'MediaConvert output, the CloudFront origin',
      value: this.outputBucket.bucket,
    });
    new TerraformOutput(this, 'mediaconvert-role-arn', {
      description: 'Role for MediaConvert jobs (--role)',
      value: this.mediaConvertRole.roleArn,
    });
    new TerraformOutput(this, 'mediaconvert-queue-arn', {
      description: 'Queue for MediaConvert jobs (--queue)',
      value: this.mediaConvertQueue.queueArn,
    });
    new TerraformOutput(this, 'mediaconvert-destination', {
      description: 'Destination prefix for MediaConvert output groups',
      value: destination,
    });
  }
}

function sourceLifecycle(source: VodSourceBucketConfig | undefined): BucketLifecycleProps | undefined {
  const lifecycle = source?.lifecycle;
  if (!lifecycle) return undefined;
  return {
    ...lifecycle,
    transitionStorageClass: lifecycle.transitionStorageClass && LifecycleStorageClass[lifecycle.transitionStorageClass],
  };
}

/** A pattern that cannot match any playback path would leave Smooth Streaming silently off. */
function checkSmoothPathPattern(pattern: string, prefix: string): void {
  if (prefix === '' || pattern.startsWith('*')) return;
  const path = pattern.replace(/^\//, '');
  if (!path.startsWith(prefix) && !prefix.startsWith(path.replace(/\*.*$/, ''))) {
    throw new VideoCdnValidationError(
      VideoCdnValidationError.messageFor(
        'smoothStreaming.pathPattern',
        `never matches a playback path (they all start with /${prefix})`,
        pattern,
        `Start it with /${prefix} or *, e.g. /${prefix}smooth/* or *.ism/*.`,
      ),
    );
  }
}
