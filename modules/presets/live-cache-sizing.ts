import { CachePolicyProps } from '../cloudfront/cache-policy';
import { ErrorResponse, shortLivedErrorResponses } from '../cloudfront/error-responses';
import { invalid } from '../private/invalid';
import { checkValue } from '../private/check-value';
import { isUnresolved } from '../private/tokens';
import { ValueRule } from '../validation/value-rule';
import { MAX_LIVE_MANIFEST_MIN_TTL_SECONDS, VideoCachePresets } from './video-cache-presets';

/** Segment durations the sizing accepts: 1 s (low latency) to 30 s. */
export const MIN_SEGMENT_DURATION_SECONDS = 1;
export const MAX_SEGMENT_DURATION_SECONDS = 30;

/** The encoder's segment length, which the live TTLs are computed from. */
export const segmentDurationProblem: ValueRule<number> = (seconds) =>
  Number.isFinite(seconds) && seconds >= MIN_SEGMENT_DURATION_SECONDS && seconds <= MAX_SEGMENT_DURATION_SECONDS
    ? undefined
    : {
        problem: `must be from ${MIN_SEGMENT_DURATION_SECONDS} to ${MAX_SEGMENT_DURATION_SECONDS} seconds`,
        fix: "Use the encoder's segment length (2-6 s is usual for live HLS/DASH).",
      };

export interface LiveCacheSizingOptions {
  /** Target duration of the media segments, as set in the encoder (MediaLive "Segment length"). */
  readonly segmentDurationSeconds: number;
  /** Query strings in the manifests' cache key. @default none */
  readonly manifestQueryStrings?: readonly string[];
  /**
   * How long segments are cached when the origin sends no Cache-Control. Lower it when the encoder
   * reuses segment names after a restart (the old segment would be served until it expires).
   * @default 86400 (a day)
   */
  readonly segmentTtlSeconds?: number;
}

/** Origin errors a live edge should retry soon: a segment or manifest not written yet, a busy origin. */
export const LIVE_RETRIED_ERROR_CODES = [403, 404, 500, 502, 503, 504] as const;

/** Cache settings for one live origin's manifests, segments and errors. */
export interface LiveCacheSizing {
  readonly manifests: CachePolicyProps;
  readonly segments: CachePolicyProps;
  /**
   * Errors cached 1 s instead of CloudFront's 10 s, so a request that raced the encoder is retried
   * within a segment (403 is S3's answer for a missing key under Origin Access Control).
   */
  readonly errorResponses: readonly ErrorResponse[];
}

/**
 * Sizes live cache policies from the segment duration, for origins that do not send their own
 * Cache-Control (MediaStore, S3): a manifest changes once per segment, so it is cached about half a
 * segment (at least 1 s; the minimum TTL at most 5 s so viewers stay near the live edge) and never
 * longer than one segment; a segment never changes once written, so it is cached for a day; errors
 * are cached 1 s.
 */
export function liveCacheSizing(options: LiveCacheSizingOptions): LiveCacheSizing {
  const seconds = options.segmentDurationSeconds;
  if (isUnresolved(seconds)) {
    invalid('segmentDurationSeconds', 'must be known at synth time', seconds, 'Pass a number: the TTLs are computed from it.');
  }
  checkValue('segmentDurationSeconds', seconds, segmentDurationProblem);
  const halfSegment = Math.floor(seconds / 2);
  const manifestDefaultTtl = Math.max(1, halfSegment);
  const manifests = VideoCachePresets.liveManifests({
    queryStrings: options.manifestQueryStrings,
    minTtlSeconds: Math.min(MAX_LIVE_MANIFEST_MIN_TTL_SECONDS, halfSegment),
    defaultTtlSeconds: manifestDefaultTtl,
    maxTtlSeconds: Math.max(manifestDefaultTtl, Math.ceil(seconds)),
  });
  return {
    manifests: { ...manifests, comment: `Live manifests, ${seconds} s segments: cached about half a segment` },
    segments: {
      ...VideoCachePresets.liveSegments({ defaultTtlSeconds: options.segmentTtlSeconds }),
      comment: 'Live segments: immutable once written, cached long',
    },
    errorResponses: shortLivedErrorResponses(1, LIVE_RETRIED_ERROR_CODES),
  };
}
