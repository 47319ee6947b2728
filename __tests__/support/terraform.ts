/**
 * Runs the real Terraform CLI (init, validate, plan) on synthesized stacks, offline, through the
 * project's own CLI config (terraform/offline.tfrc) that points at the hashicorp/aws mirror.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';

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

export interface TerraformRun {
  readonly validate: { valid: boolean; error_count: number; diagnostics: Array<{ severity: string; summary: string; detail?: string }> };
  readonly planOutput: string;
  /** Resource changes planned, e.g. "Plan: 12 to add, 0 to change, 0 to destroy." */
  readonly planSummary: string;
  readonly stackDir: string;
}

/** Overrides (a *_override.tf.json file) that let plan run without AWS: fake credentials, no API calls, local state. */
function writeOfflineOverride(stackDir: string): void {
  const mainFile = path.join(stackDir, 'cdk.tf.json');
  const config = JSON.parse(fs.readFileSync(mainFile, 'utf8'));
  const providers: Array<{ alias?: string }> = [config.provider?.aws ?? []].flat();
  const offline = {
    access_key: 'AKIAOFFLINEPLAN00000',
    secret_key: 'offline-plan-fake-secret',
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    skip_region_validation: true,
  };
  const override = {
    terraform: { backend: { local: { path: path.join(stackDir, 'offline-plan.tfstate') } } },
    provider: { aws: providers.map((provider) => ({ ...(provider.alias ? { alias: provider.alias } : {}), ...offline })) },
  };
  fs.writeFileSync(path.join(stackDir, 'offline_override.tf.json'), JSON.stringify(override, null, 2));
}

function terraform(stackDir: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('terraform', args, {
    cwd: stackDir,
    encoding: 'utf8',
    env: {
      ...process.env,
      TF_CLI_CONFIG_FILE: CLI_CONFIG,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Copies a synthesized stack folder to a temp dir and runs init, validate and plan there. */
export function validateAndPlanDir(synthesizedStackDir: string): TerraformRun {
  const stackDir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-tf-'));
  fs.cpSync(synthesizedStackDir, stackDir, { recursive: true });
  writeOfflineOverride(stackDir);
  const init = terraform(stackDir, ['init', '-input=false', '-no-color']);
  if (init.status !== 0) throw new Error(`terraform init failed in ${stackDir}:\n${init.stderr}\n${init.stdout}`);
  const validateRun = terraform(stackDir, ['validate', '-json', '-no-color']);
  const validate = JSON.parse(validateRun.stdout);
  if (!validate.valid) {
    throw new Error(`terraform validate failed in ${stackDir}:\n${JSON.stringify(validate.diagnostics, null, 2)}`);
  }
  const plan = terraform(stackDir, ['plan', '-refresh=false', '-lock=false', '-input=false', '-no-color']);
  if (plan.status !== 0) throw new Error(`terraform plan failed in ${stackDir}:\n${plan.stderr}\n${plan.stdout}`);
  const planSummary = /Plan: .*|No changes\..*/.exec(plan.stdout)?.[0] ?? '';
  return { validate, planOutput: plan.stdout, planSummary, stackDir };
}

/** Synthesizes one stack (with its app) and runs real Terraform on it. */
export function validateAndPlan(stack: TerraformStack): TerraformRun {
  const outdir = Testing.fullSynth(stack);
  return validateAndPlanDir(path.join(outdir, 'stacks', stack.node.id));
}

/** Only validates: for stacks whose data sources need real AWS credentials to plan. */
export function validateOnlyDir(synthesizedStackDir: string): TerraformRun['validate'] {
  const stackDir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-tf-'));
  fs.cpSync(synthesizedStackDir, stackDir, { recursive: true });
  writeOfflineOverride(stackDir);
  const init = terraform(stackDir, ['init', '-input=false', '-no-color']);
  if (init.status !== 0) throw new Error(`terraform init failed in ${stackDir}:\n${init.stderr}\n${init.stdout}`);
  return JSON.parse(terraform(stackDir, ['validate', '-json', '-no-color']).stdout);
}

/** Number of resources a plan adds. */
export function plannedAdds(run: TerraformRun): number {
  const match = /Plan: (\d+) to add/.exec(run.planSummary);
  return match ? Number(match[1]) : 0;
}
