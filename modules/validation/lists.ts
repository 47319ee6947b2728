import { ValueRule } from './value-rule';

/**
 * No entry twice. `compare` maps an entry to what makes two entries the same (lower case for
 * header, query string and domain names).
 */
export function noDuplicates<T>(fix: string, compare: (value: T) => unknown = (value) => value): ValueRule<readonly T[]> {
  return (values) => {
    const seen = new Set<unknown>();
    for (const value of values) {
      const key = compare(value);
      if (seen.has(key)) return { problem: `lists ${JSON.stringify(value)} twice`, fix };
      seen.add(key);
    }
    return undefined;
  };
}

/** At least one entry. */
export function nonEmpty<T>(fix: string): ValueRule<readonly T[]> {
  return (values) => (values.length > 0 ? undefined : { problem: 'is an empty list', fix });
}
