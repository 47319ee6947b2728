import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toCdktn } = require('../../bin/flavor') as { toCdktn: (text: string) => string };

const ROOT = path.resolve(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

const DOCS = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))];
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Lines without indentation and blank lines: a snippet may sit at another depth in its file. */
const normalise = (code: string) =>
  code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

// A snippet of a CDK Terrain project is an example with its imports renamed as the cdktn build renames them.
const exampleSources = fs
  .readdirSync(path.join(ROOT, 'examples'))
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) => {
    const code = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8');
    return [
      { file, code: normalise(code) },
      { file: `${file}, cdktn flavor`, code: normalise(toCdktn(code)) },
    ];
  });

const snippets = DOCS.flatMap((file) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({ doc: path.relative(ROOT, file), code: match[1] })),
);

const links = DOCS.flatMap((file) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => ({ doc: path.relative(ROOT, file), target })),
);

describe('README and docs', () => {
  it('README has the two quick-start commands, and .ci/run runs the same test command', () => {
    const quickStart = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1].trim().split('\n');
    expect(quickStart).toEqual(['npm ci && npx cdktf synth', 'npm test']);
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('README is a landing page (at most 250 lines); the long content is in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('have TypeScript snippets', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  // examples/ is type-checked by `tsc --noEmit` in `npm test`, so a snippet found there compiles.
  it.each(snippets.map((snippet) => [snippet.doc, snippet.code.split('\n')[0], snippet.code]))(
    '%s: snippet (%s) is code from a type-checked file in examples/',
    (_doc, _firstLine, snippet) => {
      const code = normalise(snippet as string);
      const home = exampleSources.find((source) => source.code.includes(code));
      expect(home?.file ?? `no examples/*.ts contains:\n${code}`).toMatch(/\.ts(, cdktn flavor)?$/);
    },
  );

  it.each(links.map((link) => [link.doc, link.target]))('%s: the link %s points at a file of the repository', (doc, target) => {
    const file = path.resolve(ROOT, path.dirname(doc as string), (target as string).replace(/#.*$/, ''));
    expect(fs.existsSync(file) ? file : `missing: ${file}`).toBe(file);
  });
});
