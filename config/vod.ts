import { z } from 'zod';
import { scenarioBase } from './common';

const bucketName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit');
const days = z.number().int('must be a whole number of days').min(1, 'must be 1 day or more');
const webOrigin = z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'must be * or an origin like https://player.example.com (no path, no trailing slash)');
const kmsKeyArn = z
  .string()
  .regex(/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'must be a KMS key ARN like arn:aws:kms:eu-west-1:111122223333:key/<key-id> (not an alias)');
const pathPattern = z
  .string()
  .regex(/^[A-Za-z0-9_\-.*$/~"'@:+?&]{1,255}$/, 'must be a CloudFront path pattern like *.ism/* or /smooth/*')
  .refine((pattern) => pattern !== '*' && pattern !== '/*', 'must be narrower than * (the default behavior serves everything else)');
const extension = z.string().regex(/^[a-z0-9]{1,16}$/, 'must be a file extension without the dot, like ts or m4s');

/** Where users upload masters. */
const sourceBucketSchema = z.strictObject({
  /** Default: a unique name Terraform generates from the prefix `<stack>-source-`. */
  bucketName: bucketName.optional(),
  /** Keep every version of every master (protects against overwrites). Default false. */
  versioning: z.boolean().optional(),
  /** Encrypt masters with this KMS key (the MediaConvert role gets kms:Decrypt). Default SSE-S3. */
  kmsKeyArn: kmsKeyArn.optional(),
  /** Let `terraform destroy` delete the bucket with its masters. Default false. */
  forceDestroy: z.boolean().optional(),
  lifecycle: z
    .strictObject({
      /** Default 7. */
      abortIncompleteMultipartUploadAfterDays: days.optional(),
      /** Move masters to `transitionStorageClass` after this many days. Default: never. */
      transitionAfterDays: days.optional(),
      /** Only classes MediaConvert can read without a restore. Default GLACIER_IR. */
      transitionStorageClass: z.enum(['STANDARD_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR']).optional(),
      /** Delete masters after this many days. Default: never. */
      expireAfterDays: days.optional(),
      /** Delete overwritten versions after this many days (needs versioning). Default: never. */
      noncurrentVersionExpireAfterDays: days.optional(),
    })
    .optional(),
});

/** Where MediaConvert writes renditions: the CloudFront origin. */
const outputBucketSchema = z.strictObject({
  /** Default: a unique name Terraform generates from the prefix `<stack>-output-`. */
  bucketName: bucketName.optional(),
  /** Let `terraform destroy` delete the bucket with its renditions. Default false. */
  forceDestroy: z.boolean().optional(),
});

const mediaConvertSchema = z.strictObject({
  /** Default: derived from the stack name (queue names are per account and region). */
  queueName: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be 1-128 letters, digits, hyphens or underscores').optional(),
  /** Jobs the queue runs at once, within the account quota. Default: MediaConvert's default. */
  concurrentJobs: z.number().int('must be a whole number').min(1, 'must be at least 1').optional(),
  /** Default: derived from the stack name (role names are account-wide). */
  roleName: z.string().regex(/^[\w+=,.@-]{1,64}$/, 'must be 1-64 letters, digits or + = , . @ - _').optional(),
});

/** TTLs CloudFront uses when the object has no Cache-Control header. */
const cacheSchema = z.strictObject({
  /** Default 3600: a re-transcode to the same path shows within the hour. */
  manifestTtlSeconds: z.number().int().min(0).max(31536000).optional(),
  /** Default 604800 (a week): segments are immutable. */
  segmentTtlSeconds: z.number().int().min(0).max(31536000).optional(),
});

/** Microsoft Smooth Streaming presentations (.ism/.ismc/.ismv) served from the same distribution. */
const smoothStreamingSchema = z.strictObject({
  /** Default true once the section is present. */
  enabled: z.boolean().default(true),
  /** The behavior with smooth_streaming on; matched before the manifest and segment behaviors. Default "*.ism/*". */
  pathPattern: pathPattern.optional(),
});

/** The vod section: S3 upload bucket, MediaConvert role and queue, S3 output bucket behind CloudFront. */
export const vodSchema = z.strictObject({
  ...scenarioBase,
  sourceBucket: sourceBucketSchema.optional(),
  outputBucket: outputBucketSchema.optional(),
  /**
   * Key prefix MediaConvert writes under (`vod/`), also the first part of every playback path; the
   * role may write nowhere else. Default "" (the bucket root).
   */
  outputKeyPrefix: z
    .string()
    .regex(/^([A-Za-z0-9!_.'()-]+\/)*$/, 'must be empty or a key prefix ending in /, like vod/ (no leading /, no wildcards)')
    .optional(),
  mediaConvert: mediaConvertSchema.optional(),
  /** Web origins of the players (CORS on the bucket and the distribution). Default ["*"]. */
  corsAllowedOrigins: z.array(webOrigin).min(1, 'must list at least one origin').optional(),
  /** Segment file extensions, one behavior each. Default ts, mp4, m4s, cmfv, cmfa, aac, vtt, webvtt. */
  segmentExtensions: z
    .array(extension)
    .min(1, 'must list at least one extension')
    .refine((list) => new Set(list).size === list.length, 'must not list an extension twice')
    .refine((list) => !list.includes('m3u8') && !list.includes('mpd'), 'must not contain m3u8 or mpd (manifests have their own behaviors)')
    .optional(),
  cache: cacheSchema.optional(),
  smoothStreaming: smoothStreamingSchema.optional(),
});
export type VodConfig = z.infer<typeof vodSchema>;
export type VodSourceBucketConfig = z.infer<typeof sourceBucketSchema>;
