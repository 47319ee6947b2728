/** The failover keys every live section shares: origin timeouts and the codes that fail over. */
import { z } from 'zod';
import {
  connectionAttemptsProblem,
  connectionTimeoutProblem,
  failoverStatusCodesProblem,
  readTimeoutProblem,
  segmentDurationProblem,
} from '../modules';
import { satisfying } from './rules';

export const segmentDurationSeconds = satisfying(z.number(), segmentDurationProblem);

/** Keys of a live section that fails over (with its own `failover...` key naming the second origin). */
export const liveFailoverKeys = {
  segmentDurationSeconds: segmentDurationSeconds
    .optional()
    .describe("The encoder's segment duration in seconds; with a failover origin, the origin timeouts are sized from it. Default 6."),
  originTimeouts: z
    .strictObject({
      connectionAttempts: satisfying(z.number(), connectionAttemptsProblem).optional().describe('Attempts per origin, 1-3.'),
      connectionTimeoutSeconds: satisfying(z.number(), connectionTimeoutProblem)
        .optional()
        .describe('Seconds per connection attempt, 1-10.'),
      readTimeoutSeconds: satisfying(z.number(), readTimeoutProblem)
        .optional()
        .describe('Seconds to the first byte and between bytes, 1-60.'),
    })
    .optional()
    .describe(
      "Origin timeouts over the sizing. Default: with a failover origin, sized from segmentDurationSeconds so a failed origin is abandoned within about one segment; without one, CloudFront's defaults.",
    ),
  failoverStatusCodes: satisfying(z.array(z.number()), failoverStatusCodesProblem)
    .optional()
    .describe(
      'Responses of the primary origin that send a request to the failover origin (among 400, 403, 404, 416, 500, 502, 503, 504). Default 404, 500, 502, 503, 504.',
    ),
};
