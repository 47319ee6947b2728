import { z } from 'zod';
import {
  customDomainSettingProblems,
  MKIO_STAGEABLE_SETTINGS,
  mkioFailoverProblems,
  mkioForwardingProblems,
  mkioStreamingEndpointHostProblem,
  policyNameListProblem,
  queryStringNameProblem,
  ViewerProtocolPolicy,
} from '../modules';
import { originShieldRegion, removedKey, scenarioBase } from './common';
import { liveFailoverKeys } from './live-failover';
import { reportSettingProblems, satisfying } from './rules';
import { stagingSchema } from './staging';

/** The keys of the `mkio` section. */
const mkioShape = {
  ...scenarioBase,
  streamingEndpointHostName: satisfying(z.string(), mkioStreamingEndpointHostProblem).describe(
    'The MK.IO streaming endpoint host from MK.IO > Streaming Endpoints, like production.westeurope.streaming.mediakind.com (no https://, no path).',
  ),
  originShieldRegion: originShieldRegion.optional().describe('Origin Shield in the AWS region nearest the MK.IO deployment. Default: off.'),
  failoverStreamingEndpointHostName: satisfying(z.string(), mkioStreamingEndpointHostProblem)
    .optional()
    .describe(
      'A second MK.IO streaming endpoint serving the same locators (another region or deployment): CloudFront retries failed requests there. Default: none.',
    ),
  ...liveFailoverKeys,
  viewerProtocolPolicy: z
    .enum([ViewerProtocolPolicy.REDIRECT_TO_HTTPS, ViewerProtocolPolicy.HTTPS_ONLY])
    .optional()
    .describe('Whether CloudFront redirects viewer requests over HTTP to HTTPS or accepts HTTPS only. Default redirect-to-https.'),
  forwardQueryStrings: satisfying(z.array(satisfying(z.string(), queryStringNameProblem)), policyNameListProblem)
    .optional()
    .describe(
      'Query strings MK.IO itself must see (1-10), forwarded on cache misses but never in the cache key. Needs viewerAccess, so CloudFront checks every request. Default: none.',
    ),
  tokenAuthentication: removedKey(
    "was removed: it put each viewer's token in the cache key (private cache entries for every viewer, CloudFront checking nothing)",
    'Use "viewerAccess": { "type": "jwt", "queryString": "<your token query string>" } to check tokens at the edge, and "forwardQueryStrings" for query strings MK.IO itself needs.',
  ),
};

/** The `mkio` section: a MediaKind MK.IO streaming endpoint behind CloudFront. */
export const mkioSchema = z
  .strictObject({ ...mkioShape, staging: stagingSchema(mkioShape, MKIO_STAGEABLE_SETTINGS) })
  .superRefine((section, ctx) =>
    reportSettingProblems(ctx, section, [
      ...customDomainSettingProblems(section),
      ...mkioFailoverProblems(section),
      ...mkioForwardingProblems(section),
    ]),
  );
export type MkioConfig = z.infer<typeof mkioSchema>;
