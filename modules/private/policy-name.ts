import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** Cache, origin request and response headers policy names: letters, digits, hyphens and underscores, up to 128. */
export function checkPolicyName(prop: string, name: string): void {
  if (isUnresolved(name)) return;
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(name)) {
    invalid(
      prop,
      'must be 1-128 letters, digits, hyphens or underscores',
      name,
      'Rename it, or leave it out to get a generated unique name.',
    );
  }
}
