import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IVideoOrigin, VideoDistribution } from '../../modules';

/** A stack with a default AWS provider, for construct tests. */
export function testStack(id = 'test'): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  return stack;
}

/** The synthesized Terraform JSON of a stack, parsed. */
export function synthJson(stack: TerraformStack): TerraformJson {
  return JSON.parse(Testing.synth(stack));
}

export interface TerraformJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: unknown; description?: string; sensitive?: boolean }>;
  provider?: Record<string, Array<Record<string, unknown>>>;
  terraform?: Record<string, unknown>;
}

/** All resources of one type, as an array of their (snake_case) bodies. */
export function resources(json: TerraformJson, type: string): Array<Record<string, any>> {
  return Object.values(json.resource?.[type] ?? {}) as Array<Record<string, any>>;
}

/** The only resource of a type; fails the test if there is not exactly one. */
export function onlyResource(json: TerraformJson, type: string): Record<string, any> {
  const all = resources(json, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Outputs by name (the name cdktf gives them may carry a construct-path prefix). */
export function outputs(json: TerraformJson): Record<string, unknown> {
  return Object.fromEntries(Object.entries(json.output ?? {}).map(([name, body]) => [name, body.value]));
}

/** The `origin` block a distribution whose only behavior uses `origin` synthesizes. */
export function originBlock(origin: IVideoOrigin): Record<string, any> {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
  return onlyResource(synthJson(stack), 'aws_cloudfront_distribution').origin[0];
}

/** Resource types whose `name` is unique only within a parent: an inline policy in its role, a record in its zone (per type). */
const PARENT_SCOPED_NAMES = new Set(['aws_iam_role_policy', 'aws_route53_record']);

/**
 * The names a stack gives account-wide objects (policies, functions, roles, queues, buckets), as
 * `<type> <name>`. A bucket_prefix is not one: S3 gets a unique suffix for it.
 */
export function accountWideNames(json: { resource?: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(json.resource ?? {})
    .filter(([type]) => !PARENT_SCOPED_NAMES.has(type))
    .flatMap(([type, resources]) =>
      Object.values(resources as Record<string, Record<string, unknown>>).flatMap((resource) => {
        const name = resource.name ?? resource.bucket;
        return typeof name === 'string' && !name.includes('${') ? [`${type} ${name}`] : [];
      }),
    );
}
