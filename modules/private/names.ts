import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/**
 * A name for an account-scoped AWS object (cache policy, OAC, queue...) that is unique per
 * stack and construct path, stable across synths, and within `maxLength`.
 * Account-wide names clash when two stacks or environments deploy the same construct.
 */
export function uniqueResourceName(scope: Construct, maxLength: number, allowed: RegExp = /[^A-Za-z0-9-_]/g): string {
  const stackName = TerraformStack.of(scope).node.id;
  const path = scope.node.scopes
    .slice(1)
    .map((s) => s.node.id)
    .filter((id) => id !== stackName);
  const readable = [stackName, ...path].join('-').replace(allowed, '-');
  const hash = scope.node.addr.slice(-8);
  const room = maxLength - hash.length - 1;
  return `${readable.slice(0, room).replace(/-+$/, '')}-${hash}`;
}
