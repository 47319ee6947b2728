import { z } from 'zod';
import { awsRegion, tags } from './common';
import { demoSchema } from './demo';
import { liveMediaPackageSchema } from './live-mediapackage';
import { mkioSchema } from './mkio';
import { antMediaSchema } from './ant-media';
import { liveMediaStoreSchema } from './live-mediastore';
import { vodSchema } from './vod';

/** The whole configuration file. Unknown keys are errors: they are usually typos. */
export const configSchema = z.strictObject({
  /** Lets editors validate the file; ignored by the app. */
  $schema: z.string().optional(),
  /** Region of the default AWS provider (buckets, MediaConvert...). CloudFront, ACM and WAF pieces use us-east-1 regardless. */
  awsRegion: awsRegion,
  /** Tags on every resource that takes them (provider default_tags). */
  tags: tags.optional(),
  demo: demoSchema.optional(),
  liveMediaPackage: liveMediaPackageSchema.optional(),
  mkio: mkioSchema.optional(),
  antMedia: antMediaSchema.optional(),
  liveMediaStore: liveMediaStoreSchema.optional(),
  vod: vodSchema.optional(),
});
export type VideoCdnConfig = z.infer<typeof configSchema>;
