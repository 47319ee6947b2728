import { z } from 'zod';
import { AntMediaProtocol, MAX_LIVE_MANIFEST_MIN_TTL_SECONDS } from '../modules';
import { hostName, originShieldRegion, scenarioBase } from './common';

/** The `antMedia` section: an Ant Media Server's HLS and LL-HLS streams behind CloudFront. */
export const antMediaSchema = z
  .strictObject({
    ...scenarioBase,
    /** The server's public DNS name (CloudFront takes no IP address; HTTPS needs the name on the server's certificate). */
    serverHostName: hostName,
    /** `https` (port 5443, SSL enabled on the server) or `http` (port 5080). Default: https. */
    originProtocol: z.enum(AntMediaProtocol).optional(),
    /** Default: 5443 for https, 5080 for http. */
    originPort: z
      .number()
      .int()
      .refine((port) => port === 80 || port === 443 || (port >= 1024 && port <= 65535), 'must be 80, 443 or a port from 1024 to 65535')
      .optional(),
    /** The Ant Media application, used as origin path. Default: live. */
    applicationName: z.string().regex(/^\/?[A-Za-z0-9_-]{1,100}$/, 'must be an application name like live or LiveApp (no slashes inside)').optional(),
    /** Forward `_HLS_msn`, `_HLS_part`, `_HLS_skip` (needs the LL-HLS plugin) and output the LL-HLS URLs. Default: false. */
    lowLatencyHls: z.boolean().optional(),
    /** Origin Shield in the AWS region nearest the server. Default: off. */
    originShieldRegion: originShieldRegion.optional(),
    /** How long edges keep a playlist when the server sends no Cache-Control. Default: 1. */
    manifestTtlSeconds: z
      .number()
      .int()
      .min(1)
      .max(MAX_LIVE_MANIFEST_MIN_TTL_SECONDS, `must be at most ${MAX_LIVE_MANIFEST_MIN_TTL_SECONDS} seconds so viewers stay near the live edge`)
      .optional(),
    /**
     * How long edges keep a segment. Default: 60, long enough to cover the playlist window, short
     * because Ant Media restarts segment numbers when a stream restarts (hlsSegmentFileSuffixFormat %09d).
     */
    segmentTtlSeconds: z.number().int().min(1).max(31536000).optional(),
    /** Error caching minimum TTL of 404 responses (a playlist not written yet). Default: 3. */
    notFoundCachingSeconds: z.number().int().min(0).max(31536000).optional(),
    /** The stream id in the playback URL outputs. Default: the placeholder <stream-id>. */
    streamId: z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/, 'must be an Ant Media stream id (letters, digits, _ . -)').optional(),
  })
  .refine((config) => config.segmentTtlSeconds === undefined || config.segmentTtlSeconds >= (config.manifestTtlSeconds ?? 1), {
    message: 'must be at least manifestTtlSeconds: segments outlive the playlists that list them',
    path: ['segmentTtlSeconds'],
  });
export type AntMediaConfig = z.infer<typeof antMediaSchema>;
