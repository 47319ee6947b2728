/** CloudFront's rules for origin groups (terraform plan accepts what the API refuses at apply). */
import { noDuplicates } from './lists';
import { allOf, ValueRule } from './value-rule';

/** The status codes CloudFront can fail over on. */
export const FAILOVER_STATUS_CODES: readonly number[] = [400, 403, 404, 416, 500, 502, 503, 504];
/** CloudFront's quota of origin groups in one distribution. */
export const MAX_ORIGIN_GROUPS_PER_DISTRIBUTION = 10;

/** Exactly two members: CloudFront fails over from the first to the second, no further. */
export const originGroupMembersProblem: ValueRule<readonly unknown[]> = (members) =>
  members.length === 2
    ? undefined
    : {
        problem: `has ${members.length} members; an origin group has exactly two (the primary, then the secondary)`,
        fix: 'Give the primary and one secondary origin; for a third, put a second distribution or DNS failover in front.',
      };

/** Failover status codes: at least one, each among those CloudFront offers, each once. */
export const failoverStatusCodesProblem: ValueRule<readonly number[]> = allOf<readonly number[]>(
  (codes) => (codes.length > 0 ? undefined : { problem: 'is an empty list', fix: 'List at least one, e.g. 500, 502, 503, 504.' }),
  (codes) => {
    const bad = codes.find((code) => !FAILOVER_STATUS_CODES.includes(code));
    return bad === undefined
      ? undefined
      : {
          problem: `contains ${bad}, which CloudFront does not fail over on`,
          fix: `Use codes among ${FAILOVER_STATUS_CODES.join(', ')}.`,
        };
  },
  noDuplicates('List each status code once.'),
);
