/**
 * Lets `node` run the app's TypeScript (cdktf.json: `node --require ./bin/register-ts.js main.ts`).
 * Sucrase strips types without type-checking (that is `npm run build` / `npm test`'s job); its
 * output is cached by content hash under node_modules/.cache, so an unchanged file is never
 * transpiled twice and synth starts faster (transpiling is most of the app's start-up otherwise).
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const CACHE_DIR = path.join(__dirname, '..', 'node_modules', '.cache', 'video-cdn-ts');
const SUCRASE_VERSION = require('sucrase/package.json').version;
const TRANSFORMS = ['typescript', 'imports'];
let transform; // sucrase itself is loaded only on a cache miss

function transpile(source, filename) {
  const key = crypto.createHash('sha256').update(`${SUCRASE_VERSION}\0${TRANSFORMS}\0${filename}\0${source}`).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    transform = transform || require('sucrase').transform;
    const { code } = transform(source, { transforms: TRANSFORMS, filePath: filename });
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, code);
      fs.renameSync(temporary, cached); // atomic: parallel synths never read half a file
    } catch {
      // A read-only node_modules only loses the cache, not the synth.
    }
    return code;
  }
}

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
