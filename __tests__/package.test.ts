/**
 * The library as another CDKTF project gets it: built, packed with `npm pack`, installed from the
 * tarball into a fresh project (from the npm cache `npm ci` filled where it can), type-checked against
 * the shipped .d.ts files and run to synthesize a stack of the consumer's own.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-pack-'));
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

describe('npm package', () => {
  let pack: PackResult;

  beforeAll(() => {
    // `npm pack` runs the prepack script (npm run build) first.
    pack = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT))[0];
  }, 180_000);

  it('holds the library (JS and .d.ts) and no tests, stacks, examples or sources', () => {
    const files = pack.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/modules/index.js',
        'dist/modules/index.d.ts',
        'dist/modules/cloudfront/distribution.d.ts',
        // Read at synth by JwtValidationFunction: tsc does not emit it, the build copies it.
        'dist/modules/viewer-access/functions/validate-jwt.js',
      ]),
    );
    const unexpected = files.filter((file) => !/^(package\.json|README\.md|dist\/modules\/.+\.(js|d\.ts))$/.test(file));
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => /test|__tests__/.test(file))).toEqual([]);
  });

  it('a fresh CDKTF project installs the tarball and synthesizes a stack from the constructs', () => {
    const consumer = path.join(work, 'consumer');
    fs.mkdirSync(consumer);
    fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const versions = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies;
    run(
      'npm',
      [
        'install',
        // The cache `npm ci` filled holds the tarballs but not the registry's package documents a
        // named install needs: prefer the cache, ask the registry for what it lacks.
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        path.join(work, pack.filename),
        `cdktf@${versions.cdktf}`,
        `constructs@${versions.constructs}`,
        `@cdktf/provider-aws@${versions['@cdktf/provider-aws']}`,
        `@types/node@${versions['@types/node']}`,
      ],
      consumer,
    );
    // The README's snippet, compiled by the consumer's TypeScript against the shipped .d.ts.
    fs.copyFileSync(path.join(ROOT, 'examples', 'consumer-project.ts'), path.join(consumer, 'main.ts'));
    fs.writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, skipLibCheck: true, types: ['node'] },
        files: ['main.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const outdir = path.join(consumer, 'cdktf.out');
    run(process.execPath, ['main.js'], consumer, { CDKTF_OUTDIR: outdir });
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'my-live-channel', 'cdk.tf.json'), 'utf8'));
    const [distribution] = Object.values(json.resource.aws_cloudfront_distribution) as Array<Record<string, any>>;
    expect(distribution.origin[0]).toMatchObject({ domain_name: 'live.example.com', origin_path: '/hls' });
    expect(distribution.ordered_cache_behavior[0].path_pattern).toBe('*.m3u8');
    expect(Object.keys(json.resource.aws_cloudfront_cache_policy)).toHaveLength(2);
    // The JWT check's code came from the installed package's shipped file.
    const [jwtCheck] = Object.values(json.resource.aws_cloudfront_function) as Array<Record<string, any>>;
    expect(jwtCheck.code).toContain(".createHmac('sha256', secret)");
    expect(distribution.default_cache_behavior.function_association).toHaveLength(1);
    // It resolved the library from the installed tarball, not from this repository.
    expect(require.resolve('video-cdn-cdktf', { paths: [consumer] })).toContain(path.join(consumer, 'node_modules'));
  }, 180_000);
});
