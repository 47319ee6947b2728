/**
 * The two flavors of the library, built from one source: cdktf (cdktf 0.21, @cdktf/provider-aws
 * 20.1, hashicorp/aws 5.100) as written, and cdktn (CDK Terrain 0.24, @cdktn/provider-aws 25,
 * hashicorp/aws 6.x) with its module specifiers rewritten. CDK Terrain is a rename: the same
 * classes under new package names.
 */
'use strict';
const fs = require('fs');
const path = require('path');

/** Package renames from the cdktf flavor to the cdktn flavor (a name, or a name and a subpath). */
const CDKTN_RENAMES = [
  ['cdktf', 'cdktn'],
  ['@cdktf/provider-aws', '@cdktn/provider-aws'],
  ['video-cdn-cdktf', 'video-cdn-cdktn'],
];

/** The cdktn flavor's name for a module specifier (`cdktf/lib/x` -> `cdktn/lib/x`); others unchanged. */
function cdktnSpecifier(specifier) {
  for (const [from, to] of CDKTN_RENAMES) {
    if (specifier === from || specifier.startsWith(`${from}/`)) return to + specifier.slice(from.length);
  }
  return specifier;
}

/**
 * Rewrites the module specifiers of compiled JavaScript or declarations: `require("x")`,
 * `from "x"`, `import("x")`, `import "x"`. Strings that are not specifiers (messages naming
 * `cdktf synth`) are left alone.
 */
function toCdktn(text) {
  return text.replace(
    /(\brequire\(\s*|\bfrom\s+|\bimport\(\s*|^\s*import\s+)(["'])([^"'\n]+)\2/gm,
    (_match, head, quote, specifier) => `${head}${quote}${cdktnSpecifier(specifier)}${quote}`,
  );
}

/** Writes the cdktn flavor of every compiled file (`.js`, `.d.ts`) under `from` to the same place under `to`. */
function rewriteTree(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      rewriteTree(source, target);
    } else if (/\.(js|d\.ts)$/.test(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.writeFileSync(target, toCdktn(fs.readFileSync(source, 'utf8')));
    }
  }
}

module.exports = { CDKTN_RENAMES, cdktnSpecifier, toCdktn, rewriteTree };
