/**
 * The cdktn flavor is the compiled cdktf flavor with its module specifiers renamed: every form tsc
 * emits must be caught, and nothing else touched.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toCdktn, rewriteTree } = require('../../bin/flavor') as {
  toCdktn: (text: string) => string;
  rewriteTree: (from: string, to: string) => void;
};

describe('toCdktn: the cdktn flavor of compiled code', () => {
  it.each([
    ['const cdktf_1 = require("cdktf");', 'const cdktf_1 = require("cdktn");'],
    ['require("@cdktf/provider-aws/lib/cloudfront-distribution")', 'require("@cdktn/provider-aws/lib/cloudfront-distribution")'],
    ["import { App } from 'cdktf';", "import { App } from 'cdktn';"],
    ['import { Fn } from "cdktf/lib/terraform-functions";', 'import { Fn } from "cdktn/lib/terraform-functions";'],
    ['export { Aspects } from "cdktf";', 'export { Aspects } from "cdktn";'],
    ['export * from "@cdktf/provider-aws/lib/provider";', 'export * from "@cdktn/provider-aws/lib/provider";'],
    ['const p = import("@cdktf/provider-aws/package.json");', 'const p = import("@cdktn/provider-aws/package.json");'],
    ['type T = import("cdktf").TerraformStack;', 'type T = import("cdktn").TerraformStack;'],
    ['import "cdktf";', 'import "cdktn";'],
    ["import { MkioCdn } from 'video-cdn-cdktf';", "import { MkioCdn } from 'video-cdn-cdktn';"],
  ])('%s', (cdktf, cdktn) => {
    expect(toCdktn(cdktf)).toBe(cdktn);
  });

  it.each([
    // Relative imports, other packages, names that only start like a renamed one.
    'require("./cdktf")',
    'require("../stack/cdktf-app")',
    'import { Construct } from "constructs";',
    'require("cdktf-cli")',
    'require("@cdktf/provider-google/lib/x")',
    'import * as z from "zod";',
    // Strings that are not specifiers: messages keep their words.
    'throw new Error("run `cdktf synth` after changing cdktf.json");',
    'const note = "from cdktf to cdktn";',
  ])('leaves %s alone', (text) => {
    expect(toCdktn(text)).toBe(text);
  });

  it('rewrites a tree of compiled files, .js and .d.ts, and copies nothing else', () => {
    const from = fs.mkdtempSync(path.join(os.tmpdir(), 'flavor-from-'));
    const to = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flavor-to-')), 'out');
    fs.mkdirSync(path.join(from, 'stack'));
    fs.writeFileSync(path.join(from, 'index.js'), 'exports.a = require("cdktf");');
    fs.writeFileSync(path.join(from, 'stack', 'stack.d.ts'), 'import { TerraformStack } from "cdktf";');
    fs.writeFileSync(path.join(from, 'stack', 'stack.ts'), 'import { TerraformStack } from "cdktf";');
    rewriteTree(from, to);
    expect(fs.readFileSync(path.join(to, 'index.js'), 'utf8')).toBe('exports.a = require("cdktn");');
    expect(fs.readFileSync(path.join(to, 'stack', 'stack.d.ts'), 'utf8')).toBe('import { TerraformStack } from "cdktn";');
    expect(fs.existsSync(path.join(to, 'stack', 'stack.ts'))).toBe(false);
  });
});
