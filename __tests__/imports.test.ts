/**
 * The direction of imports, which keeps the library a library: the app (stacks/, config/,
 * main.ts) uses only its public API; nothing outside modules/ reaches into modules/private; the
 * library knows nothing of the app; policy rules read synthesized JSON, not constructs.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['modules', 'stacks', 'config', 'examples', 'bench', 'bin', '__tests__'];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

interface Import {
  /** Repository-relative file that imports. */
  readonly from: string;
  /** The specifier as written. */
  readonly specifier: string;
  /** Repository-relative file a relative specifier resolves to (without extension), else undefined. */
  readonly target?: string;
}

const FILES = [path.join(ROOT, 'main.ts'), ...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))];

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const from = path.relative(ROOT, file);
  return [...text.matchAll(/(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)['"]([^'"]+)['"]/g)].map((match) => {
    const specifier = match[1];
    if (!specifier.startsWith('.')) return { from, specifier };
    const resolved = path.relative(ROOT, path.resolve(path.dirname(file), specifier));
    const target = fs.existsSync(path.join(ROOT, resolved, 'index.ts')) ? `${resolved}/index` : resolved;
    return { from, specifier, target };
  });
}

const IMPORTS = FILES.flatMap(importsOf);
const inDir = (dir: string) => (file: string | undefined) => file !== undefined && (file === dir || file.startsWith(`${dir}/`));
const describeImport = (found: Import) => `${found.from} imports '${found.specifier}'`;

describe('imports', () => {
  it('find the imports of every source file (the checks below see them)', () => {
    expect(IMPORTS.filter((found) => found.from === 'main.ts').map((found) => found.specifier)).toContain('./modules');
  });

  it('no source file imports the root of @cdktf/provider-aws (it loads ~2,200 modules)', () => {
    expect(IMPORTS.filter((found) => found.specifier === '@cdktf/provider-aws').map(describeImport)).toEqual([]);
  });

  it('stacks/, config/ and main.ts use the library only through its public API (modules/index.ts)', () => {
    const app = IMPORTS.filter((found) => found.from === 'main.ts' || inDir('stacks')(found.from) || inDir('config')(found.from));
    const deep = app.filter((found) => inDir('modules')(found.target) && found.target !== 'modules/index');
    expect(deep.map(describeImport)).toEqual([]);
  });

  it('nothing outside modules/ imports modules/private', () => {
    const outside = IMPORTS.filter((found) => !inDir('modules')(found.from) && inDir('modules/private')(found.target));
    expect(outside.map(describeImport)).toEqual([]);
  });

  it('modules/ never imports the app (config/, stacks/, main.ts) nor examples, tests or scripts', () => {
    const app = ['config', 'stacks', 'examples', '__tests__', 'bench', 'bin'].map(inDir);
    const wrong = IMPORTS.filter(
      (found) => inDir('modules')(found.from) && (found.target === 'main' || app.some((isIn) => isIn(found.target))),
    );
    expect(wrong.map(describeImport)).toEqual([]);
  });

  it('policy rules import only the check engine (modules/checks/) and data modules that import nothing', () => {
    const importsNothing = (target: string) => IMPORTS.every((found) => found.from !== `${target}.ts`);
    const rules = IMPORTS.filter((found) => inDir('modules/checks/rules')(found.from));
    expect(rules.length).toBeGreaterThan(0);
    const wrong = rules.filter(
      (found) =>
        found.target === undefined ||
        (!(inDir('modules/checks')(found.target) && !inDir('modules/checks/rules')(found.target)) && !importsNothing(found.target)),
    );
    expect(wrong.map(describeImport)).toEqual([]);
  });
});
