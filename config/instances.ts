/**
 * The two forms of a scenario section: one instance (the section's keys), or named instances
 * sharing `defaults`, each its own stack `<stack name>-<instance name>`:
 *
 *   "liveMediaPackage": { "defaults": { "timeShift": true }, "instances": { "news": { ... }, "sports": { ... } } }
 *
 * Each instance is the defaults deep-merged under its own keys (objects merged, arrays replaced, the
 * instance wins), then checked as a whole section, its problems reported under
 * `<section>.instances.<name>`.
 */
import { z } from 'zod';
import { satisfying } from './rules';

/** An instance name ends a stack name: lower-case letters, digits and hyphens. */
const INSTANCE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

const instanceName = satisfying(z.string(), (name) =>
  INSTANCE_NAME.test(name)
    ? undefined
    : {
        problem: 'must be an instance name: 1-32 lower-case letters, digits and hyphens, starting and ending with a letter or digit',
        fix: 'Rename it like news or sports-2: it ends the stack name.',
      },
);

/** Objects merged key by key, arrays and everything else replaced; `over` wins. */
export function deepMerge(under: unknown, over: unknown): unknown {
  if (!isPlainObject(under) || !isPlainObject(over)) return over === undefined ? under : over;
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) merged[key] = deepMerge(under[key], value);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a section is written in the instances form. */
export function isInstancesForm(value: unknown): value is Record<string, unknown> & { instances: unknown } {
  return isPlainObject(value) && 'instances' in value;
}

/** The instances form, as parsed: each instance a whole section. */
export interface SectionInstances<S> {
  readonly defaults?: unknown;
  readonly instances: Readonly<Record<string, S>>;
}

/** A section in either form, as a list of its instances; the single form is one instance without a name. */
export function instancesOf<S extends object>(section: S | SectionInstances<S>): { name?: string; section: S }[] {
  if (!isInstancesForm(section)) return [{ section: section as S }];
  return Object.entries((section as SectionInstances<S>).instances).map(([name, instance]) => ({ name, section: instance }));
}

/**
 * How a schema appears in the JSON Schema and the reference when it differs from what it checks: the
 * instances form checks each instance as a whole section (after the merge), but a user writes only
 * the keys the defaults do not give.
 */
export const documentedAs = new WeakMap<z.ZodType, z.ZodType>();

/** A section schema taking both forms. */
export function withInstances<T extends z.ZodObject>(section: T) {
  const defaultsDescription =
    'Keys every instance starts from, deep-merged under its own (objects merged, arrays replaced, the instance wins).';
  const instancesDescription = 'Named instances (lower-case letters, digits, hyphens), each its own stack <stack name>-<name>.';
  const emptyMessage = { message: 'is empty', params: { fix: 'Name at least one instance, or use the single-instance form.' } };
  // Defaults and instances are checked once merged, where each key meets the keys it depends on.
  const written = z.record(z.string(), z.unknown());
  const instancesForm = z
    .strictObject({
      defaults: written.optional(),
      instances: z.record(instanceName, written).refine((instances) => Object.keys(instances).length > 0, emptyMessage),
    })
    .transform((form, ctx) => mergedInstances(section, form, ctx));
  const keys = z.strictObject(section.shape).partial();
  documentedAs.set(
    instancesForm,
    z.strictObject({
      defaults: keys.optional().describe(defaultsDescription),
      instances: z.record(instanceName.meta({ pattern: INSTANCE_NAME.source }), keys).describe(instancesDescription),
    }),
  );
  return z.union([instancesForm, section]);
}

type Written = Record<string, unknown>;

/**
 * Each instance merged and checked. A problem whose value comes from `defaults` is reported once,
 * under `defaults`, when every instance inheriting the value has it; otherwise (a default clashing
 * with some instances' own keys) under each instance that has it, saying where the value comes from.
 */
function mergedInstances<T extends z.ZodObject>(
  section: T,
  form: { defaults?: Written; instances: Record<string, Written> },
  ctx: z.RefinementCtx,
): SectionInstances<z.output<T>> {
  const defaults = form.defaults ?? {};
  const names = Object.keys(form.instances);
  const instances: Record<string, z.output<T>> = {};
  const inherited = new Map<string, { issue: z.core.$ZodIssue; names: string[] }>();
  for (const name of names) {
    const own = form.instances[name];
    const result = section.safeParse(deepMerge(defaults, own), { reportInput: true });
    if (result.success) {
      instances[name] = result.data;
      continue;
    }
    for (const { issue, inheritedValue } of result.error.issues.flatMap((found) => bySource(found, own, defaults))) {
      if (inheritedValue) {
        const id = JSON.stringify([issue.path, issue.code, issue.message]);
        const entry = inherited.get(id) ?? { issue, names: [] };
        entry.names.push(name);
        inherited.set(id, entry);
      } else {
        report(ctx, relocated(issue, ['instances', name]));
      }
    }
  }
  for (const { issue, names: affected } of inherited.values()) {
    // Every instance that inherits the value has the problem: the value's own, said once.
    const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const inheritors = names.filter((name) => !has(form.instances[name], where));
    if (affected.length === inheritors.length) report(ctx, relocated(issue, ['defaults']));
    else
      for (const name of affected)
        report(ctx, relocated({ ...issue, message: `${issue.message} (the value comes from defaults)` }, ['instances', name]));
  }
  return { instances };
}

/** Whether a problem's value is inherited from `defaults`; unknown keys are split into the written and the inherited. */
function bySource(issue: z.core.$ZodIssue, own: Written, defaults: Written): { issue: z.core.$ZodIssue; inheritedValue: boolean }[] {
  if (issue.code !== 'unrecognized_keys') {
    return [{ issue, inheritedValue: !has(own, issue.path) && has(defaults, issue.path) }];
  }
  const written = issue.keys.filter((key) => has(own, [...issue.path, key]));
  const inherited = issue.keys.filter((key) => !written.includes(key));
  return [
    ...(written.length > 0 ? [{ issue: { ...issue, keys: written }, inheritedValue: false }] : []),
    ...(inherited.length > 0 ? [{ issue: { ...issue, keys: inherited }, inheritedValue: true }] : []),
  ];
}

function relocated(issue: z.core.$ZodIssue, under: PropertyKey[]): z.core.$ZodIssue {
  return { ...issue, path: [...under, ...issue.path] };
}

/**
 * Adds an issue of the inner parse as it is: `ctx.addIssue` would replace a missing key's undefined
 * input with the whole section.
 */
function report(ctx: z.RefinementCtx, issue: z.core.$ZodIssue): void {
  (ctx as unknown as { issues: z.core.$ZodIssue[] }).issues.push(issue);
}

/** Whether `value` has something at `path` (arrays count whole: the instance's array replaces the default's). */
function has(value: unknown, path: readonly PropertyKey[]): boolean {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current)) return true;
    if (!isPlainObject(current) || !(String(key) in current)) return false;
    current = current[String(key)];
  }
  return true;
}

/**
 * The problems of a section in the form it is written in, when neither form took it: zod reports
 * both (`invalid_union`), but the instances form's complaints about a single-form section (no
 * `instances` key) and the reverse are noise. Undefined for any other union.
 */
export function problemsOfWrittenForm(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.errors.length !== 2) return undefined;
  const [asInstances, asSingle] = issue.errors;
  const input = 'input' in issue ? issue.input : undefined;
  const written = isInstancesForm(input)
    ? asSingle.some((inner) => inner.code === 'unrecognized_keys' && inner.path.length === 0 && inner.keys.includes('instances')) &&
      asInstances
    : asInstances.some((inner) => inner.path.length === 1 && inner.path[0] === 'instances') && asSingle;
  return written ? written.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })) : undefined;
}
