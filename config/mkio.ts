import { z } from 'zod';
import { mkioStreamingEndpointHostProblem, policyNameListProblem, ViewerProtocolPolicy } from '../modules';
import { originShieldRegion, scenarioBase } from './common';
import { satisfying } from './rules';

/** A query string name as players and signing services write it (`token`, `Policy`, `X-Amz-Signature`). */
const queryStringName = z.string().regex(/^[A-Za-z0-9._~-]{1,128}$/, 'must be a query string name like token (letters, digits, . _ ~ -)');

/** The `mkio` section: a MediaKind MK.IO streaming endpoint behind CloudFront. */
export const mkioSchema = z.strictObject({
  ...scenarioBase,
  streamingEndpointHostName: satisfying(z.string(), mkioStreamingEndpointHostProblem).describe(
    'The MK.IO streaming endpoint host from MK.IO > Streaming Endpoints, like production.westeurope.streaming.mediakind.com (no https://, no path).',
  ),
  originShieldRegion: originShieldRegion.optional().describe('Origin Shield in the AWS region nearest the MK.IO deployment. Default: off.'),
  viewerProtocolPolicy: z
    .enum([ViewerProtocolPolicy.REDIRECT_TO_HTTPS, ViewerProtocolPolicy.HTTPS_ONLY])
    .optional()
    .describe('Whether CloudFront redirects viewer requests over HTTP to HTTPS or accepts HTTPS only. Default redirect-to-https.'),
  tokenAuthentication: z
    .strictObject({
      queryStrings: satisfying(z.array(queryStringName), policyNameListProblem).describe(
        'The query strings that carry the token or signature (1-10), forwarded to MK.IO.',
      ),
      caching: z
        .enum(['per-token', 'disabled'])
        .optional()
        .describe(
          'per-token: a custom cache policy with the token in the cache key, so a response is reused only for the same token; disabled: CachingDisabled, every request goes to MK.IO. Default per-token.',
        ),
    })
    .optional()
    .describe(
      'Query-string token authentication or DRM signed URLs. Default: off, the default behavior uses CachingOptimized and CloudFront forwards no query string.',
    ),
});
export type MkioConfig = z.infer<typeof mkioSchema>;
