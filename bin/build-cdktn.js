/**
 * `npm run build`'s last step: the cdktn flavor, package video-cdn-cdktn, in dist-cdktn/ (publish
 * with `npm publish dist-cdktn`). The compiled library of dist/ with its module specifiers rewritten
 * (bin/flavor.js), a package.json naming CDK Terrain's peers, and a README. No source is copied.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { rewriteTree } = require('./flavor');

const ROOT = path.join(__dirname, '..');
const SOURCE = path.join(ROOT, 'dist', 'modules');
const PACKAGE_ROOT = path.join(ROOT, 'dist-cdktn');
const TARGET = path.join(PACKAGE_ROOT, 'dist', 'modules');

/** The cdktn flavor's peers: CDK Terrain 0.24 and the prebuilt bindings built for it (hashicorp/aws 6.64+). */
/** Node.js of the cdktn flavor: @cdktn/provider-aws 25 declares >= 22.11 (the cdktn CLI needs 22.19). */
const CDKTN_NODE = '>=22.11.0';

const CDKTN_PEERS = {
  '@cdktn/provider-aws': '^25.5.0',
  cdktn: '^0.24.0',
  constructs: '>=10.6.0 <10.8.0',
};

function packageJson() {
  const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return {
    name: 'video-cdn-cdktn',
    version: own.version,
    description: `${own.description} CDK Terrain (cdktn) flavor of video-cdn-cdktf, for hashicorp/aws 6.`,
    license: own.license,
    main: own.main,
    types: own.types,
    exports: own.exports,
    files: own.files,
    engines: { node: CDKTN_NODE },
    peerDependencies: CDKTN_PEERS,
  };
}

const README = `# video-cdn-cdktn

The CDK Terrain flavor of [video-cdn-cdktf](https://www.npmjs.com/package/video-cdn-cdktf): the same constructs, built
from the same source, for projects on \`cdktn\` 0.24 with \`@cdktn/provider-aws\` 25 (hashicorp/aws 6.x).

\`\`\`sh
npm install video-cdn-cdktn cdktn@0.24.0 constructs@10.7.2 @cdktn/provider-aws@25.7.0
\`\`\`

\`\`\`ts
import { App } from 'cdktn';
import { VideoCdnStack, MkioCdn } from 'video-cdn-cdktn';
\`\`\`

Projects on cdktf 0.21 install video-cdn-cdktf instead. Never mix the two binding generations in one stack: synth
refuses it. What differs on hashicorp/aws 6, how to migrate a cdktf project and what is verified offline: the
CDK Terrain guide (docs/guides/cdk-terrain.md in the repository).
`;

fs.rmSync(PACKAGE_ROOT, { recursive: true, force: true });
rewriteTree(SOURCE, TARGET);
fs.writeFileSync(path.join(PACKAGE_ROOT, 'package.json'), `${JSON.stringify(packageJson(), null, 2)}\n`);
fs.writeFileSync(path.join(PACKAGE_ROOT, 'README.md'), README);
