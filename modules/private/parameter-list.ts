import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** CloudFront's default quota of names per list (query strings, headers or cookies) in one policy. */
export const MAX_NAMES_PER_POLICY_LIST = 10;

/**
 * Validates the names of an allow/deny list in a cache or origin request policy:
 * at least one, at most the quota, no duplicates, no blanks.
 */
export function checkPolicyNames(prop: string, names: readonly string[]): string[] {
  const known = names.filter((name) => !isUnresolved(name));
  if (names.length === 0) {
    invalid(prop, 'is an empty list', names, 'Name at least one, or use none().');
  }
  if (names.length > MAX_NAMES_PER_POLICY_LIST) {
    invalid(
      prop,
      `has ${names.length} names, more than CloudFront allows in one policy (${MAX_NAMES_PER_POLICY_LIST})`,
      names,
      'Keep only the names the origin or the cache key needs, or ask AWS for a quota increase and split the policy.',
    );
  }
  const blank = known.find((name) => name.trim() === '');
  if (blank !== undefined) invalid(prop, 'contains a blank name', names, 'Remove the empty entry.');
  const seen = new Set<string>();
  for (const name of known) {
    const key = name.toLowerCase();
    if (seen.has(key)) invalid(prop, `lists "${name}" twice`, names, 'List each name once.');
    seen.add(key);
  }
  return [...names];
}

/** The provider's `{ items }` wrapper, omitted when there is nothing to list. */
export function namesBlock(names: readonly string[]): { items: string[] } | undefined {
  return names.length > 0 ? { items: [...names] } : undefined;
}
