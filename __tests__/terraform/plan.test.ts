/**
 * Real Terraform on every stack of variants.ts: one `terraform init` and one `terraform plan`
 * (which validates) for all of them, offline against the hashicorp/aws 5.100.0 mirror. The provider's
 * start-up is most of a plan's time; planning the stacks as modules of one configuration pays it once.
 */
import * as fs from 'fs';
import * as path from 'path';
import { planStacks, BatchPlan, describeWithTerraform, terraformFingerprint, terraformShape, validateOnly } from '../support/terraform';
import { channelsStacks, plannedStacks, validateOnlyStacks } from './variants';

/** Synthesized once for every test of this file. */
const STACKS = plannedStacks();
const VALIDATE_ONLY = validateOnlyStacks();

/**
 * The bucket a policy's `bucket` argument names, following references through the resources that
 * pass a bucket name on (a PrivateBucket's policy names it through its public access block).
 */
function bucketOf(value: unknown, json: { resource?: Record<string, Record<string, { bucket?: unknown }>> }, depth = 5): string {
  const reference = typeof value === 'string' ? /^\$\{(aws_[a-z0-9_]+)\.([^.}]+)\.(id|bucket)\}$/.exec(value) : null;
  if (!reference || depth === 0) return String(value);
  const [, type, name] = reference;
  if (type === 'aws_s3_bucket') return `${type}.${name}`;
  return bucketOf(json.resource?.[type]?.[name]?.bucket, json, depth - 1);
}

describe('every planned stack, before Terraform', () => {
  it('no bucket gets two aws_s3_bucket_policy resources (a bucket has one policy: the second would overwrite the first)', () => {
    const twice = [...STACKS, ...VALIDATE_ONLY].flatMap((stack) => {
      const json = JSON.parse(fs.readFileSync(path.join(stack.dir, 'cdk.tf.json'), 'utf8'));
      const buckets = Object.values<{ bucket: string }>(json.resource?.aws_s3_bucket_policy ?? {}).map((policy) =>
        bucketOf(policy.bucket, json),
      );
      return buckets.filter((bucket, index) => buckets.indexOf(bucket) !== index).map((bucket) => `${stack.name}: ${bucket}`);
    });
    expect(twice).toEqual([]);
  });

  it('examples/channels.json: each distinct stack shape is planned once, every scenario among them', () => {
    const { all, planned } = channelsStacks();
    const scenarios = ['vod-s3-mediaconvert', 'live-mediapackage', 'live-mediastore', 'mkio', 'ant-media'];
    for (const scenario of scenarios) {
      expect(Object.keys(all).filter((stack) => stack.startsWith(`${scenario}-`)).length).toBeGreaterThanOrEqual(2);
      expect(planned.some((stack) => stack.name.startsWith(`channels-${scenario}-`))).toBe(true);
    }
    // Instances that differ only in names and hosts share a shape: fewer plans than stacks.
    expect(planned.length).toBeLessThan(Object.keys(all).length);
    expect(new Set(planned.map((stack) => terraformShape(stack.dir))).size).toBe(planned.length);
  });

  it('finds the bucket behind each policy (the check above compares buckets, not how their names are written)', () => {
    const vod = STACKS.find((stack) => stack.name === 'app-vod-s3-mediaconvert')!;
    const json = JSON.parse(fs.readFileSync(path.join(vod.dir, 'cdk.tf.json'), 'utf8'));
    const buckets = Object.values<{ bucket: string }>(json.resource.aws_s3_bucket_policy).map((policy) => bucketOf(policy.bucket, json));
    expect(buckets.sort()).toEqual(
      Object.keys(json.resource.aws_s3_bucket)
        .map((name) => `aws_s3_bucket.${name}`)
        .sort(),
    );
  });
});

describeWithTerraform('real Terraform on every default stack, documented variant and sampled configuration', () => {
  const stacks = STACKS;
  let plan: BatchPlan;

  beforeAll(() => {
    plan = planStacks(Object.fromEntries(stacks.map((stack) => [stack.name, stack.dir])));
  }, 600_000);

  it('plans them all in one run', () => {
    expect(plan.succeeded ? 'succeeded' : plan.output).toBe('succeeded');
    expect(plan.output).toMatch(/Plan: [1-9]\d* to add, 0 to change, 0 to destroy\./);
  });

  it('never plans the same Terraform JSON twice', () => {
    const byFingerprint = new Map<string, string>();
    const twice = stacks.flatMap((stack) => {
      const fingerprint = terraformFingerprint(stack.dir);
      const first = byFingerprint.get(fingerprint);
      byFingerprint.set(fingerprint, stack.name);
      return first === undefined ? [] : [`${first} and ${stack.name}`];
    });
    expect(twice).toEqual([]);
  });

  it.each(stacks.map((stack) => [stack.name, stack] as const))('%s: plans what it should', (name, stack) => {
    const own = plan.stacks[name];
    expect(own ? undefined : plan.output.slice(0, 4000)).toBeUndefined();
    if (stack.adds === undefined) expect(own.adds).toBeGreaterThan(0);
    else expect(own.adds).toBe(stack.adds);
    for (const pattern of stack.shows ?? []) expect(own.text).toMatch(pattern);
    for (const pattern of stack.hides ?? []) expect(own.text).not.toMatch(pattern);
  });

  it.each(VALIDATE_ONLY.map((stack) => [stack.name, stack] as const))(
    '%s: terraform validate succeeds (its data source needs AWS to plan)',
    (_name, stack) => {
      const validate = validateOnly(stack.dir);
      expect(validate.valid ? 'valid' : JSON.stringify(validate.diagnostics, null, 2)).toBe('valid');
      expect(validate.error_count).toBe(0);
    },
    120_000,
  );
});
