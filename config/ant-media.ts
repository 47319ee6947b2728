import { z } from 'zod';
import { antMediaApplicationNameProblem, antMediaPortProblem, AntMediaProtocol, MAX_LIVE_MANIFEST_MIN_TTL_SECONDS } from '../modules';
import { hostName, originShieldRegion, scenarioBase } from './common';
import { satisfying } from './rules';

/** The `antMedia` section: an Ant Media Server's HLS and LL-HLS streams behind CloudFront. */
export const antMediaSchema = z
  .strictObject({
    ...scenarioBase,
    serverHostName: hostName.describe(
      "The server's public DNS name (CloudFront takes no IP address; over HTTPS the server's certificate must name it).",
    ),
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
      .int()
      .min(1)
      .max(
        MAX_LIVE_MANIFEST_MIN_TTL_SECONDS,
        `must be at most ${MAX_LIVE_MANIFEST_MIN_TTL_SECONDS} seconds so viewers stay near the live edge`,
      )
      .optional()
      .describe('How long edges keep a playlist when the server sends no Cache-Control, in seconds. Default 1.'),
    segmentTtlSeconds: z
      .number()
      .int()
      .min(1)
      .max(31536000)
      .optional()
      .describe(
        'How long edges keep a segment, in seconds (at least manifestTtlSeconds): long enough to cover the playlist window, short because Ant Media reuses segment names when a stream restarts (hlsSegmentFileSuffixFormat %09d). Default 60.',
      ),
    notFoundCachingSeconds: z
      .number()
      .int()
      .min(0)
      .max(31536000)
      .optional()
      .describe('Error caching minimum TTL of 404 responses (a playlist not written yet), in seconds. Default 3.'),
    streamId: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,200}$/, 'must be an Ant Media stream id (letters, digits, _ . -)')
      .optional()
      .describe('The stream id in the playback URL outputs. Default: a stream-id placeholder to replace.'),
  })
  .refine((config) => config.segmentTtlSeconds === undefined || config.segmentTtlSeconds >= (config.manifestTtlSeconds ?? 1), {
    message: 'must be at least manifestTtlSeconds: segments outlive the playlists that list them',
    path: ['segmentTtlSeconds'],
  });
export type AntMediaConfig = z.infer<typeof antMediaSchema>;
