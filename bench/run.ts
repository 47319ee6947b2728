/**
 * `npm run bench`: synth speed and memory, measured with node's own timers and each child
 * process's peak RSS (process.resourceUsage). Never a timed assertion in a test.
 *
 * 1. The app synthesizing all default stacks, as `cdktf synth` starts it (median of 7 runs with a
 *    warm transpile cache, plus one cold run).
 * 2. Scale: N live distributions in one stack for N = 1, 10, 100, 500.
 * 3. Instances: one configuration with N instances over the five scenarios, N = 1, 20, 200
 *    (median of 3 runs each): load, build and synth times, per stack, peak RSS and JSON size.
 * 4. `npx cdktf synth` end to end (median of 3 runs).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
/** The app's own loader (cdktf.json), so the children start exactly as `cdktf synth` starts the app. */
const TRANSPILER = ['--require', './bin/register-ts.js'];
const TRANSPILE_CACHE = path.join(ROOT, 'node_modules', '.cache', 'video-cdn-ts');
const APP_RUNS = Number(process.env.BENCH_APP_RUNS ?? 7);
const SCALE = (process.env.BENCH_SCALE ?? '1,10,100,500').split(',').map(Number);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);
const INSTANCES = (process.env.BENCH_INSTANCES ?? '1,20,200').split(',').map(Number);
const INSTANCE_RUNS = Number(process.env.BENCH_INSTANCE_RUNS ?? 3);
/** The bounds: time about linear (200 instances within 12 times 20), memory under 2 GiB. */
const MAX_GROWTH_20_TO_200 = 12;
const MAX_RSS_MIB = 2048;

interface Timed<T> {
  wallMs: number;
  report: T;
}

function runNode<T>(script: string, args: string[] = []): Timed<T> {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...TRANSPILER, script, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stderr}`);
  return { wallMs, report: JSON.parse(result.stdout) as T };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (kib: number) => (kib / 1024).toFixed(0);

function benchApp(): string[] {
  fs.rmSync(TRANSPILE_CACHE, { recursive: true, force: true });
  const cold = runNode<{ stacks: number; maxRssKiB: number }>('bench/app-synth.ts');
  const runs = Array.from({ length: APP_RUNS }, () => runNode<{ stacks: number; maxRssKiB: number }>('bench/app-synth.ts'));
  const wall = runs.map((run) => run.wallMs);
  const rss = runs.map((run) => run.report.maxRssKiB);
  return [
    `### App: all default stacks (${runs[0].report.stacks} stacks, ${APP_RUNS} runs, process start to exit)`,
    '',
    '| median wall time | min | max | median peak RSS | max peak RSS |',
    '|---|---|---|---|---|',
    `| ${median(wall).toFixed(0)} ms | ${Math.min(...wall).toFixed(0)} ms | ${Math.max(...wall).toFixed(0)} ms | ${mib(median(rss))} MiB | ${mib(Math.max(...rss))} MiB |`,
    '',
    `First run after a change to every source file (empty transpile cache): ${cold.wallMs.toFixed(0)} ms, ${mib(cold.report.maxRssKiB)} MiB.`,
  ];
}

function benchScale(): string[] {
  const rows = SCALE.map((count) =>
    runNode<{ count: number; elapsedMs: number; maxRssKiB: number; jsonBytes: number }>('bench/scale-synth.ts', [String(count)]),
  );
  const lines = [
    '### Scale: N live distributions in one stack (build + synth inside the process; wall = whole process)',
    '',
    '| N | build + synth | per distribution | process wall | peak RSS | JSON size |',
    '|---|---|---|---|---|---|',
  ];
  for (const { wallMs, report } of rows) {
    lines.push(
      `| ${report.count} | ${report.elapsedMs.toFixed(0)} ms | ${(report.elapsedMs / report.count).toFixed(2)} ms | ${wallMs.toFixed(0)} ms | ${mib(report.maxRssKiB)} MiB | ${(report.jsonBytes / 1024).toFixed(0)} KiB |`,
    );
  }
  return lines;
}

interface InstancesReport {
  count: number;
  stacks: number;
  loadMs: number;
  buildMs: number;
  synthMs: number;
  elapsedMs: number;
  maxRssKiB: number;
  jsonBytes: number;
}

function benchInstances(): string[] {
  const rows = INSTANCES.map((count) => {
    const runs = Array.from({ length: INSTANCE_RUNS }, () => runNode<InstancesReport>('bench/instances-synth.ts', [String(count)]));
    const byElapsed = [...runs].sort((a, b) => a.report.elapsedMs - b.report.elapsedMs);
    return byElapsed[Math.floor(byElapsed.length / 2)];
  });
  const lines = [
    `### Instances: one configuration with N instances over the five scenarios, each its own stack (median of ${INSTANCE_RUNS} runs)`,
    '',
    'Every other instance has a custom domain (certificate, validation, DNS records); an S3 backend with {stack} in the key. Load =',
    'read + schema + merge; build = constructs and checks across stacks; synth = aspects (policy checks), resolve and write.',
    '',
    '| N | stacks | load | build | synth | total | per stack | process wall | peak RSS | JSON size |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { wallMs, report } of rows) {
    lines.push(
      `| ${report.count} | ${report.stacks} | ${report.loadMs.toFixed(0)} ms | ${report.buildMs.toFixed(0)} ms | ${report.synthMs.toFixed(0)} ms | ${report.elapsedMs.toFixed(0)} ms | ${(report.elapsedMs / report.stacks).toFixed(1)} ms | ${wallMs.toFixed(0)} ms | ${mib(report.maxRssKiB)} MiB | ${(report.jsonBytes / 1024).toFixed(0)} KiB |`,
    );
  }
  const at = (count: number) => rows.find((row) => row.report.count === count);
  const [twenty, twoHundred] = [at(20), at(200)];
  if (twenty && twoHundred) {
    const growth = twoHundred.report.elapsedMs / twenty.report.elapsedMs;
    const peak = Number(mib(twoHundred.report.maxRssKiB));
    lines.push(
      '',
      `200 instances take ${growth.toFixed(1)} times the 20-instance time (bound: ${MAX_GROWTH_20_TO_200}, linear: 10) and ${peak} MiB at peak (bound: ${MAX_RSS_MIB} MiB): ${growth <= MAX_GROWTH_20_TO_200 && peak < MAX_RSS_MIB ? 'within both' : 'OUT OF BOUNDS'}.`,
    );
  }
  return lines;
}

function benchCli(): string[] {
  const times: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
    const started = process.hrtime.bigint();
    const result = spawnSync('npx', ['cdktf', 'synth', '--output', outdir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`npx cdktf synth failed:\n${result.stderr}\n${result.stdout}`);
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  return [
    `### \`npx cdktf synth\` end to end (${CLI_RUNS} runs)`,
    '',
    '| median | min | max |',
    '|---|---|---|',
    `| ${median(times).toFixed(0)} ms | ${Math.min(...times).toFixed(0)} ms | ${Math.max(...times).toFixed(0)} ms |`,
  ];
}

/** docs/benchmark.md: rewritten by every full run, so the published figures are the last ones measured. */
const DOCUMENT = path.join(ROOT, 'docs', 'benchmark.md');
const INTRO = [
  '# Synth speed',
  '',
  '<!-- Written by `npm run bench`; do not edit by hand. -->',
  '',
  "`npm run bench` measures synth with node's own timers and each child process's peak RSS",
  '(`process.resourceUsage().maxRSS`); no test asserts a time. Targets: all default stacks in at most 0.5 s and 150 MiB;',
  '500 distributions in at most 10 s, time growing linearly; 200 instances (stacks) within 12 times the time of 20 and under',
  '2 GiB; `npx cdktf synth` end to end in at most 4 s.',
  '',
  'What makes it fast: every AWS provider class is imported from its own file (the package root would load about 2,200',
  "modules), the app runs through a cached Sucrase transpile (`bin/register-ts.js`; type-checking is `npm run build`'s and",
  "`npm test`'s job, not synth's), and no stack runs `terraform version` at synth (neither the HCP Terraform backend nor a",
  "`moved` block: cdktf's own would spawn one per stack, half of the 200-instance time).",
  '',
];

const header = [
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`,
  '',
];
const sections = [benchApp(), benchScale(), benchInstances(), ...(CLI_RUNS > 0 ? [benchCli()] : [])];
const results = [...header, ...sections.flatMap((section) => [...section, ''])].join('\n');
process.stdout.write(results);
// A partial run (fewer scale points, no CLI runs) prints without replacing the published figures.
if (!process.env.BENCH_SCALE && !process.env.BENCH_INSTANCES && CLI_RUNS > 0)
  fs.writeFileSync(DOCUMENT, `${[...INTRO, results.trimEnd()].join('\n')}\n`);
