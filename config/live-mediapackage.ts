import { z } from 'zod';
import {
  customDomainSettingProblems,
  accountIdProblem,
  MEDIAPACKAGE_STAGEABLE_SETTINGS,
  mediaPackageLiveCdnProblems,
  MediaPackagePackaging,
  MediaPackageVersion,
  secretIdProblem,
} from '../modules';
import { originShieldRegion, scenarioBase, terraformText } from './common';
import { liveFailoverKeys } from './live-failover';
import { reportSettingProblems, satisfying } from './rules';
import { stagingSchema } from './staging';

const endpointSchema = z.strictObject({
  url: z
    .string()
    .describe(
      "The endpoint's playback URL as MediaPackage shows it: https://<id>.mediapackage.<region>.amazonaws.com/out/v1/<hash>/index.m3u8 (v1) or https://<prefix>.egress.<id>.mediapackagev2.<region>.amazonaws.com/out/v1/<group>/<channel>/<endpoint>/index.m3u8 (v2).",
    ),
  packaging: z
    .enum(MediaPackagePackaging)
    .describe('hls (*.m3u8 + *.ts), cmaf (*.m3u8 + *.mp4), dash (*.mpd + *.mp4) or smooth (index.ism/*).'),
  name: z
    .string()
    .optional()
    .describe('Origin id suffix and playback-URL output key. Default: the packaging type, numbered when repeated (hls, hls-2).'),
  failoverUrl: z
    .string()
    .optional()
    .describe(
      "The same packaging on a second endpoint (v1: a second channel's endpoint; v2: the same endpoint in a second channel group or region), with the same manifest name: the endpoint's behaviors fail over to it. Default: none.",
    ),
});

/** The keys of the `liveMediaPackage` section. */
const liveMediaPackageShape = {
  ...scenarioBase,
  mediaPackageVersion: z
    .enum(MediaPackageVersion)
    .optional()
    .describe('v1 (HTTPS custom origins) or v2 (egress domain, Origin Access Control mediapackagev2). Default: v1.'),
  endpoints: z
    .array(endpointSchema)
    .optional()
    .describe(
      "The channel's origin endpoints, in order; the first also gets the default behavior. The provider cannot create endpoints, so they are inputs; empty only with createChannel (first apply: the channel alone).",
    ),
  createChannel: z
    .strictObject({
      channelId: z.string().describe('The channel id.'),
      description: terraformText.optional().describe('Default: none.'),
    })
    .optional()
    .describe('Create the MediaPackage v1 channel (aws_media_package_channel) and output its ingest endpoints. Default: off.'),
  timeShift: z.boolean().optional().describe("Time-shifted viewing: start and end in the manifests' cache key. Default: false."),
  manifestFilter: z.boolean().optional().describe("Manifest filtering: aws.manifestfilter in the manifests' cache key. Default: false."),
  lowLatencyHls: z
    .boolean()
    .optional()
    .describe("LL-HLS (MediaPackage v2 only): _HLS_msn, _HLS_part, _HLS_skip in the manifests' cache key. Default: false."),
  minTtlSeconds: z
    .number()
    .optional()
    .describe("Minimum TTL of manifests and segments, 0-5 (0-1 with LL-HLS); MediaPackage's Cache-Control does the rest. Default: 1."),
  errorCachingTtlSeconds: z.number().optional().describe('How long CloudFront caches 4xx/5xx answers from MediaPackage. Default: 1.'),
  originShieldRegion: originShieldRegion
    .optional()
    .describe('Origin Shield in the region nearest the MediaPackage endpoints. Default: off.'),
  cdnAuthorization: z
    .strictObject({
      secretId: satisfying(z.string(), secretIdProblem).describe(
        'Name or ARN of the existing secret: JSON {"MediaPackageCDNIdentifier": "<uuid>"} (v1) or {"MediaPackageV2CDNIdentifier": "<uuid>"} (v2).',
      ),
    })
    .optional()
    .describe(
      'MediaPackage CDN authorization: CloudFront sends X-MediaPackage-CDNIdentifier (v1) or X-MediaPackageV2-CDNIdentifier (v2), read from the secret at plan time (plan then needs AWS credentials). Default: off.',
    ),
  ...liveFailoverKeys,
  endpointAccountId: satisfying(z.string(), accountIdProblem)
    .optional()
    .describe("v2: the account owning the endpoints, for the endpoint policy output. Default: the distribution's account."),
};

/** The `liveMediaPackage` section: a MediaPackage live channel's origin endpoints behind CloudFront. */
export const liveMediaPackageSchema = z
  .strictObject({ ...liveMediaPackageShape, staging: stagingSchema(liveMediaPackageShape, MEDIAPACKAGE_STAGEABLE_SETTINGS) })
  .superRefine((section, ctx) =>
    reportSettingProblems(ctx, section, [...customDomainSettingProblems(section), ...mediaPackageLiveCdnProblems(section)]),
  );
export type LiveMediaPackageConfig = z.infer<typeof liveMediaPackageSchema>;
