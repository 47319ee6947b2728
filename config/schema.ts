import { z } from 'zod';
import { backendSchema } from './backend';
import { awsRegion, tags } from './common';
import { liveMediaPackageSchema } from './live-mediapackage';
import { mkioSchema } from './mkio';
import { antMediaSchema } from './ant-media';
import { liveMediaStoreSchema } from './live-mediastore';
import { vodSchema } from './vod';
import { withInstances } from './instances';

/** The whole configuration file. Unknown keys are errors: they are usually typos. */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('Path of config.schema.json, for editors; ignored by the app.'),
  awsRegion: awsRegion.describe(
    'Region of the default AWS provider (buckets, MediaConvert, MediaStore). CloudFront, ACM and WAF pieces use us-east-1 regardless.',
  ),
  tags: tags.optional().describe('Tags on every resource that takes them (provider default_tags).'),
  stackNamePrefix: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'must be up to 32 lower-case letters, digits and hyphens, like prod-')
    .optional()
    .describe('Prepended to every stack name, e.g. "prod-": folders, state keys, workspaces and account-wide names follow.'),
  backend: backendSchema
    .optional()
    .describe(
      "Default backend of every stack (a section's own backend wins). Default: local state, terraform.tfstate in each stack folder.",
    ),
  liveMediaPackage: withInstances(liveMediaPackageSchema)
    .optional()
    .describe('Stack live-mediapackage: MediaPackage (v1 or v2) origin endpoints behind CloudFront with per-format behaviors.'),
  mkio: withInstances(mkioSchema).optional().describe('Stack mkio: a MediaKind MK.IO streaming endpoint behind CloudFront.'),
  antMedia: withInstances(antMediaSchema).optional().describe('Stack ant-media: an Ant Media Server (HLS, LL-HLS) behind CloudFront.'),
  liveMediaStore: withInstances(liveMediaStoreSchema)
    .optional()
    .describe('Stack live-mediastore: a MediaStore container (end of support 2025-11-13) or its S3 migration behind CloudFront.'),
  vod: withInstances(vodSchema)
    .optional()
    .describe(
      'Stack vod-s3-mediaconvert: S3 upload bucket, MediaConvert role and queue, S3 output bucket behind CloudFront (optional Smooth Streaming).',
    ),
});
export type VideoCdnConfig = z.infer<typeof configSchema>;
