import { ValueRule } from './value-rule';

/** A country for geo restriction: ISO 3166-1 alpha-2, upper case. */
export const countryCodeProblem: ValueRule<string> = (code) =>
  /^[A-Z]{2}$/.test(code)
    ? undefined
    : { problem: 'is not an ISO 3166-1 alpha-2 code', fix: 'Use two upper-case letters, e.g. US, DE, JP.' };
