/**
 * The `staging` key of a section: a staging copy of its distribution (CloudFront continuous
 * deployment). The section's settings apply to the copy; `staging.primary` holds the settings that
 * stay on the primary until promotion, among those the section's pattern lets a copy change.
 */
import { z } from 'zod';
import { stagingPrimaryProblems, stagingTrafficProblems } from '../modules';
import { distributionSchema } from './common';
import { reportSettingProblems } from './rules';

// Loose: a key CloudFront keeps fixed is reported by the library's rule, with its reason, not as unknown.
const stageableDistribution = z
  .looseObject(distributionSchema.pick({ geoRestriction: true, logging: true, comment: true }).shape)
  .partial();

/** The `staging` schema of a section whose keys are `shape`, of which `stageable` may differ on the primary. */
export function stagingSchema(shape: z.ZodRawShape, stageable: readonly string[]) {
  // null: the setting is not set on the primary (a key JSON cannot leave out of an override otherwise).
  const primaryShape: z.ZodRawShape = Object.fromEntries(stageable.map((key) => [key, (shape[key] as z.ZodType).nullable().optional()]));
  return z
    .strictObject({
      trafficWeight: z.number().optional().describe('Share of viewer requests sent to the staging copy, 0 to 0.15. Give it or header.'),
      sessionStickiness: z
        .strictObject({
          idleTtlSeconds: z.number().describe('300-3600, at most maximumTtlSeconds.'),
          maximumTtlSeconds: z.number().describe('300-3600.'),
        })
        .optional()
        .describe('With trafficWeight: keep a viewer on the distribution that served it first. Default: off.'),
      header: z
        .strictObject({
          name: z.string().describe('Starts with aws-cf-cd-, e.g. aws-cf-cd-canary.'),
          value: z.string().describe('The value that routes a request to the staging copy.'),
        })
        .optional()
        .describe('Requests with this header and value go to the staging copy (for testers). Give it or trafficWeight.'),
      enabled: z.boolean().optional().describe('Route traffic to the staging copy; false sends everything to the primary. Default true.'),
      primary: z
        .looseObject({ ...primaryShape, distribution: stageableDistribution.optional() })
        .optional()
        .describe(
          `Settings that stay on the primary until promotion (the section's own apply to the staging copy; null: not set on the primary): ${stageable.join(', ')}, distribution.geoRestriction, distribution.logging, distribution.comment.`,
        ),
    })
    .superRefine((staging, ctx) =>
      reportSettingProblems(ctx, staging, [
        ...stagingTrafficProblems(staging),
        ...stagingPrimaryProblems(staging.primary ?? {}, stageable),
      ]),
    )
    .optional()
    .describe(
      'A staging copy of the distribution that a share of requests (or requests with a header) reaches first: CloudFront continuous deployment. The primary must exist before staging is added (two deploys). Default: off.',
    );
}
