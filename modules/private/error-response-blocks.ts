import { CloudfrontDistributionCustomErrorResponse } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { CUSTOMIZABLE_ERROR_CODES, ErrorResponse } from '../cloudfront/error-responses';
import { invalid } from './invalid';
import { isUnresolved } from './tokens';

const ERROR_CODES: readonly number[] = CUSTOMIZABLE_ERROR_CODES;
/** A year: longer is no longer "caching an error", and far beyond it Terraform refuses the number. */
const MAX_ERROR_CACHING_SECONDS = 31536000;
/** The status codes CloudFront can answer with instead (a custom page with 200 hides the error). */
const RESPONSE_CODES: readonly number[] = [200, ...CUSTOMIZABLE_ERROR_CODES];

/** The distribution's `custom_error_response` blocks, checked: known codes, each once, sensible TTLs and pages. */
export function renderErrorResponses(responses: readonly ErrorResponse[]): CloudfrontDistributionCustomErrorResponse[] {
  const seen = new Set<number>();
  return responses.map((response) => {
    const { httpStatus, ttlSeconds, responseHttpStatus, responsePagePath } = response;
    if (!isUnresolved(httpStatus)) {
      if (!ERROR_CODES.includes(httpStatus)) {
        invalid(
          'errorResponses.httpStatus',
          'is not an error code CloudFront can customise',
          httpStatus,
          `Use one of ${ERROR_CODES.join(', ')}.`,
        );
      }
      if (seen.has(httpStatus)) invalid('errorResponses.httpStatus', 'appears twice', httpStatus, 'Configure each status code once.');
      seen.add(httpStatus);
    }
    if (
      ttlSeconds !== undefined &&
      !isUnresolved(ttlSeconds) &&
      (!Number.isInteger(ttlSeconds) || ttlSeconds < 0 || ttlSeconds > MAX_ERROR_CACHING_SECONDS)
    ) {
      invalid(
        'errorResponses.ttlSeconds',
        `must be a whole number of seconds from 0 to ${MAX_ERROR_CACHING_SECONDS}`,
        ttlSeconds,
        'Use e.g. 1 for live origins.',
      );
    }
    if ((responseHttpStatus === undefined) !== (responsePagePath === undefined)) {
      invalid(
        'errorResponses.responsePagePath',
        'and responseHttpStatus must be set together',
        response,
        'Set both (to serve a custom page) or neither.',
      );
    }
    if (responseHttpStatus !== undefined && !isUnresolved(responseHttpStatus) && !RESPONSE_CODES.includes(responseHttpStatus)) {
      invalid(
        'errorResponses.responseHttpStatus',
        'is not a status CloudFront can answer with',
        responseHttpStatus,
        `Use one of ${RESPONSE_CODES.join(', ')}.`,
      );
    }
    if (responsePagePath !== undefined && !isUnresolved(responsePagePath) && !responsePagePath.startsWith('/')) {
      invalid('errorResponses.responsePagePath', "must start with '/'", responsePagePath, 'Write it like /errors/404.html.');
    }
    return {
      errorCode: httpStatus,
      errorCachingMinTtl: ttlSeconds,
      responseCode: responseHttpStatus,
      responsePagePath,
    };
  });
}
