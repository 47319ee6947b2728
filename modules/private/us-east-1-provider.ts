import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { invalid } from './invalid';
import { isUnresolved } from './tokens';

const PROVIDER_ID = 'aws-us-east-1';

/**
 * The aliased AWS provider for us-east-1, the only region where CloudFront accepts ACM
 * certificates. One per stack, shared by every construct that needs it.
 */
export function usEast1Provider(scope: Construct, given?: AwsProvider): AwsProvider {
  if (given) {
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
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(PROVIDER_ID);
  if (existing instanceof AwsProvider) return existing;
  return new AwsProvider(stack, PROVIDER_ID, { alias: 'us_east_1', region: 'us-east-1' });
}
