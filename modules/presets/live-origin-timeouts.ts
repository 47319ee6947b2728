import { checkValue } from '../private/check-value';
import { invalid } from '../private/invalid';
import { isUnresolved } from '../private/tokens';
import { segmentDurationProblem } from './live-cache-sizing';

/** How long CloudFront waits for a live origin before it gives up (and, in a group, fails over). */
export interface LiveOriginTimeouts {
  /** 1-3. */
  readonly connectionAttempts: number;
  /** 1-10 s per attempt. */
  readonly connectionTimeoutSeconds: number;
  /** 1-60 s for the first byte, and between bytes. */
  readonly readTimeoutSeconds: number;
}

export interface LiveOriginTimeoutOptions {
  /** Target duration of the media segments, as set in the encoder. */
  readonly segmentDurationSeconds: number;
  /**
   * Low-Latency HLS: the origin holds blocking playlist reloads (`_HLS_msn`) until the next part
   * exists, up to three target durations, so the read timeout must outlast that.
   * @default false
   */
  readonly lowLatencyHls?: boolean;
}

/**
 * Origin timeouts sized from the segment duration, so a failed live origin is abandoned within
 * about one segment, while the player still has segments buffered (CloudFront's defaults, 3
 * attempts of 10 s and a 30 s read timeout, would let every player stall first):
 * - connection: a quarter segment per attempt (1-10 s), as many attempts (1-3) as fit in half a
 *   segment;
 * - read: one segment (at least 2 s); with LL-HLS three segments and a second (a blocking playlist
 *   reload may legitimately wait that long), capped at CloudFront's 60 s.
 * 6 s segments: 3 attempts of 1 s, read 6 s (LL-HLS 19 s); 2 s segments: 1 attempt of 1 s, read 2 s.
 */
export function liveOriginTimeouts(options: LiveOriginTimeoutOptions): LiveOriginTimeouts {
  const seconds = options.segmentDurationSeconds;
  if (isUnresolved(seconds)) {
    invalid('segmentDurationSeconds', 'must be known at synth time', seconds, 'Pass a number: the origin timeouts are computed from it.');
  }
  checkValue('segmentDurationSeconds', seconds, segmentDurationProblem);
  const connectionTimeoutSeconds = clamp(Math.floor(seconds / 4), 1, 10);
  return {
    connectionTimeoutSeconds,
    connectionAttempts: clamp(Math.floor(seconds / 2 / connectionTimeoutSeconds), 1, 3),
    readTimeoutSeconds: options.lowLatencyHls ? clamp(Math.ceil(3 * seconds) + 1, 2, 60) : clamp(Math.ceil(seconds), 2, 60),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
