import { nonEmpty } from './lists';
import { ValueRule } from './value-rule';

/** A country for geo restriction: ISO 3166-1 alpha-2, upper case. */
export const countryCodeProblem: ValueRule<string> = (code) =>
  /^[A-Z]{2}$/.test(code)
    ? undefined
    : { problem: 'is not an ISO 3166-1 alpha-2 code', fix: 'Use two upper-case letters, e.g. US, DE, JP.' };

/** The countries of a geo restriction: at least one (each checked with `countryCodeProblem`). */
export const countriesProblem: ValueRule<readonly string[]> = nonEmpty(
  'Name at least one ISO 3166-1 alpha-2 code (e.g. US), or restrict no country.',
);
