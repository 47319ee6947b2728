import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { libraryPackageFor } from './aws-provider-version';

/** The hashicorp/aws version a resource, data source or provider class was generated for. */
function awsBindingVersion(construct: IConstruct): string | undefined {
  const metadata = (construct as { terraformGeneratorMetadata?: { providerName?: string; providerVersion?: string } })
    .terraformGeneratorMetadata;
  return metadata?.providerName === 'aws' ? metadata.providerVersion : undefined;
}

/** For each hashicorp/aws version the classes in a stack were generated for, the construct paths using it. */
function constructsByAwsBinding(stack: TerraformStack): Map<string, string[]> {
  const byVersion = new Map<string, string[]>();
  for (const construct of stack.node.findAll()) {
    const version = awsBindingVersion(construct);
    if (version !== undefined) byVersion.set(version, [...(byVersion.get(version) ?? []), construct.node.path]);
  }
  return byVersion;
}

/** The distinct hashicorp/aws versions the classes in a stack were generated for. */
export function awsBindingVersions(stack: TerraformStack): string[] {
  return [...constructsByAwsBinding(stack).keys()].sort();
}

const checked = new WeakSet<TerraformStack>();

/**
 * Fails synth when one stack holds classes of two provider-binding generations (this library's
 * cdktf flavor, on 5.100, next to a project's own @cdktn/provider-aws resources, on 6.x): Terraform
 * would get a single `required_providers` pin, chosen silently, and JSON written for the other.
 */
export function requireOneAwsBinding(stack: TerraformStack): void {
  if (checked.has(stack)) return;
  checked.add(stack);
  stack.node.addValidation({
    validate: () => {
      const byVersion = constructsByAwsBinding(stack);
      if (byVersion.size <= 1) return [];
      const versions = [...byVersion.keys()].sort();
      const majors = [...new Set(versions.map((version) => Number(version.split('.')[0])))];
      const examples = versions.map((version) => `${version}: ${byVersion.get(version)![0]}`).join('; ');
      return [
        `Stack ${stack.node.id} mixes hashicorp/aws bindings generated for ${versions.join(' and ')} (${examples}): Terraform gets one required_providers pin and resources written for the other version. ` +
          `Use one binding package per stack: ${majors.map(libraryPackageFor).join(', or ')}, with the provider bindings that package names.`,
      ];
    },
  });
}
