import { z } from 'zod';
import { MKIO_STREAMING_ENDPOINT_HOST, ViewerProtocolPolicy } from '../modules';
import { originShieldRegion, scenarioBase } from './common';

/** A query string name as players and signing services write it (`token`, `Policy`, `X-Amz-Signature`). */
const queryStringName = z.string().regex(/^[A-Za-z0-9._~-]{1,128}$/, 'must be a query string name like token (letters, digits, . _ ~ -)');

/** The `mkio` section: a MediaKind MK.IO streaming endpoint behind CloudFront. */
export const mkioSchema = z.strictObject({
  ...scenarioBase,
  /** `<endpoint-name>.<region>.streaming.mediakind.com`, from MK.IO > Streaming Endpoints. */
  streamingEndpointHostName: z
    .string()
    .regex(MKIO_STREAMING_ENDPOINT_HOST, 'must be an MK.IO streaming endpoint host like production.westeurope.streaming.mediakind.com (lower case, no https://, no path)'),
  /** Origin Shield in the AWS region nearest the MK.IO deployment. Default: off. */
  originShieldRegion: originShieldRegion.optional(),
  /** Default: redirect-to-https. */
  viewerProtocolPolicy: z.enum([ViewerProtocolPolicy.REDIRECT_TO_HTTPS, ViewerProtocolPolicy.HTTPS_ONLY]).optional(),
  /**
   * Query-string token authentication or DRM signed URLs. Default: off, the default behavior uses
   * CachingOptimized and CloudFront forwards no query string.
   */
  tokenAuthentication: z
    .strictObject({
      /** The query strings that carry the token or signature; forwarded to MK.IO. */
      queryStrings: z
        .array(queryStringName)
        .min(1, 'must name at least one query string')
        .max(10, 'must name at most 10 query strings (CloudFront quota per policy)')
        .refine((names) => new Set(names.map((name) => name.toLowerCase())).size === names.length, 'must not repeat a name'),
      /**
       * `per-token`: a custom cache policy with the token in the cache key (a response is reused
       * only for the same token). `disabled`: CachingDisabled, every request goes to MK.IO.
       * Default: per-token.
       */
      caching: z.enum(['per-token', 'disabled']).optional(),
    })
    .optional(),
});
export type MkioConfig = z.infer<typeof mkioSchema>;
