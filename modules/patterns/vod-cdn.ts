import { Construct } from 'constructs';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CachePolicy, ICachePolicy } from '../cloudfront/cache-policy';
import { CustomDomain } from '../domain/custom-domain';
import { VideoDistribution } from '../cloudfront/distribution';
import { ViewerProtocolPolicy } from '../cloudfront/distribution-settings';
import { AllowedMethods } from '../cloudfront/http-methods';
import { OriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { MediaConvertQueue } from '../mediaconvert/mediaconvert-queue';
import { MediaConvertRole } from '../mediaconvert/mediaconvert-role';
import { S3Origin } from '../origins/s3-origin';
import { VideoCachePresets } from '../presets/video-cache-presets';
import { checkEach, checkValue } from '../private/check-value';
import { invalid } from '../private/invalid';
import { createPatternDistribution, PatternDistribution } from '../private/pattern-distribution';
import { buildStagedFronts } from '../private/staged-front';
import { AlarmProfile } from '../observability/alarms';
import { Observability } from '../observability/observability';
import { ContinuousDeployment } from '../cloudfront/continuous-deployment';
import { PatternStagingProps } from './pattern-staging-props';
import { playerCorsPolicy } from '../private/player-cors';
import { inProp } from '../private/prop-path';
import { isUnresolved } from '../private/tokens';
import { ClientAccessPolicy } from '../storage/client-access-policy';
import { BucketLifecycleProps, LifecycleStorageClass, PrivateBucket } from '../storage/private-bucket';
import { kmsKeyArnProblem } from '../validation/aws-identifiers';
import { keyPrefixProblem } from '../validation/bucket-name';
import { wholeNumberBetween } from '../validation/numbers';
import { pathPatternProblem } from '../validation/paths';
import { noDuplicates } from '../validation/lists';
import { allOf, ValueRule } from '../validation/value-rule';
import { playerOriginsProblem, webOriginProblem } from '../validation/web-origin';
import { VideoCdnPatternProps } from './video-cdn-pattern-props';

/** Manifests change only when an asset is transcoded again: their own, shorter-lived cache policy. */
export const VOD_MANIFEST_EXTENSIONS = ['m3u8', 'mpd'] as const;
/**
 * What MediaConvert writes next to the manifests: HLS TS and packed audio, fMP4/DASH, CMAF video,
 * audio and text, WebVTT sidecars, and JPEG trick-play tiles. Immutable once written.
 */
export const VOD_SEGMENT_EXTENSIONS = ['ts', 'mp4', 'm4s', 'cmfv', 'cmfa', 'cmft', 'aac', 'vtt', 'jpg'] as const;
/** Smooth Streaming requests look like `<presentation>.ism/Manifest` and `<presentation>.ism/QualityLevels(..)/Fragments(..)`. */
export const DEFAULT_SMOOTH_STREAMING_PATH_PATTERN = '*.ism/*';

/** Storage classes whose objects MediaConvert reads directly; Glacier Flexible Retrieval and Deep Archive need a restore first. */
export const mediaConvertReadableStorageClassProblem: ValueRule<LifecycleStorageClass> = (storageClass) =>
  storageClass === LifecycleStorageClass.GLACIER || storageClass === LifecycleStorageClass.DEEP_ARCHIVE
    ? {
        problem: 'is a storage class MediaConvert cannot read without a restore',
        fix: 'Use GLACIER_IR (the default), STANDARD_IA, ONEZONE_IA or INTELLIGENT_TIERING: a job fails on a master it cannot read.',
      }
    : undefined;

/** A TTL CloudFront uses for VOD objects without Cache-Control: whole seconds, at most a year. */
export const vodTtlProblem = wholeNumberBetween(0, 31536000, 'Use whole seconds up to a year (31536000).');

/** The file extensions served with the segment policy: one behavior each, manifests excluded. */
export const segmentExtensionsProblem: ValueRule<readonly string[]> = allOf<readonly string[]>(
  (extensions) =>
    extensions.length === 0
      ? { problem: 'is an empty list', fix: 'List at least one extension, or leave it out for the default list.' }
      : undefined,
  (extensions) => {
    const bad = extensions.find((extension) => !/^[a-z0-9]{1,16}$/.test(extension));
    return bad === undefined
      ? undefined
      : { problem: `contains "${bad}", which is not a file extension without the dot`, fix: 'Write extensions like ts or m4s.' };
  },
  (extensions) => {
    const manifest = extensions.find((extension) => (VOD_MANIFEST_EXTENSIONS as readonly string[]).includes(extension));
    return manifest === undefined
      ? undefined
      : { problem: `contains the manifest extension ${manifest}`, fix: 'Leave m3u8 and mpd out: manifests have their own behaviors.' };
  },
  noDuplicates('List each extension once.'),
);

/** The bucket users upload masters to. */
export interface VodSourceBucketProps {
  /** @default a unique name Terraform generates from the stack and construct names (`<stack>-source-`) */
  readonly bucketName?: string;
  /** Keep every version of every master (protects against overwrites). @default false */
  readonly versioning?: boolean;
  /**
   * Encrypt masters with this KMS key; the MediaConvert role gets `kms:Decrypt` on it, so it must
   * be a key ARN (IAM policies do not match aliases).
   * @default SSE-S3
   */
  readonly kmsKeyArn?: string;
  /** Let `terraform destroy` delete the bucket with its masters. @default false */
  readonly forceDestroy?: boolean;
  /** Transition and expiry rules; transitions only to classes MediaConvert reads without a restore. @default incomplete uploads aborted after 7 days */
  readonly lifecycle?: BucketLifecycleProps;
}

/** The bucket MediaConvert writes renditions to: the CloudFront origin. */
export interface VodOutputBucketProps {
  /** @default a unique name Terraform generates (`<stack>-output-`) */
  readonly bucketName?: string;
  /** @default false */
  readonly forceDestroy?: boolean;
}

export interface VodMediaConvertProps {
  /** @default derived from the stack and construct path (queue names are per account and region) */
  readonly queueName?: string;
  /** @default MediaConvert's default for on-demand queues */
  readonly concurrentJobs?: number;
  /** @default derived from the stack and construct path (role names are account-wide) */
  readonly roleName?: string;
}

/** TTLs CloudFront uses when an object has no Cache-Control header. */
export interface VodCacheProps {
  /** A re-transcode to the same path shows within it. @default 3600 */
  readonly manifestTtlSeconds?: number;
  /** Segments are immutable. @default 604800 (a week) */
  readonly segmentTtlSeconds?: number;
}

export interface VodSmoothStreamingProps {
  /**
   * The behavior with `smooth_streaming` on, matched before the manifest and segment behaviors.
   * @default `*.ism/*`
   */
  readonly pathPattern?: string;
}

/** The settings a staging copy may change (the buckets, MediaConvert and CORS rules are shared). */
export const VOD_STAGEABLE_SETTINGS = ['cache', 'segmentExtensions', 'viewerAccess'] as const;

export interface VodCdnProps extends VideoCdnPatternProps {
  /**
   * Try changes on a staging copy first (CloudFront continuous deployment): these props apply to
   * the copy, `staging.primary` holds what stays on the primary until promotion.
   * @default no staging copy
   */
  readonly staging?: PatternStagingProps<Partial<Pick<VodCdnProps, (typeof VOD_STAGEABLE_SETTINGS)[number]>>>;
  /** @default a private bucket with the defaults of `VodSourceBucketProps` */
  readonly sourceBucket?: VodSourceBucketProps;
  /** @default a private bucket with the defaults of `VodOutputBucketProps` */
  readonly outputBucket?: VodOutputBucketProps;
  /**
   * Key prefix MediaConvert writes under (`vod/`): the only place its role may write, and the
   * start of every playback path.
   * @default '' (the bucket root)
   */
  readonly outputKeyPrefix?: string;
  /** @default a stack-unique queue and role */
  readonly mediaConvert?: VodMediaConvertProps;
  /**
   * Web origins of the players: CORS on the output bucket and the distribution, and
   * `clientaccesspolicy.xml` with Smooth Streaming.
   * @default ['*']
   */
  readonly corsAllowedOrigins?: readonly string[];
  /** Extensions served with the segment policy, one behavior each. @default VOD_SEGMENT_EXTENSIONS */
  readonly segmentExtensions?: readonly string[];
  /** @default manifests an hour, segments a week */
  readonly cache?: VodCacheProps;
  /** Serve Microsoft Smooth Streaming presentations too. @default off */
  readonly smoothStreaming?: VodSmoothStreamingProps;
}

/**
 * On-demand video: masters uploaded to a private S3 bucket, transcoded by AWS Elemental
 * MediaConvert (role and queue here, jobs submitted by you) into a second private bucket that
 * CloudFront reads through Origin Access Control, with a manifest and a segment cache policy, CORS
 * for browser players, and optionally Microsoft Smooth Streaming.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/on-demand-video.html
 */
export class VodCdn extends Construct {
  public readonly sourceBucket: PrivateBucket;
  public readonly outputBucket: PrivateBucket;
  public readonly mediaConvertRole: MediaConvertRole;
  public readonly mediaConvertQueue: MediaConvertQueue;
  public readonly distribution: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  public readonly baseUrl: string;
  /** The key prefix MediaConvert writes under (`''` for the bucket root). */
  public readonly outputKeyPrefix: string;
  /** `s3://<output bucket>/<prefix>`: the destination of MediaConvert output groups. */
  public readonly mediaConvertDestination: string;
  /** The Smooth Streaming behavior's path pattern, when Smooth Streaming is on. */
  public readonly smoothStreamingPathPattern?: string;
  /** The staging copy, with `staging`. */
  public readonly stagingDistribution?: VideoDistribution;
  /** The policy sending traffic to the staging copy, with `staging`. */
  public readonly continuousDeployment?: ContinuousDeployment;
  /** The distribution's logs, alarms and dashboard, with `observability`. */
  public readonly observability?: Observability;

  constructor(scope: Construct, id: string, props: VodCdnProps = {}) {
    super(scope, id);
    const prefix = props.outputKeyPrefix ?? '';
    const corsOrigins = props.corsAllowedOrigins ?? ['*'];
    checkValue('outputKeyPrefix', prefix, keyPrefixProblem);
    checkValue('sourceBucket.kmsKeyArn', props.sourceBucket?.kmsKeyArn, kmsKeyArnProblem);
    checkValue(
      'sourceBucket.lifecycle.transitionStorageClass',
      props.sourceBucket?.lifecycle?.transitionStorageClass,
      mediaConvertReadableStorageClassProblem,
    );
    checkValue('corsAllowedOrigins', corsOrigins, playerOriginsProblem);
    checkEach('corsAllowedOrigins', corsOrigins, webOriginProblem);
    checkValue('cache.manifestTtlSeconds', props.cache?.manifestTtlSeconds, vodTtlProblem);
    checkValue('cache.segmentTtlSeconds', props.cache?.segmentTtlSeconds, vodTtlProblem);
    checkValue('segmentExtensions', props.segmentExtensions, segmentExtensionsProblem);
    const smoothPathPattern = props.smoothStreaming && (props.smoothStreaming.pathPattern ?? DEFAULT_SMOOTH_STREAMING_PATH_PATTERN);
    if (smoothPathPattern !== undefined) checkSmoothPathPattern(smoothPathPattern, prefix);
    this.smoothStreamingPathPattern = smoothPathPattern;
    this.outputKeyPrefix = prefix;

    const source = props.sourceBucket ?? {};
    this.sourceBucket = inProp(
      'sourceBucket',
      () =>
        new PrivateBucket(this, 'source', {
          bucketName: source.bucketName,
          forceDestroy: source.forceDestroy,
          versioned: source.versioning,
          kmsKeyArn: source.kmsKeyArn,
          lifecycle: source.lifecycle,
          denyInsecureTransport: true,
          tags: props.tags,
        }),
    );
    this.outputBucket = inProp(
      'outputBucket',
      () =>
        new PrivateBucket(this, 'output', {
          bucketName: props.outputBucket?.bucketName,
          forceDestroy: props.outputBucket?.forceDestroy,
          // S3 answers the CORS preflight requests CloudFront forwards (OPTIONS is allowed below).
          cors: { allowedOrigins: corsOrigins },
          tags: props.tags,
        }),
    );

    this.mediaConvertRole = inProp(
      'mediaConvert',
      () =>
        new MediaConvertRole(this, 'mediaconvert-role', {
          inputBuckets: [this.sourceBucket],
          outputBuckets: [this.outputBucket],
          outputKeyPrefix: prefix,
          kmsKeyArns: source.kmsKeyArn ? [source.kmsKeyArn] : undefined,
          roleName: props.mediaConvert?.roleName,
          tags: props.tags,
        }),
    );
    this.mediaConvertQueue = inProp(
      'mediaConvert',
      () =>
        new MediaConvertQueue(this, 'mediaconvert-queue', {
          queueName: props.mediaConvert?.queueName,
          description: 'On-demand transcoding of uploaded masters for CloudFront delivery',
          concurrentJobs: props.mediaConvert?.concurrentJobs,
          tags: props.tags,
        }),
    );

    const outputBucket = this.outputBucket;
    const fronts = buildStagedFronts(this, props, VOD_STAGEABLE_SETTINGS, (frontScope, frontProps, stagingOf) =>
      buildVodFront(frontScope, frontProps, outputBucket, smoothPathPattern, stagingOf),
    );
    this.distribution = fronts.primary.distribution;
    this.customDomain = fronts.primary.customDomain;
    this.baseUrl = fronts.primary.baseUrl;
    this.observability = fronts.primary.observability;
    this.stagingDistribution = fronts.staging?.distribution;
    this.continuousDeployment = fronts.continuousDeployment;
    if (smoothPathPattern !== undefined) {
      new ClientAccessPolicy(this, 'client-access-policy', { bucket: this.outputBucket, allowFromDomains: corsOrigins });
    }
    this.mediaConvertDestination = `s3://${this.outputBucket.bucket}/${prefix}`;
  }

  /** The URL of what MediaConvert wrote to `<mediaConvertDestination><key>` (e.g. `movie1/hls/index.m3u8`). */
  public playbackUrl(key: string, baseUrl = this.baseUrl): string {
    return `${baseUrl}/${this.outputKeyPrefix}${key}`;
  }
}

/** The origin, policies and distribution of one front over the output bucket: the primary's, or its staging copy's. */
function buildVodFront(
  scope: Construct,
  props: VodCdnProps,
  outputBucket: PrivateBucket,
  smoothPathPattern: string | undefined,
  stagingOf?: PatternDistribution,
): PatternDistribution {
  checkValue('cache.manifestTtlSeconds', props.cache?.manifestTtlSeconds, vodTtlProblem);
  checkValue('cache.segmentTtlSeconds', props.cache?.segmentTtlSeconds, vodTtlProblem);
  checkValue('segmentExtensions', props.segmentExtensions, segmentExtensionsProblem);
  const origin = S3Origin.withOriginAccessControl(outputBucket, { originId: 'mediaconvert-output' });
  const corsPolicy = playerCorsPolicy(scope, 'corsAllowedOrigins', props.corsAllowedOrigins ?? ['*'], props.viewerAccess);
  const manifestCache = new CachePolicy(
    scope,
    'manifest-cache',
    VideoCachePresets.vodManifests({ defaultTtlSeconds: props.cache?.manifestTtlSeconds }),
  );
  const segmentCache = new CachePolicy(
    scope,
    'segment-cache',
    VideoCachePresets.vodSegments({ defaultTtlSeconds: props.cache?.segmentTtlSeconds }),
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
  const front = createPatternDistribution(
    scope,
    props,
    {
      comment: 'On-demand video from MediaConvert output',
      // Everything else (clientaccesspolicy.xml, posters): the manifest policy's hour-long default.
      defaultBehavior: behavior(manifestCache),
    },
    { stagingOf, profile: AlarmProfile.VOD },
  );
  // addBehavior, not a keyed record: a Smooth Streaming pattern equal to an extension pattern
  // must fail loudly instead of silently replacing one behavior with the other. Smooth Streaming
  // first, so its presentations' fragments never fall into the segment behaviors.
  if (smoothPathPattern !== undefined) front.distribution.addBehavior(smoothPathPattern, behavior(segmentCache, true));
  for (const extension of VOD_MANIFEST_EXTENSIONS) front.distribution.addBehavior(`*.${extension}`, behavior(manifestCache));
  for (const extension of props.segmentExtensions ?? VOD_SEGMENT_EXTENSIONS) {
    front.distribution.addBehavior(`*.${extension}`, behavior(segmentCache));
  }
  return front;
}

/** A pattern that cannot match any playback path would leave Smooth Streaming silently off. */
function checkSmoothPathPattern(pattern: string, prefix: string): void {
  checkValue('smoothStreaming.pathPattern', pattern, pathPatternProblem);
  if (prefix === '' || isUnresolved(pattern) || pattern.startsWith('*')) return;
  const path = pattern.replace(/^\//, '');
  if (!path.startsWith(prefix) && !prefix.startsWith(path.replace(/\*.*$/, ''))) {
    invalid(
      'smoothStreaming.pathPattern',
      `never matches a playback path (they all start with /${prefix})`,
      pattern,
      `Start it with /${prefix} or *, e.g. /${prefix}smooth/* or *.ism/*.`,
    );
  }
}
