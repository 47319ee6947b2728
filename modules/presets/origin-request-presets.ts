import {
  OriginRequestHeaderBehavior,
  OriginRequestPolicyProps,
  OriginRequestQueryStringBehavior,
} from '../cloudfront/origin-request-policy';
import { unique } from '../private/unique';

/** Origin request policy settings for video origins. */
export class VideoOriginRequestPresets {
  /** Forwards the named query strings (and the Origin header for CORS) to a custom origin. */
  public static forwardQueryStrings(queryStrings: readonly string[], forwardOriginHeader = true): OriginRequestPolicyProps {
    return {
      comment: 'Forward the query strings the origin needs',
      queryStrings: OriginRequestQueryStringBehavior.allowList(...unique(queryStrings)),
      headers: forwardOriginHeader ? OriginRequestHeaderBehavior.allowList('Origin') : OriginRequestHeaderBehavior.none(),
    };
  }
}
