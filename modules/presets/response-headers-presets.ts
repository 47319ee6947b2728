import { ResponseHeadersPolicyProps } from '../cloudfront/response-headers-policy';

/** Response headers policy settings for browser players. */
export class VideoResponseHeadersPresets {
  /**
   * CORS for players served from other origins (hls.js, dash.js, Shaka need it for XHR/fetch).
   * `allowCredentials` lets them send cookies (signed cookies, a JWT cookie); it needs named origins.
   */
  public static corsForPlayers(allowOrigins: readonly string[] = ['*'], allowCredentials = false): ResponseHeadersPolicyProps {
    return {
      comment: 'CORS for browser video players',
      cors: {
        allowOrigins,
        allowMethods: ['GET', 'HEAD', 'OPTIONS'],
        allowHeaders: ['*'],
        exposeHeaders: ['Content-Length', 'Content-Range', 'Date', 'ETag'],
        maxAgeSeconds: 86400,
        originOverride: true,
        allowCredentials: allowCredentials || undefined,
      },
    };
  }
}
