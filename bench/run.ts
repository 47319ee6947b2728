/**
 * `npm run bench`: synth speed and memory, measured with node's own timers and each child
 * process's peak RSS (process.resourceUsage). Never a timed assertion in a test.
 *
 * 1. The app synthesizing all default stacks, as `cdktf synth` starts it (median of 7 runs with a
 *    warm transpile cache, plus one cold run).
 * 2. Scale: N live distributions in one stack for N = 1, 10, 100, 500.
 * 3. `npx cdktf synth` end to end (median of 3 runs).
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
  '500 distributions in at most 10 s, time growing linearly; `npx cdktf synth` end to end in at most 4 s.',
  '',
  'What makes it fast: every AWS provider class is imported from its own file (the package root would load about 2,200',
  "modules), the app runs through a cached Sucrase transpile (`bin/register-ts.js`; type-checking is `npm run build`'s and",
  "`npm test`'s job, not synth's), and the HCP Terraform backend runs no `terraform version` at synth.",
  '',
];

const header = [
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`,
  '',
];
const sections = [benchApp(), benchScale(), ...(CLI_RUNS > 0 ? [benchCli()] : [])];
const results = [...header, ...sections.flatMap((section) => [...section, ''])].join('\n');
process.stdout.write(results);
// A partial run (fewer scale points, no CLI runs) prints without replacing the published figures.
if (!process.env.BENCH_SCALE && CLI_RUNS > 0) fs.writeFileSync(DOCUMENT, `${[...INTRO, results.trimEnd()].join('\n')}\n`);
