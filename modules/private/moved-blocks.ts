import { TerraformStack } from 'cdktf';

const movesOf = new WeakMap<TerraformStack, { from: string; to: string }[]>();

/**
 * Writes a top-level `moved` block (what cdktf's `moveFromId` writes) without its side effect: a
 * resource moved with `moveFromId` makes synth run `terraform version` for its stack, which fails
 * where no Terraform is installed (a folder handed to HCP Terraform) and costs a process per stack.
 */
export function addMovedBlock(stack: TerraformStack, from: string, to: string): void {
  const moves = movesOf.get(stack) ?? [];
  moves.push({ from, to });
  movesOf.set(stack, moves);
  stack.addOverride('moved', [...moves]);
}
