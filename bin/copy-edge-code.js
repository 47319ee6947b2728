/**
 * `npm run build`'s second step: tsc compiles TypeScript only, so the CloudFront Function sources
 * the library ships (modules/**\/functions/*.js, read at synth) are copied next to the compiled code.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

function copyFunctions(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const source = path.join(dir, entry.name);
    if (entry.isDirectory()) copyFunctions(source);
    else if (path.basename(dir) === 'functions' && entry.name.endsWith('.js')) {
      const target = path.join(ROOT, 'dist', path.relative(ROOT, source));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}

copyFunctions(path.join(ROOT, 'modules'));
