import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Lines without indentation and blank lines: a snippet may sit at another depth in its file. */
const normalise = (code: string) =>
  code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

const exampleSources = fs
  .readdirSync(path.join(ROOT, 'examples'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, code: normalise(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8')) }));

const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('README', () => {
  it('has the two quick-start commands, and .ci/run runs the same test command', () => {
    const quickStart = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1].trim().split('\n');
    expect(quickStart).toEqual(['npm ci && npx cdktf synth', 'npm test']);
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('has TypeScript snippets', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  // examples/ is type-checked by `tsc --noEmit` in `npm test`, so a snippet found there compiles.
  it.each(snippets.map((snippet, index) => [index + 1, snippet.split('\n')[0], snippet]))(
    'snippet %i (%s) is code from a type-checked file in examples/',
    (_index, _firstLine, snippet) => {
      const code = normalise(snippet as string);
      const home = exampleSources.find((source) => source.code.includes(code));
      expect(home?.file ?? `no examples/*.ts contains:\n${code}`).toMatch(/\.ts$/);
    },
  );
});
