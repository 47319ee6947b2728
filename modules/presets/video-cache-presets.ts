import { CacheHeaderBehavior, CacheQueryStringBehavior } from '../cloudfront/cache-key-parameters';
import { CachePolicyProps } from '../cloudfront/cache-policy';
import { unique } from '../private/unique';
import { checkEach, checkValue } from '../private/check-value';
import { segmentKeyNameProblem } from '../validation/per-viewer-names';
import { ValueRule } from '../validation/value-rule';

/** Query strings that select a live manifest's window or variant. */
export const TIME_SHIFT_QUERY_STRINGS = ['start', 'end'] as const;
export const MANIFEST_FILTER_QUERY_STRING = 'aws.manifestfilter';
/** Low-Latency HLS blocking playlist reload and delta updates. */
export const LL_HLS_QUERY_STRINGS = ['_HLS_msn', '_HLS_part', '_HLS_skip'] as const;

/** The longest minimum TTL a live manifest can have before viewers fall behind the live edge. */
export const MAX_LIVE_MANIFEST_MIN_TTL_SECONDS = 5;

/** The minimum TTL of live manifests (and segments): at most 5 s, or viewers fall behind the live edge. */
export const liveMinTtlProblem: ValueRule<number> = (seconds) =>
  Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_LIVE_MANIFEST_MIN_TTL_SECONDS
    ? undefined
    : {
        problem: `must be a whole number of seconds from 0 to ${MAX_LIVE_MANIFEST_MIN_TTL_SECONDS}`,
        fix: 'Keep it at 5 s or less (1 s is usual) so viewers are not served stale live manifests.',
      };

export interface LiveManifestCacheOptions {
  /** Query strings always in the cache key (e.g. MediaPackage's `m`). @default none */
  readonly queryStrings?: readonly string[];
  /** Adds `start` and `end` (time-shifted viewing). @default false */
  readonly timeShift?: boolean;
  /** Adds `aws.manifestfilter` (MediaPackage manifest filtering). @default false */
  readonly manifestFilter?: boolean;
  /** Adds `_HLS_msn`, `_HLS_part`, `_HLS_skip`. @default false */
  readonly lowLatencyHls?: boolean;
  /** Adds the `Origin` header to the key, for origins that answer CORS per origin. @default false */
  readonly corsOriginHeader?: boolean;
  /** At most 5. @default 1 */
  readonly minTtlSeconds?: number;
  /** Used when the origin sends no Cache-Control. @default 2 */
  readonly defaultTtlSeconds?: number;
  /** Caps what the origin asks for, so a wrong header cannot freeze a live manifest. @default 10 */
  readonly maxTtlSeconds?: number;
}

export interface SegmentCacheOptions {
  /** Query strings in the cache key. @default none */
  readonly queryStrings?: readonly string[];
  /** @default 0 for VOD (the origin's Cache-Control rules), 1 for live */
  readonly minTtlSeconds?: number;
  /** @default 86400 for live, 604800 (a week) for VOD */
  readonly defaultTtlSeconds?: number;
  /** @default 31536000 */
  readonly maxTtlSeconds?: number;
}

/**
 * Cache policy settings for the usual video paths; pass them to `new CachePolicy(...)`. None puts
 * anything per viewer (a token, a signature, a session) in the key: that would give every viewer
 * private cache entries and send every segment request to the origin. Viewer access is checked at
 * the edge instead (`ViewerAccess`), and policy rule VCDN-CACHE-2 refuses such keys on segments.
 */
export class VideoCachePresets {
  /** Live HLS/DASH manifests: seconds-long TTLs and the query strings that select the window. */
  public static liveManifests(options: LiveManifestCacheOptions = {}): CachePolicyProps {
    const minTtl = options.minTtlSeconds ?? 1;
    checkValue('minTtlSeconds', minTtl, liveMinTtlProblem);
    const names = unique([
      ...(options.queryStrings ?? []),
      ...(options.timeShift ? TIME_SHIFT_QUERY_STRINGS : []),
      ...(options.manifestFilter ? [MANIFEST_FILTER_QUERY_STRING] : []),
      ...(options.lowLatencyHls ? LL_HLS_QUERY_STRINGS : []),
    ]);
    return {
      comment: 'Live manifests: short TTL, window-selecting query strings in the key',
      minTtlSeconds: minTtl,
      defaultTtlSeconds: options.defaultTtlSeconds ?? Math.max(2, minTtl),
      maxTtlSeconds: options.maxTtlSeconds ?? Math.max(10, options.defaultTtlSeconds ?? 0, minTtl),
      queryStrings: queryStringKey(names),
      headers: options.corsOriginHeader ? CacheHeaderBehavior.allowList('Origin') : CacheHeaderBehavior.none(),
    };
  }

  /** Live segments: immutable once written, so cached long. */
  public static liveSegments(options: SegmentCacheOptions = {}): CachePolicyProps {
    return segmentPolicy('Live segments: immutable, cached long', options, 1, 86400);
  }

  /** VOD manifests: change only on re-transcode, so an hour by default. */
  public static vodManifests(options: SegmentCacheOptions = {}): CachePolicyProps {
    return {
      ...segmentPolicy('VOD manifests', options, 0, 3600),
      maxTtlSeconds: options.maxTtlSeconds ?? Math.max(86400, options.defaultTtlSeconds ?? 0),
    };
  }

  /** VOD segments: immutable transcoder output. */
  public static vodSegments(options: SegmentCacheOptions = {}): CachePolicyProps {
    return segmentPolicy('VOD segments: immutable transcoder output', options, 0, 604800);
  }
}

function segmentPolicy(comment: string, options: SegmentCacheOptions, minTtl: number, defaultTtl: number): CachePolicyProps {
  checkEach('queryStrings', options.queryStrings, segmentKeyNameProblem);
  return {
    comment,
    minTtlSeconds: options.minTtlSeconds ?? minTtl,
    defaultTtlSeconds: options.defaultTtlSeconds ?? defaultTtl,
    maxTtlSeconds: options.maxTtlSeconds ?? 31536000,
    queryStrings: queryStringKey(unique(options.queryStrings ?? [])),
  };
}

function queryStringKey(names: readonly string[]): CacheQueryStringBehavior {
  return names.length > 0 ? CacheQueryStringBehavior.allowList(...names) : CacheQueryStringBehavior.none();
}
