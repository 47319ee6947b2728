import { z } from 'zod';
import {
  customDomainSettingProblems,
  ANT_MEDIA_STAGEABLE_SETTINGS,
  antMediaApplicationNameProblem,
  antMediaCdnSettingsProblems,
  antMediaPortProblem,
  AntMediaProtocol,
  vpcOriginEndpointArnProblem,
} from '../modules';
import { hostName, originShieldRegion, scenarioBase } from './common';
import { liveFailoverKeys } from './live-failover';
import { reportSettingProblems, satisfying } from './rules';
import { stagingSchema } from './staging';

/** The keys of the `antMedia` section. */
const antMediaShape = {
  ...scenarioBase,
  serverHostName: hostName.describe(
    "The server's public DNS name (CloudFront takes no IP address; over HTTPS the server's certificate must name it).",
  ),
  failoverServerHostName: hostName
    .optional()
    .describe(
      'A second Ant Media server (or cluster origin) serving the same streams: CloudFront retries failed requests there. Default: none.',
    ),
  vpcOrigin: z
    .strictObject({
      arn: satisfying(z.string(), vpcOriginEndpointArnProblem).describe(
        "The server's EC2 instance ARN, or its Application or Network Load Balancer's; serverHostName is then its private DNS name.",
      ),
      failoverArn: satisfying(z.string(), vpcOriginEndpointArnProblem)
        .optional()
        .describe("The failover server's instance or load balancer ARN (with failoverServerHostName)."),
    })
    .optional()
    .describe(
      'Reach the servers through CloudFront VPC origins, in private subnets without public addresses (their security group admits the CloudFront managed prefix list). Default: over the internet.',
    ),
  ...liveFailoverKeys,
  originProtocol: z
    .enum(AntMediaProtocol)
    .optional()
    .describe('How CloudFront connects to the server: https (port 5443, SSL enabled on the server) or http (port 5080). Default https.'),
  originPort: satisfying(z.number(), antMediaPortProblem)
    .optional()
    .describe("The server's port for originProtocol (80, 443 or 1024-65535). Default 5443 for https, 5080 for http."),
  applicationName: satisfying(z.string(), antMediaApplicationNameProblem)
    .optional()
    .describe('The Ant Media application, used as origin path (/live). Default live.'),
  lowLatencyHls: z
    .boolean()
    .optional()
    .describe(
      "With the LL-HLS plugin installed: forward _HLS_msn, _HLS_part and _HLS_skip (in the playlists' cache key) and output the LL-HLS URLs. Default false.",
    ),
  originShieldRegion: originShieldRegion.optional().describe('Origin Shield in the AWS region nearest the server. Default: off.'),
  manifestTtlSeconds: z
    .number()
    .optional()
    .describe('How long edges keep a playlist when the server sends no Cache-Control, in seconds. Default 1.'),
  segmentTtlSeconds: z
    .number()
    .optional()
    .describe(
      'How long edges keep a segment, in seconds (at least manifestTtlSeconds): long enough to cover the playlist window, short because Ant Media reuses segment names when a stream restarts (hlsSegmentFileSuffixFormat %09d). Default 60.',
    ),
  notFoundCachingSeconds: z
    .number()
    .optional()
    .describe('Error caching minimum TTL of 404 responses (a playlist not written yet), in seconds. Default 3.'),
  streamId: z.string().optional().describe('The stream id in the playback URL outputs. Default: a stream-id placeholder to replace.'),
};

/** The `antMedia` section: an Ant Media Server's HLS and LL-HLS streams behind CloudFront. */
export const antMediaSchema = z
  .strictObject({ ...antMediaShape, staging: stagingSchema(antMediaShape, ANT_MEDIA_STAGEABLE_SETTINGS) })
  .superRefine((section, ctx) =>
    reportSettingProblems(ctx, section, [...customDomainSettingProblems(section), ...antMediaCdnSettingsProblems(section)]),
  );
export type AntMediaConfig = z.infer<typeof antMediaSchema>;
