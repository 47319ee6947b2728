import { ValueRule } from './value-rule';

/** A whole number from `min` to `max`, e.g. a TTL, a timeout or a count. */
export function wholeNumberBetween(min: number, max: number, fix: string): ValueRule<number> {
  return (value) =>
    Number.isInteger(value) && value >= min && value <= max ? undefined : { problem: `must be a whole number from ${min} to ${max}`, fix };
}

/** Any number (fractions allowed) from `min` to `max`, e.g. a segment duration. */
export function numberBetween(min: number, max: number, fix: string): ValueRule<number> {
  return (value) =>
    Number.isFinite(value) && value >= min && value <= max ? undefined : { problem: `must be from ${min} to ${max}`, fix };
}
