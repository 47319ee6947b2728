import { TerraformStack } from 'cdktf';
import { invalid } from '../private/invalid';
import { ValueRule } from '../validation/value-rule';
import { AWS_PROVIDER_MAJOR, AWS_PROVIDER_VERSION } from './aws-provider-version';

/**
 * How a stack puts in us-east-1 what CloudFront needs there: ACM certificates, the alarms on its
 * metrics and their SNS topic, the dashboard, standard log delivery (and its log group).
 */
export enum UsEast1Placement {
  /** A second AWS provider, aliased `us_east_1`, named by each such resource (hashicorp/aws 5 and 6). */
  ALIASED_PROVIDER = 'aliased-provider',
  /**
   * Each such resource's own `region` argument, with the stack's one provider (hashicorp/aws 6 only:
   * the cdktn flavor). No second provider block to configure.
   */
  REGION_ARGUMENT = 'region-argument',
}

/** The placement a provider line allows: the region argument needs hashicorp/aws 6. */
export function usEast1PlacementProblem(awsMajor: number): ValueRule<UsEast1Placement> {
  return (placement) =>
    placement === UsEast1Placement.REGION_ARGUMENT && awsMajor < 6
      ? {
          problem: `needs hashicorp/aws 6 (the per-resource region argument), but the installed bindings are for ${awsMajor === AWS_PROVIDER_MAJOR ? AWS_PROVIDER_VERSION : `${awsMajor}.x`}`,
          fix: 'Leave it out (an aliased provider for us-east-1), or move the project to CDK Terrain with video-cdn-cdktn (docs/guides/cdk-terrain.md).',
        }
      : undefined;
}

/** What a provider line does without being told: one provider block where the region argument exists. */
export function defaultUsEast1Placement(awsMajor: number): UsEast1Placement {
  return awsMajor >= 6 ? UsEast1Placement.REGION_ARGUMENT : UsEast1Placement.ALIASED_PROVIDER;
}

const chosen = new WeakMap<TerraformStack, UsEast1Placement>();
const placed = new WeakSet<TerraformStack>();

/** Sets how `stack` places its us-east-1 resources; before any construct places one. */
export function setUsEast1Placement(stack: TerraformStack, placement: UsEast1Placement): void {
  const known = Object.values(UsEast1Placement) as string[];
  if (!known.includes(placement)) invalid('usEast1Placement', 'is not a placement', placement, `Use one of: ${known.join(', ')}.`);
  const found = usEast1PlacementProblem(AWS_PROVIDER_MAJOR)(placement);
  if (found) invalid('usEast1Placement', found.problem, placement, found.fix);
  if (placed.has(stack) && chosen.get(stack) !== placement) {
    invalid(
      'usEast1Placement',
      `is set after a construct already placed a resource in us-east-1 by ${chosen.get(stack)}`,
      placement,
      'Set it first (VideoCdnStack props, or setUsEast1Placement right after creating the stack).',
    );
  }
  chosen.set(stack, placement);
}

/** The placement in force for `stack` (marking it used: it can no longer change). */
export function usEast1PlacementOf(stack: TerraformStack): UsEast1Placement {
  placed.add(stack);
  if (!chosen.has(stack)) chosen.set(stack, defaultUsEast1Placement(AWS_PROVIDER_MAJOR));
  return chosen.get(stack)!;
}
