import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { requireOneAwsBinding } from '../stack/one-aws-binding';
import { UsEast1Placement, usEast1PlacementOf } from '../stack/us-east-1-placement';
import { invalid } from './invalid';
import { isUnresolved } from './tokens';

const PROVIDER_ID = 'aws-us-east-1';

/**
 * How a construct puts a resource in us-east-1, the only region where CloudFront takes ACM
 * certificates and publishes its metrics: spread `config` into the resource's settings, pass the
 * resource through `place`. With an aliased provider (one per stack, shared) `config` names it; with
 * the region argument (hashicorp/aws 6) `place` sets it.
 */
export interface UsEast1 {
  readonly config: { readonly provider?: AwsProvider };
  place<T extends TerraformResource>(resource: T): T;
}

/** `given`: a us-east-1 provider of the caller's, used whatever the stack's placement. */
export function usEast1(scope: Construct, given?: AwsProvider): UsEast1 {
  const stack = TerraformStack.of(scope);
  // A stack of the user's may hold only us-east-1 constructs (a certificate, alarms): checked here too.
  requireOneAwsBinding(stack);
  if (given) return aliased(checkedUsEast1(given));
  if (usEast1PlacementOf(stack) === UsEast1Placement.REGION_ARGUMENT) {
    return {
      config: {},
      place: (resource) => {
        resource.addOverride('region', 'us-east-1');
        return resource;
      },
    };
  }
  const existing = stack.node.tryFindChild(PROVIDER_ID);
  return aliased(
    existing instanceof AwsProvider ? existing : new AwsProvider(stack, PROVIDER_ID, { alias: 'us_east_1', region: 'us-east-1' }),
  );
}

function aliased(provider: AwsProvider): UsEast1 {
  return { config: { provider }, place: (resource) => resource };
}

function checkedUsEast1(given: AwsProvider): AwsProvider {
  if (given.region !== undefined && !isUnresolved(given.region) && given.region !== 'us-east-1') {
    invalid(
      'provider',
      'is not configured for us-east-1',
      given.region,
      'CloudFront only accepts ACM certificates from us-east-1: pass an AwsProvider with region us-east-1 (and an alias).',
    );
  }
  return given;
}
