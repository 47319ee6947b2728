import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/**
 * A name for an account-scoped AWS object (cache policy, OAC, queue...) that is unique per
 * stack and construct path, stable across synths, and within `maxLength`.
 * Account-wide names clash when two stacks or environments deploy the same construct.
 */
export function uniqueResourceName(scope: Construct, maxLength: number, allowed: RegExp = /[^A-Za-z0-9-_]/g): string {
  const stack = TerraformStack.of(scope);
  const path = scope.node.scopes
    .slice(scope.node.scopes.indexOf(stack) + 1)
    .map((s) => s.node.id)
    // `Default` is left out of addresses too (constructs and cdktf): wrapping constructs in a
    // pattern created as `Default` changes neither their Terraform address nor their names.
    .filter((id) => id !== 'Default');
  const readable = [stack.node.id, ...path].join('-').replace(allowed, '-');
  const hash = scope.node.addr.slice(-8);
  const room = maxLength - hash.length - 1;
  return `${readable.slice(0, room).replace(/-+$/, '')}-${hash}`;
}
