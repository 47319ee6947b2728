/** How CloudFront answers (and caches) an error from the origin. */
export interface ErrorResponse {
  /** The origin's status code: 400, 403, 404, 405, 414, 416, 500, 501, 502, 503 or 504. */
  readonly httpStatus: number;
  /**
   * How long CloudFront caches the error. Live origins want about 1 s so a missing segment is
   * retried soon; the CloudFront default is 10 s.
   * @default 10
   */
  readonly ttlSeconds?: number;
  /** @default the origin's status */
  readonly responseHttpStatus?: number;
  /** @default the origin's error body */
  readonly responsePagePath?: string;
}

/** The origin status codes CloudFront lets a distribution customise. */
export const CUSTOMIZABLE_ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504] as const;
/**
 * Errors cached only briefly (about 1 s, as AWS's live solutions do): a segment or manifest that
 * is missing for a moment at the live edge is fetched again soon instead of for CloudFront's
 * default 10 s.
 * @param codes default: every customisable 4xx/5xx code
 */
export function shortLivedErrorResponses(ttlSeconds = 1, codes: readonly number[] = CUSTOMIZABLE_ERROR_CODES): ErrorResponse[] {
  return codes.map((httpStatus) => ({ httpStatus, ttlSeconds }));
}
