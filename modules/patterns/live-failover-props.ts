import { LiveOriginTimeouts } from '../presets/live-origin-timeouts';

/** How a live scenario fails over to its second origin. */
export interface LiveFailoverProps {
  /**
   * The encoder's segment duration, which the origin timeouts are sized from when a failover
   * origin is given (`liveOriginTimeouts`).
   * @default 6
   */
  readonly segmentDurationSeconds?: number;
  /**
   * Origin timeouts, over the sizing.
   * @default with a failover origin, sized from the segment duration so a failed origin is
   * abandoned within about one segment; without one, CloudFront's defaults (3 attempts of 10 s, a
   * 30 s read timeout), as there is nothing to fail over to
   */
  readonly originTimeouts?: Partial<LiveOriginTimeouts>;
  /**
   * Responses of the primary origin that send a request to the failover origin.
   * @default LIVE_FAILOVER_STATUS_CODES (404, 500, 502, 503, 504)
   */
  readonly failoverStatusCodes?: readonly number[];
}
