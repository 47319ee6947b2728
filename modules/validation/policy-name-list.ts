import { noDuplicates } from './lists';
import { ValueRule } from './value-rule';

/** CloudFront's default quota of names per list (query strings, headers or cookies) in one policy. */
export const MAX_NAMES_PER_POLICY_LIST = 10;

const distinctNames = noDuplicates<string>('List each name once.', (name) => name.toLowerCase());

/**
 * The names of an allow or deny list in a cache or origin request policy: at least one, at most
 * the quota, none blank, none twice (CloudFront compares them without case).
 */
export const policyNameListProblem: ValueRule<readonly string[]> = (names) => {
  if (names.length === 0) return { problem: 'is an empty list', fix: 'Name at least one, or use none().' };
  if (names.length > MAX_NAMES_PER_POLICY_LIST) {
    return {
      problem: `has ${names.length} names, more than CloudFront allows in one policy (${MAX_NAMES_PER_POLICY_LIST})`,
      fix: 'Keep only the names the origin or the cache key needs, or ask AWS for a quota increase and split the policy.',
    };
  }
  if (names.some((name) => name.trim() === '')) return { problem: 'contains a blank name', fix: 'Remove the empty entry.' };
  return distinctNames(names);
};
