/**
 * Runs the real Terraform CLI on synthesized stacks, offline, through the project's own CLI config
 * (terraform/offline.tfrc) that points at the hashicorp/aws 5.100.0 mirror.
 *
 * Starting the AWS provider (a 700 MB binary and its schema) is most of a plan's time, so the
 * stacks are planned together: each synthesized stack becomes a module of one root configuration,
 * and one `terraform plan` (which validates) covers them all. Its provider blocks move to the root,
 * one aliased provider per distinct configuration (region, default tags) handed to every module
 * that had it: a handful of provider processes instead of two per stack (a third of the time). A
 * module's resources, outputs and errors carry its name (`module.<name>.`), so each stack's result
 * is read back apart.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const CLI_CONFIG = path.join(PROJECT_ROOT, 'terraform', 'offline.tfrc');
/** The mirror path named in offline.tfrc. */
export const PROVIDER_MIRROR = /path\s*=\s*"([^"]+)"/.exec(fs.readFileSync(CLI_CONFIG, 'utf8'))![1];
const MIRRORED_PROVIDER = path.join(PROVIDER_MIRROR, 'registry.terraform.io', 'hashicorp', 'aws', '5.100.0');

function findTerraform(): string | undefined {
  const result = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? 'terraform' : undefined;
}

/** Why real-Terraform tests cannot run here, or undefined when they can. */
export function terraformUnavailableReason(): string | undefined {
  if (!findTerraform()) return 'no `terraform` binary on PATH';
  if (!fs.existsSync(MIRRORED_PROVIDER)) return `no hashicorp/aws 5.100.0 provider mirror at ${MIRRORED_PROVIDER}`;
  return undefined;
}

const unavailable = terraformUnavailableReason();
if (unavailable && process.env.CI === 'true') {
  throw new Error(`Real-Terraform tests must run under CI, but ${unavailable}.`);
}

/**
 * `describe` for suites that run real Terraform: skipped, loudly, where Terraform or the provider
 * mirror is missing (never under CI=true, which fails above instead).
 */
export function describeWithTerraform(name: string, fn: () => void): void {
  if (unavailable) {
    // eslint-disable-next-line no-console
    console.warn(`SKIPPED real-Terraform tests "${name}": ${unavailable}.`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

/** Provider settings that let plan run without AWS: fake credentials and no API calls. */
const OFFLINE_PROVIDER = {
  access_key: 'AKIAOFFLINEPLAN00000',
  secret_key: 'offline-plan-fake-secret',
  skip_credentials_validation: true,
  skip_requesting_account_id: true,
  skip_metadata_api_check: true,
  skip_region_validation: true,
};

interface StackJson {
  provider?: { aws?: Array<{ alias?: string }> | { alias?: string } };
  output?: Record<string, { sensitive?: boolean }>;
  [key: string]: unknown;
}

function terraform(dir: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('terraform', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      TF_CLI_CONFIG_FILE: CLI_CONFIG,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A provider block's settings, whatever its alias: stacks with the same settings share one provider. */
function providerKey(settings: object): string {
  return `p_${crypto.createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 12)}`;
}

/**
 * Writes a synthesized stack as a module in `dir`: its provider blocks become `configuration_aliases`
 * the root fills, and its backend (a root-only setting Terraform ignores in a module) is left out.
 * Returns the stack's JSON and the root providers (by key) its provider aliases map to.
 */
function writeModule(
  stackDir: string,
  dir: string,
): { json: StackJson; providers: Record<string, Record<string, unknown>>; map: Record<string, string> } {
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')) as StackJson;
  const providers: Record<string, Record<string, unknown>> = {};
  const map: Record<string, string> = {};
  for (const { alias, ...settings } of [json.provider?.aws ?? []].flat() as Array<{ alias?: string }>) {
    const key = providerKey(settings);
    providers[key] = { ...settings, ...OFFLINE_PROVIDER, alias: key };
    map[alias ? `aws.${alias}` : 'aws'] = `aws.${key}`;
  }
  const aliases = Object.keys(map).filter((name) => name !== 'aws');
  const terraformBlock = { ...(json.terraform as Record<string, unknown>) };
  delete terraformBlock.backend;
  const required = terraformBlock.required_providers as { aws: Record<string, unknown> };
  const module = {
    ...json,
    provider: undefined,
    terraform: { ...terraformBlock, required_providers: { ...required, aws: { ...required.aws, configuration_aliases: aliases } } },
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(module, null, 2));
  return { json, providers, map };
}

/** Copies a stack folder for `terraform validate` alone, with an override giving its providers the offline settings. */
function copyStack(stackDir: string, dir: string): void {
  fs.cpSync(stackDir, dir, { recursive: true });
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) as StackJson;
  const providers = [json.provider?.aws ?? []].flat();
  const override = {
    provider: { aws: providers.map((provider) => ({ ...(provider.alias ? { alias: provider.alias } : {}), ...OFFLINE_PROVIDER })) },
  };
  fs.writeFileSync(path.join(dir, 'offline_override.tf.json'), JSON.stringify(override, null, 2));
}

/** What one stack of a batch planned. */
export interface StackPlan {
  /** Resources the plan adds for this stack. */
  readonly adds: number;
  /** The plan's text for this stack: its resources and its outputs (re-exported by the root as `<name>__<output>`). */
  readonly text: string;
}

/** A plan of several stacks at once. */
export interface BatchPlan {
  readonly stacks: Readonly<Record<string, StackPlan>>;
  /** The whole plan output (or init/plan errors), for failure messages. */
  readonly output: string;
  /** True when `terraform init` and `plan` succeeded. */
  readonly succeeded: boolean;
}

/** Module names: letters, digits, `_` and `-`, starting with a letter. */
export function moduleName(name: string): string {
  return `m_${name.replace(/[^A-Za-z0-9_-]+/g, '_')}`;
}

/**
 * Plans synthesized stack folders (by name) in one `terraform init` and one `terraform plan
 * -refresh=false`: each stack is a module of one root configuration that holds the providers, and
 * the root re-exports every stack output so the plan shows it (sensitive ones as sensitive).
 */
export function planStacks(stackDirs: Readonly<Record<string, string>>): BatchPlan {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-plan-'));
  try {
    const modules: Record<string, { source: string; providers: Record<string, string> }> = {};
    const providers: Record<string, Record<string, unknown>> = {};
    const outputs: Record<string, { value: string; sensitive?: boolean }> = {};
    for (const [name, stackDir] of Object.entries(stackDirs)) {
      const module = moduleName(name);
      const written = writeModule(stackDir, path.join(root, module));
      const json = written.json;
      Object.assign(providers, written.providers);
      modules[module] = { source: `./${module}`, providers: written.map };
      for (const [output, body] of Object.entries(json.output ?? {})) {
        outputs[`${module}__${output}`] = { value: `\${module.${module}.${output}}`, ...(body.sensitive ? { sensitive: true } : {}) };
      }
    }
    const rootConfig = { provider: { aws: Object.values(providers) }, module: modules, output: outputs };
    fs.writeFileSync(path.join(root, 'main.tf.json'), JSON.stringify(rootConfig, null, 2));
    const init = terraform(root, ['init', '-input=false', '-no-color']);
    if (init.status !== 0) return { stacks: {}, output: `terraform init failed:\n${init.stderr}\n${init.stdout}`, succeeded: false };
    const plan = terraform(root, ['plan', '-refresh=false', '-lock=false', '-input=false', '-no-color']);
    if (plan.status !== 0) return { stacks: {}, output: `terraform plan failed:\n${plan.stderr}\n${plan.stdout}`, succeeded: false };
    return { stacks: splitPlan(plan.stdout, Object.keys(stackDirs)), output: plan.stdout, succeeded: true };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Each stack's part of the plan text: its resource blocks and its re-exported outputs. */
function splitPlan(output: string, names: readonly string[]): Record<string, StackPlan> {
  const blocks = output.split(/^(?= {2}# )/m);
  const outputLines = output.split('\n').filter((line) => /^\s+[+~-] m_\S+__\S+\s+=/.test(line));
  return Object.fromEntries(
    names.map((name) => {
      const prefix = `module.${moduleName(name)}.`;
      const own = blocks.filter((block) => block.startsWith(`  # ${prefix}`));
      const ownOutputs = outputLines.filter((line) => line.trim().startsWith(`+ ${moduleName(name)}__`));
      return [
        name,
        {
          adds: own.filter((block) => /^ {2}# \S+ will be created/.test(block) && !block.startsWith(`  # ${prefix}data.`)).length,
          text: [...own, ...ownOutputs].join('\n'),
        },
      ];
    }),
  );
}

/** `terraform validate` only, for a stack whose data sources need AWS credentials to plan. */
export function validateOnly(stackDir: string): { valid: boolean; error_count: number; diagnostics: unknown[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-validate-'));
  try {
    copyStack(stackDir, dir);
    const init = terraform(dir, ['init', '-backend=false', '-input=false', '-no-color']);
    if (init.status !== 0) throw new Error(`terraform init failed in ${dir}:\n${init.stderr}\n${init.stdout}`);
    return JSON.parse(terraform(dir, ['validate', '-json', '-no-color']).stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A stack's shape: its Terraform JSON with every string and number replaced by its type and resource
 * addresses left out (they hold names, such as a custom domain's), so that two instances of one
 * configuration (other names, hosts, ids) share a shape and are planned once.
 */
export function terraformShape(stackDir: string): string {
  const shape = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shape);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== '//')
          .map(([key, item]) => [key, shape(item)]),
      );
    }
    return typeof value === 'string' || typeof value === 'number' ? typeof value : value;
  };
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')) as { resource?: Record<string, object> };
  const resources = Object.entries(json.resource ?? {}).map(([type, byAddress]) => [
    type,
    Object.values(byAddress)
      .map((body) => JSON.stringify(shape(body)))
      .sort(),
  ]);
  const text = JSON.stringify([shape({ ...json, resource: undefined }), resources]);
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** A fingerprint of a synthesized stack's Terraform, without cdktf's `//` metadata: equal when two stacks plan the same JSON. */
export function terraformFingerprint(stackDir: string): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== '//')
          .map(([key, item]) => [key, strip(item)]),
      );
    }
    return value;
  };
  const json = strip(JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')));
  return crypto.createHash('sha256').update(JSON.stringify(json)).digest('hex');
}
