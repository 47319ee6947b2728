import { policyNameListProblem } from '../validation/policy-name-list';
import { invalid } from './invalid';

/** Checks the names of a policy's allow or deny list and returns a copy (a token is a name like any other). */
export function checkPolicyNames(prop: string, names: readonly string[]): string[] {
  const found = policyNameListProblem(names);
  if (found) invalid(prop, found.problem, names, found.fix);
  return [...names];
}

/** The provider's `{ items }` wrapper, omitted when there is nothing to list. */
export function namesBlock(names: readonly string[]): { items: string[] } | undefined {
  return names.length > 0 ? { items: [...names] } : undefined;
}
