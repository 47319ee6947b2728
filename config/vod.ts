import { z } from 'zod';
import {
  customDomainSettingProblems,
  bucketNameProblem,
  concurrentJobsProblem,
  iamRoleNameProblem,
  keyPrefixProblem,
  kmsKeyArnProblem,
  LifecycleStorageClass,
  lifecycleDaysProblem,
  mediaConvertReadableStorageClassProblem,
  pathPatternProblem,
  resourceNameProblem,
  segmentExtensionsProblem,
  vodTtlProblem,
  playerOriginsProblem,
  webOriginProblem,
  VOD_STAGEABLE_SETTINGS,
} from '../modules';
import { scenarioBase } from './common';
import { reportSettingProblems, satisfying } from './rules';
import { stagingSchema } from './staging';

const bucketName = satisfying(z.string(), bucketNameProblem);
const days = satisfying(z.number(), lifecycleDaysProblem);
const webOrigin = satisfying(z.string(), webOriginProblem);
/** A key ARN, not an alias: the MediaConvert role's kms:Decrypt grant names it. */
const kmsKeyArn = satisfying(z.string(), kmsKeyArnProblem);
const pathPattern = satisfying(z.string(), pathPatternProblem);

/** Where users upload masters. */
const sourceBucketSchema = z.strictObject({
  bucketName: bucketName
    .optional()
    .describe(
      'Name of the source bucket (S3 names are global). Default: a unique name Terraform generates with the prefix vod-s3-mediaconvert-source- (the stack name, then -source-).',
    ),
  versioning: z.boolean().optional().describe('Keep every version of every master (protects against overwrites). Default false.'),
  kmsKeyArn: kmsKeyArn.optional().describe('Encrypt masters with this KMS key (the MediaConvert role gets kms:Decrypt). Default SSE-S3.'),
  forceDestroy: z.boolean().optional().describe('Let terraform destroy delete the bucket with its masters. Default false.'),
  lifecycle: z
    .strictObject({
      abortIncompleteMultipartUploadAfterDays: days
        .optional()
        .describe('Days after which incomplete multipart uploads are aborted. Default 7.'),
      transitionAfterDays: days.optional().describe('Move masters to transitionStorageClass after this many days. Default: never.'),
      transitionStorageClass: satisfying(z.enum(LifecycleStorageClass), mediaConvertReadableStorageClassProblem)
        .optional()
        .describe('Storage class masters move to, only classes MediaConvert can read without a restore. Default GLACIER_IR.'),
      expireAfterDays: days.optional().describe('Delete masters after this many days. Default: never.'),
      noncurrentVersionExpireAfterDays: days
        .optional()
        .describe('Delete overwritten versions after this many days (needs versioning). Default: never.'),
    })
    .optional()
    .describe('Lifecycle rules of the source bucket. Default: only incomplete multipart uploads aborted after 7 days.'),
});

/** Where MediaConvert writes renditions: the CloudFront origin. */
const outputBucketSchema = z.strictObject({
  bucketName: bucketName
    .optional()
    .describe(
      'Name of the output bucket (S3 names are global). Default: a unique name Terraform generates with the prefix vod-s3-mediaconvert-output- (the stack name, then -output-).',
    ),
  forceDestroy: z.boolean().optional().describe('Let terraform destroy delete the bucket with its renditions. Default false.'),
});

const mediaConvertSchema = z.strictObject({
  queueName: satisfying(z.string(), resourceNameProblem)
    .optional()
    .describe('Name of the on-demand MediaConvert queue. Default: derived from the stack name (queue names are per account and region).'),
  concurrentJobs: satisfying(z.number(), concurrentJobsProblem)
    .optional()
    .describe("Jobs the queue runs at once, within the account quota. Default: MediaConvert's default."),
  roleName: satisfying(z.string(), iamRoleNameProblem)
    .optional()
    .describe('Name of the IAM role MediaConvert jobs assume. Default: derived from the stack name (role names are account-wide).'),
});

/** TTLs CloudFront uses when the object has no Cache-Control header. */
const cacheSchema = z.strictObject({
  manifestTtlSeconds: satisfying(z.number(), vodTtlProblem)
    .optional()
    .describe(
      'Manifest TTL in seconds when the object has no Cache-Control; a re-transcode to the same path shows within it. Default 3600.',
    ),
  segmentTtlSeconds: satisfying(z.number(), vodTtlProblem)
    .optional()
    .describe('Segment TTL in seconds when the object has no Cache-Control (segments are immutable). Default 604800 (a week).'),
});

/** Microsoft Smooth Streaming presentations (.ism/.ismc/.ismv) served from the same distribution. */
const smoothStreamingSchema = z.strictObject({
  enabled: z
    .boolean()
    .default(true)
    .describe('Serve Smooth Streaming; false turns it off while keeping the section. Default true once the section is present.'),
  pathPattern: pathPattern
    .optional()
    .describe(
      'Path pattern of the behavior with smooth_streaming on, matched before the manifest and segment behaviors. Default `*.ism/*`.',
    ),
});

/** The keys of the `vod` section. */
const vodShape = {
  ...scenarioBase,
  sourceBucket: sourceBucketSchema
    .optional()
    .describe('The private S3 bucket users upload masters to; always created, these keys tune it.'),
  outputBucket: outputBucketSchema
    .optional()
    .describe('The private S3 bucket MediaConvert writes renditions to, the CloudFront origin; always created, these keys tune it.'),
  outputKeyPrefix: satisfying(z.string(), keyPrefixProblem)
    .optional()
    .describe(
      'Key prefix MediaConvert writes under (vod/), the only place the role may write and the first part of every playback path. Default "" (the bucket root).',
    ),
  mediaConvert: mediaConvertSchema
    .optional()
    .describe('The on-demand MediaConvert queue and the IAM role your jobs use; always created, these keys tune them.'),
  corsAllowedOrigins: satisfying(z.array(webOrigin), playerOriginsProblem)
    .optional()
    .describe(
      'Web origins of the players: CORS on the output bucket and the distribution, and clientaccesspolicy.xml with Smooth Streaming. Default ["*"].',
    ),
  segmentExtensions: satisfying(z.array(z.string()), segmentExtensionsProblem)
    .optional()
    .describe(
      'Segment file extensions without the dot, one behavior each with the segment cache policy. Default ts, mp4, m4s, cmfv, cmfa, cmft, aac, vtt, jpg.',
    ),
  cache: cacheSchema.optional().describe('TTLs CloudFront uses when an object has no Cache-Control header.'),
  smoothStreaming: smoothStreamingSchema
    .optional()
    .describe('Microsoft Smooth Streaming presentations (.ism, .ismc, .ismv) from the same distribution; {} turns it on. Default: off.'),
};

/** The vod section: S3 upload bucket, MediaConvert role and queue, S3 output bucket behind CloudFront. */
export const vodSchema = z
  .strictObject({ ...vodShape, staging: stagingSchema(vodShape, VOD_STAGEABLE_SETTINGS) })
  .superRefine((section, ctx) => reportSettingProblems(ctx, section, customDomainSettingProblems(section)));
export type VodConfig = z.infer<typeof vodSchema>;
