import { z } from 'zod';
import { MAX_SEGMENT_DURATION_SECONDS, MIN_SEGMENT_DURATION_SECONDS } from '../modules/live-cache-sizing';
import { originPath, originShieldRegion, scenarioBase, terraformText } from './common';

const dataEndpoint = z
  .string()
  .regex(
    /^[a-z0-9]+\.data\.mediastore\.[a-z]{2}(-gov)?-[a-z]+-\d\.amazonaws\.com$/,
    'must be a MediaStore data endpoint host like abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com (no https://, no path)',
  );
const containerArn = z
  .string()
  .regex(/^arn:aws[a-z-]*:mediastore:[a-z0-9-]+:\d{12}:container\/[\w-]{1,255}$/, 'must be a MediaStore container ARN like arn:aws:mediastore:eu-west-1:111122223333:container/live');
const manifestPath = z
  .string()
  .regex(/^\/?[A-Za-z0-9._~!$&'()+,;=:@%/-]+\.(m3u8|mpd)$/, 'must be a manifest path under the folder ending in .m3u8 or .mpd, like channel1/index.m3u8');
const headerName = z.string().regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name like X-Origin-Verify');

/** Where the live output is stored: pick one by `type`. */
export const liveMediaStoreOriginSchema = z.discriminatedUnion('type', [
  /** The stack creates a MediaStore container and its policy (no longer possible since 2025-11-13). */
  z.strictObject({
    type: z.literal('created-container'),
    /** Default: derived from the stack name, unique per stack. */
    containerName: z.string().regex(/^\w{1,255}$/, 'must be 1-255 letters, digits or underscores (no hyphens)').optional(),
  }),
  /** A container made elsewhere, by its data endpoint. */
  z.strictObject({
    type: z.literal('existing-endpoint'),
    endpoint: dataEndpoint,
    /** With it CloudFront signs requests (OAC); without it the container must allow anonymous reads. */
    containerArn: containerArn.optional(),
    /** Replace the container's policy with the generated one. Default false: the policy is an output to merge. */
    manageContainerPolicy: z.boolean().optional(),
  }),
  /** AWS's migration path: the same layout on a private S3 bucket with Origin Access Control. */
  z.strictObject({
    type: z.literal('s3-migration'),
    /** Default: a name Terraform generates (prefix `live-`). */
    bucketName: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)').optional(),
    /** Default false: `terraform destroy` keeps a bucket that holds objects. */
    forceDestroy: z.boolean().optional(),
    /** Days after which objects in the bucket are deleted; false keeps them. Default 1 (live segments). */
    expireObjectsAfterDays: z.union([z.number().int().min(1, 'must be 1 day or more'), z.literal(false)]).optional(),
  }),
]);
export type LiveMediaStoreOriginConfig = z.infer<typeof liveMediaStoreOriginSchema>;

/** The live-mediastore section: live HLS/DASH from a MediaStore container, or its S3 replacement. */
export const liveMediaStoreSchema = z.strictObject({
  ...scenarioBase,
  origin: liveMediaStoreOriginSchema,
  /** Folder in the container or bucket the encoder writes to; the origin path. Default "/live". */
  folder: originPath.optional(),
  /** Encoder segment length; sizes the cache TTLs. Default 6. */
  segmentDurationSeconds: z
    .number()
    .min(MIN_SEGMENT_DURATION_SECONDS, `must be at least ${MIN_SEGMENT_DURATION_SECONDS} second`)
    .max(MAX_SEGMENT_DURATION_SECONDS, `must be at most ${MAX_SEGMENT_DURATION_SECONDS} seconds`)
    .optional(),
  /** Segment TTL when the origin sends no Cache-Control; lower it if the encoder reuses segment names after a restart. Default 86400. */
  segmentTtlSeconds: z.number().int().min(1, 'must be at least 1 second').max(31536000, 'must be at most a year (31536000)').optional(),
  /** Manifests under the folder to publish as playback URLs. Default ["index.m3u8"]. */
  manifestPaths: z.array(manifestPath).min(1).max(20).optional(),
  /** Headers CloudFront adds to origin requests. Default none. */
  customHeaders: z.record(headerName, terraformText.min(1)).optional(),
  /** Default: Origin Shield off. */
  originShieldRegion: originShieldRegion.optional(),
  /** Web origins allowed to play the stream in a browser (CORS). Default ["*"]. */
  corsAllowOrigins: z.array(z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'must be * or an origin like https://player.example.com')).min(1).optional(),
});
export type LiveMediaStoreConfig = z.infer<typeof liveMediaStoreSchema>;
