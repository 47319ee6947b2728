import { z } from 'zod';
import {
  customDomainSettingProblems,
  MEDIASTORE_STAGEABLE_SETTINGS,
  bucketNameProblem,
  lifecycleDaysProblem,
  liveManifestPathProblem,
  liveManifestPathsProblem,
  mediaStoreContainerArnProblem,
  mediaStoreContainerNameProblem,
  mediaStoreDataEndpointProblem,
  originHeaderNameProblem,
  originHeaderValueProblem,
  segmentDurationProblem,
  liveSegmentTtlProblem,
  playerOriginsProblem,
  webOriginProblem,
} from '../modules';
import { originPath, originShieldRegion, scenarioBase, terraformText } from './common';
import { liveFailoverKeys } from './live-failover';
import { reportSettingProblems, satisfying } from './rules';
import { stagingSchema } from './staging';

const dataEndpoint = satisfying(z.string(), mediaStoreDataEndpointProblem);
const containerArn = satisfying(z.string(), mediaStoreContainerArnProblem);
const manifestPath = satisfying(z.string(), liveManifestPathProblem);
const headerName = satisfying(z.string(), originHeaderNameProblem);

/** The settings of a live bucket (the S3 migration's, and its failover bucket's). */
const liveBucketKeys = {
  bucketName: satisfying(z.string(), bucketNameProblem)
    .optional()
    .describe('Name of the bucket (S3 names are global). Default: a name Terraform generates with the prefix live-.'),
  forceDestroy: z.boolean().optional().describe('Let terraform destroy delete the bucket while it holds objects. Default false.'),
  expireObjectsAfterDays: z
    .union([satisfying(z.number(), lifecycleDaysProblem), z.literal(false)])
    .optional()
    .describe('Days after which objects in the bucket are deleted, or false to keep them. Default 1 (live segments).'),
};

/** Where the live output is stored: pick one by `type`. */
export const liveMediaStoreOriginSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z
      .literal('created-container')
      .describe(
        "The stack creates a MediaStore container and its policy (no longer possible since MediaStore's end of support on 2025-11-13).",
      ),
    containerName: satisfying(z.string(), mediaStoreContainerNameProblem)
      .optional()
      .describe('Name of the created container (letters, digits, underscores). Default: derived from the stack name, unique per stack.'),
  }),
  z.strictObject({
    type: z.literal('existing-endpoint').describe('A MediaStore container made elsewhere, reached by its data endpoint.'),
    endpoint: dataEndpoint.describe(
      "The container's data endpoint host, like abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com (no https://, no path).",
    ),
    containerArn: containerArn
      .optional()
      .describe(
        "The container's ARN: with it CloudFront signs requests (Origin Access Control); without it (default) the container must allow anonymous reads.",
      ),
    manageContainerPolicy: z
      .boolean()
      .optional()
      .describe(
        "Replace the container's policy with the generated one (needs containerArn). Default false: the policy is the output container-policy-json to merge.",
      ),
  }),
  z.strictObject({
    type: z
      .literal('s3-migration')
      .describe("AWS's migration path: the same layout on a private S3 bucket read through Origin Access Control."),
    ...liveBucketKeys,
    failoverBucket: z
      .strictObject(liveBucketKeys)
      .optional()
      .describe(
        'A second bucket CloudFront fails over to, with the same folder layout, written by a second encoder output (MediaLive redundant outputs) or S3 replication. Default: none.',
      ),
  }),
]);
export type LiveMediaStoreOriginConfig = z.infer<typeof liveMediaStoreOriginSchema>;

/** The keys of the live-mediastore section. */
const liveMediaStoreShape = {
  ...scenarioBase,
  origin: liveMediaStoreOriginSchema.describe('Where the encoder writes the live output and CloudFront reads it, picked by type.'),
  folder: originPath.optional().describe('Folder in the container or bucket the encoder writes to, used as origin path. Default /live.'),
  segmentDurationSeconds: satisfying(z.number(), segmentDurationProblem)
    .optional()
    .describe(
      "The encoder's segment length in seconds, which sizes the cache TTLs (manifests are cached about half a segment). Default 6.",
    ),
  originTimeouts: liveFailoverKeys.originTimeouts,
  failoverStatusCodes: liveFailoverKeys.failoverStatusCodes,
  segmentTtlSeconds: satisfying(z.number(), liveSegmentTtlProblem)
    .optional()
    .describe(
      'Segment TTL in seconds when the origin sends no Cache-Control; lower it if the encoder reuses segment names after a restart. Default 86400 (a day).',
    ),
  manifestPaths: satisfying(z.array(manifestPath), liveManifestPathsProblem)
    .optional()
    .describe('Manifests under the folder (.m3u8 or .mpd) to publish as playback URLs. Default ["index.m3u8"].'),
  customHeaders: z
    .record(headerName, satisfying(terraformText, originHeaderValueProblem))
    .optional()
    .describe('Headers CloudFront adds to origin requests, name to value. Default: none.'),
  originShieldRegion: originShieldRegion
    .optional()
    .describe('Origin Shield in the AWS region nearest the container or bucket. Default: off.'),
  corsAllowOrigins: satisfying(z.array(satisfying(z.string(), webOriginProblem)), playerOriginsProblem)
    .optional()
    .describe('Web origins allowed to play the stream in a browser (CORS), * or like https://player.example.com. Default ["*"].'),
};

/** The live-mediastore section: live HLS/DASH from a MediaStore container, or its S3 replacement. */
export const liveMediaStoreSchema = z
  .strictObject({ ...liveMediaStoreShape, staging: stagingSchema(liveMediaStoreShape, MEDIASTORE_STAGEABLE_SETTINGS) })
  .superRefine((section, ctx) => reportSettingProblems(ctx, section, customDomainSettingProblems(section)));
export type LiveMediaStoreConfig = z.infer<typeof liveMediaStoreSchema>;
