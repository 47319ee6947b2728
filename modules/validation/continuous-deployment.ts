/**
 * CloudFront's rules for continuous deployment traffic (terraform plan accepts every value here;
 * the API refuses them at apply).
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/continuous-deployment-quotas-considerations.html
 */
import { SettingProblem } from './value-rule';

/** The largest share of requests CloudFront sends to a staging distribution. */
export const MAX_STAGING_TRAFFIC_WEIGHT = 0.15;
/** Header-based routing only reads headers with this prefix. */
export const STAGING_HEADER_PREFIX = 'aws-cf-cd-';

/** Which requests a staging distribution serves: a share of all, or those with a header. */
export interface StagingTraffic {
  /** Share of viewer requests, 0 to 0.15. */
  readonly trafficWeight?: number;
  /** Keep a viewer on the distribution that served it first (weight-based routing only). */
  readonly sessionStickiness?: { readonly idleTtlSeconds: number; readonly maximumTtlSeconds: number };
  /** Requests with this header and value go to the staging distribution; the name starts with `aws-cf-cd-`. */
  readonly header?: { readonly name: string; readonly value: string };
}

/** Exactly one routing, each within CloudFront's ranges. */
export function stagingTrafficProblems(traffic: StagingTraffic): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const byWeight = traffic.trafficWeight !== undefined;
  const byHeader = traffic.header !== undefined;
  if (byWeight === byHeader) {
    problems.push({
      prop: byWeight ? 'header' : 'trafficWeight',
      problem: byWeight ? 'is set with trafficWeight; a staging distribution takes one routing' : 'is missing, and so is header',
      fix: 'Route a share of requests (trafficWeight, up to 0.15) or the requests with a header (header: { name: "aws-cf-cd-...", value }).',
    });
  }
  const weight = traffic.trafficWeight;
  if (weight !== undefined && !(typeof weight === 'number' && weight >= 0 && weight <= MAX_STAGING_TRAFFIC_WEIGHT)) {
    problems.push({
      prop: 'trafficWeight',
      problem: `must be from 0 to ${MAX_STAGING_TRAFFIC_WEIGHT} (a share of viewer requests)`,
      fix: 'Start small, e.g. 0.05 for 5 % of requests; CloudFront sends at most 15 % to a staging distribution.',
    });
  }
  const stickiness = traffic.sessionStickiness;
  if (stickiness !== undefined) {
    if (!byWeight) {
      problems.push({
        prop: 'sessionStickiness',
        problem: 'only applies to weight-based routing',
        fix: 'Leave it out with header-based routing (the header already picks the distribution).',
      });
    }
    for (const key of ['idleTtlSeconds', 'maximumTtlSeconds'] as const) {
      const ttl = stickiness[key];
      if (!(Number.isInteger(ttl) && ttl >= 300 && ttl <= 3600)) {
        problems.push({
          prop: `sessionStickiness.${key}`,
          problem: 'must be a whole number of seconds from 300 to 3600',
          fix: 'Use 300 (5 minutes) to 3600 (an hour).',
        });
      }
    }
    if (stickiness.idleTtlSeconds > stickiness.maximumTtlSeconds) {
      problems.push({
        prop: 'sessionStickiness.idleTtlSeconds',
        problem: `is above maximumTtlSeconds (${stickiness.maximumTtlSeconds})`,
        fix: 'Keep idleTtlSeconds <= maximumTtlSeconds.',
      });
    }
  }
  const header = traffic.header;
  if (header !== undefined) {
    if (!new RegExp(`^${STAGING_HEADER_PREFIX}[A-Za-z0-9-]{1,200}$`, 'i').test(header.name)) {
      problems.push({
        prop: 'header.name',
        problem: `must start with ${STAGING_HEADER_PREFIX} (letters, digits and hyphens)`,
        fix: `Name it like ${STAGING_HEADER_PREFIX}canary: CloudFront routes only on headers with that prefix.`,
      });
    }
    if (!/^[\x21-\x7e]{1,256}$/.test(header.value)) {
      problems.push({
        prop: 'header.value',
        problem: 'must be 1-256 visible ASCII characters',
        fix: 'Use a short token, e.g. 1 or canary.',
      });
    }
  }
  return problems;
}
