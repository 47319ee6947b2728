/**
 * The library as other projects get it, in both flavors built from the one source: built, packed
 * with `npm pack`, installed from the tarball into a fresh project, type-checked against the shipped
 * .d.ts files and run to synthesize. The cdktf flavor installs from the npm cache `npm ci` filled
 * where it can; the cdktn flavor's set (CDK Terrain 0.24, @cdktn/provider-aws 25, ~480 MB) is
 * installed in the test's own scratch project from the npm registry, never in this repository.
 * One file: one build, which the two packs share.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readAwsSchema, schemaProblems } from './support/provider-schema';
import { EVERY_RESOURCE_TYPE_CONFIG, libraryTerraformTypes } from './support/every-resource-type';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toCdktn, rewriteTree } = require('../bin/flavor') as {
  toCdktn: (text: string) => string;
  rewriteTree: (from: string, to: string) => void;
};

const ROOT = path.resolve(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-pack-'));
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

const versions = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies;
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** A fresh npm project in the scratch folder with `packages` installed. */
function freshProject(name: string, packages: string[]): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  // The cache `npm ci` filled holds tarballs but not the registry's package documents a named
  // install needs: prefer the cache, ask the registry for what it lacks.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...packages], dir);
  return dir;
}

/** Type-checks `main.ts` of a project; with `libraries`, the installed packages' .d.ts too. */
function typeCheck(dir: string, libraries: boolean): { output: string; status: number | null } {
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, skipLibCheck: !libraries, types: ['node'] },
      files: ['main.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
  return { output: tsc.stdout + tsc.stderr, status: tsc.status };
}

/** The synthesized JSON of a stack. */
const stackJson = (outdir: string, stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));

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
    const consumer = freshProject('consumer', [
      path.join(work, pack.filename),
      `cdktf@${versions.cdktf}`,
      `constructs@${versions.constructs}`,
      `@cdktf/provider-aws@${versions['@cdktf/provider-aws']}`,
      `@types/node@${versions['@types/node']}`,
    ]);
    // The README's snippet, compiled by the consumer's TypeScript against the shipped .d.ts.
    fs.copyFileSync(path.join(ROOT, 'examples', 'consumer-project.ts'), path.join(consumer, 'main.ts'));
    const tsc = typeCheck(consumer, false);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);

    const outdir = path.join(consumer, 'cdktf.out');
    run(process.execPath, ['main.js'], consumer, { CDKTF_OUTDIR: outdir });
    const json = stackJson(outdir, 'my-live-channel');
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

  describe('the cdktn flavor (video-cdn-cdktn) in a fresh CDK Terrain 0.24 project', () => {
    /** What CloudFront needs in us-east-1, whatever the stack's region. */
    const US_EAST_1_TYPES = [
      'aws_acm_certificate',
      'aws_acm_certificate_validation',
      'aws_cloudwatch_metric_alarm',
      'aws_sns_topic',
      'aws_sns_topic_subscription',
      'aws_cloudwatch_dashboard',
      'aws_cloudwatch_log_group',
      'aws_cloudwatch_log_delivery_source',
      'aws_cloudwatch_log_delivery_destination',
      'aws_cloudwatch_log_delivery',
    ];
    const CDKTN = { cdktn: '0.24.0', providerAws: '25.7.0', constructs: '10.7.2', node: '22.23.5' };
    // The cdktn CLI needs Node.js >= 22.19; npm publishes Node.js itself as node-<platform>-<arch>.
    const NODE_22 = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
    let cdktnPack: PackResult;
    let project: string;
    let outdir: string;

    beforeAll(() => {
      // The build of the outer beforeAll wrote the flavor's package folder; packing it builds nothing.
      cdktnPack = JSON.parse(run('npm', ['pack', './dist-cdktn', '--json', '--pack-destination', work], ROOT))[0];
      project = freshProject('cdktn-project', [
        path.join(work, cdktnPack.filename),
        `cdktn@${CDKTN.cdktn}`,
        `cdktn-cli@${CDKTN.cdktn}`,
        `${NODE_22}@${CDKTN.node}`,
        `@cdktn/provider-aws@${CDKTN.providerAws}`,
        `constructs@${CDKTN.constructs}`,
        `@types/node@${versions['@types/node']}`,
        // Only for the app run below (the library itself needs no zod).
        `zod@${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies.zod}`,
      ]);
      // A CDK Terrain project's main.ts: the repository's example with the flavor's imports.
      fs.writeFileSync(
        path.join(project, 'main.ts'),
        toCdktn(fs.readFileSync(path.join(ROOT, 'examples', 'cdk-terrain-project.ts'), 'utf8')),
      );
      outdir = path.join(project, 'cdktf.out');
    }, 300_000);

    it('is its own package: CDK Terrain peers, the same files, no cdktf import left', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'video-cdn-cdktn', 'package.json'), 'utf8'));
      expect(manifest.peerDependencies).toEqual({ '@cdktn/provider-aws': '^25.5.0', cdktn: '^0.24.0', constructs: '>=10.6.0 <10.8.0' });
      // No promise its peers do not keep: @cdktn/provider-aws 25 needs Node.js 22.11.
      const providerManifest = JSON.parse(
        fs.readFileSync(path.join(project, 'node_modules', '@cdktn', 'provider-aws', 'package.json'), 'utf8'),
      );
      expect({ library: manifest.engines.node, provider: providerManifest.engines.node.replace(/\s/g, '') }).toEqual({
        library: '>=22.11.0',
        provider: '>=22.11.0',
      });
      expect(cdktnPack.files.map((file) => file.path).sort()).toEqual(pack.files.map((file) => file.path).sort());
      const shipped = path.join(project, 'node_modules', 'video-cdn-cdktn', 'dist', 'modules');
      const imports = (fs.readdirSync(shipped, { recursive: true }) as string[])
        .filter((file) => /\.(js|d\.ts)$/.test(file))
        .flatMap((file) =>
          [...fs.readFileSync(path.join(shipped, file), 'utf8').matchAll(/(?:require\(|from |import\()"([^".][^"]*)"/g)].map((m) => m[1]),
        );
      expect(imports.filter((specifier) => /^(cdktf|@cdktf\/)/.test(specifier))).toEqual([]);
      expect(imports).toContain('cdktn');
      expect(imports).toContain('@cdktn/provider-aws/lib/cloudfront-distribution');
      // The cdktf set is absent: nothing could fall back to it.
      expect(() => require.resolve('@cdktf/provider-aws/package.json', { paths: [project] })).toThrow();
      expect(() => require.resolve('cdktf', { paths: [project] })).toThrow();
    });

    it("type-checks a consumer mixing the library with its own @cdktn/provider-aws resource, the library's .d.ts included", () => {
      const tsc = typeCheck(project, true);
      expect(tsc.output).toBe('');
      expect(tsc.status).toBe(0);
    }, 120_000);

    it('synthesizes it by running the app (node main.js): one hashicorp/aws 6.x pin and one provider block, us-east-1 by region argument', () => {
      run(process.execPath, ['main.js'], project, { CDKTF_OUTDIR: outdir });
      const json = stackJson(outdir, 'live-channel');
      expect(json.terraform.required_providers).toEqual({ aws: { source: 'hashicorp/aws', version: '6.66.0' } });
      expect(json.provider.aws).toEqual([{ region: 'eu-west-1' }]);
      // The scenario's resources and the project's own bucket, side by side.
      expect(Object.keys(json.resource.aws_cloudfront_distribution)).toHaveLength(1);
      expect(Object.keys(json.resource.aws_s3_bucket)).toEqual(expect.arrayContaining([expect.stringMatching(/^posters/)]));
      const inUsEast1 = US_EAST_1_TYPES.filter((type) => json.resource[type]);
      expect(inUsEast1).toHaveLength(8); // all but the dashboard and a log group destination
      for (const type of inUsEast1) {
        for (const body of Object.values(json.resource[type]) as Array<Record<string, unknown>>) {
          expect({ type, region: body.region, provider: body.provider }).toEqual({ type, region: 'us-east-1', provider: undefined });
        }
      }
      const [distribution] = Object.values(json.resource.aws_cloudfront_distribution) as Array<Record<string, any>>;
      expect(distribution.viewer_certificate.minimum_protocol_version).toBe('TLSv1.3_2025');
    }, 120_000);

    it('`cdktn synth` (the CLI on Node.js 22 from the npm registry) runs the project from a cdktf.json and writes the same JSON', () => {
      fs.writeFileSync(
        path.join(project, 'cdktf.json'),
        JSON.stringify({ language: 'typescript', app: 'node main.js', projectId: 'cdk-terrain-project', sendCrashReports: 'false' }),
      );
      const node22 = path.dirname(require.resolve(`${NODE_22}/package.json`, { paths: [project] }));
      const cliOut = path.join(project, 'cli.out');
      const output = run(path.join(project, 'node_modules', '.bin', 'cdktn'), ['synth', '--output', cliOut], project, {
        PATH: [path.join(node22, 'bin'), process.env.PATH].join(path.delimiter),
        CHECKPOINT_DISABLE: '1',
        TF_CLI_CONFIG_FILE: path.join(ROOT, 'terraform', 'offline.tfrc'),
      });
      expect(output).toMatch(/Generated Terraform code for the stacks: legacy-channel, live-channel/);
      expect(output).toMatch(/WARN \[legacy-channel\/mediastore\/distribution\]: AWS ended support for AWS Elemental MediaStore/);
      for (const stack of ['live-channel', 'legacy-channel']) expect(stackJson(cliOut, stack)).toEqual(stackJson(outdir, stack));
    }, 120_000);

    it('warns that hashicorp/aws 6 deprecates the MediaStore resources, besides the end of support', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
      const warnings = manifest.stacks['legacy-channel'].annotations.map((annotation: { message: string }) => annotation.message);
      expect(warnings).toContainEqual(
        expect.stringMatching(
          /AWS ended support for AWS Elemental MediaStore on 2025-11-13.*hashicorp\/aws 6 also deprecates aws_media_store_container/,
        ),
      );
    });

    it('every resource and data source type the library emits, synthesized under cdktn, matches the hashicorp/aws 6.47.0 schema subset (names, types, required arguments, nesting; not: provider value checks, plan, 6.48-6.66 additions)', () => {
      // The app's own code, compiled and rewritten like the library, runs every variant of one configuration.
      const app = path.join(project, 'app');
      rewriteTree(path.join(ROOT, 'dist'), app);
      const config = path.join(work, 'every-resource-type.json');
      fs.writeFileSync(config, JSON.stringify(EVERY_RESOURCE_TYPE_CONFIG));
      const appOut = path.join(project, 'app.out');
      run(process.execPath, [path.join(app, 'main.js')], project, { CDKTF_OUTDIR: appOut, VIDEO_CDN_CONFIG: config });

      const schema = readAwsSchema(path.join(ROOT, 'terraform', 'schemas', 'aws-6.47.0-schema-subset.json'));
      const emitted = new Set<string>();
      const problems: string[] = [];
      const notInUsEast1: string[] = [];
      for (const stack of fs.readdirSync(path.join(appOut, 'stacks'))) {
        const json = stackJson(appOut, stack);
        expect(json.terraform.required_providers.aws.version).toMatch(/^6\./);
        // One provider block; each resource CloudFront needs in us-east-1 says so itself.
        expect(json.provider.aws).toEqual([{ region: 'eu-west-1', default_tags: expect.anything() }]);
        for (const type of US_EAST_1_TYPES) {
          for (const [name, body] of Object.entries((json.resource?.[type] ?? {}) as Record<string, Record<string, unknown>>)) {
            if (body.region !== 'us-east-1' || body.provider !== undefined) notInUsEast1.push(`${stack}: ${type}.${name}`);
          }
        }
        Object.keys(json.resource ?? {}).forEach((type) => emitted.add(`resource ${type}`));
        Object.keys(json.data ?? {}).forEach((type) => emitted.add(`data ${type}`));
        problems.push(...schemaProblems(json, schema).map((problem) => `${stack}: ${problem}`));
      }
      expect(libraryTerraformTypes().filter((type) => !emitted.has(type))).toEqual([]);
      expect(US_EAST_1_TYPES.filter((type) => !emitted.has(`resource ${type}`))).toEqual([]);
      expect(notInUsEast1).toEqual([]);
      expect(problems).toEqual([]);
    }, 120_000);
  });
});
