import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['modules', 'stacks', 'config', 'examples', 'bench', '__tests__'];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

// The package root of @cdktf/provider-aws loads ~2,200 modules (seconds and hundreds of MiB per
// synth); every import must name the resource's own file.
describe('imports', () => {
  it('no source file imports the root of @cdktf/provider-aws', () => {
    const rootImport = /(from\s+|require\(\s*)['"]@cdktf\/provider-aws['"]/;
    const files = [path.join(ROOT, 'main.ts'), ...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))];
    const offenders = files.filter((file) => rootImport.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
