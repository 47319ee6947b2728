/** `npm run docs`: regenerates the configuration reference in README.md and examples/config.schema.json. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_REFERENCE_END, CONFIG_REFERENCE_START, configJsonSchema, renderConfigReference } from './reference';

const ROOT = path.resolve(__dirname, '..');
const readmePath = path.join(ROOT, 'README.md');
const readme = fs.readFileSync(readmePath, 'utf8');
const start = readme.indexOf(CONFIG_REFERENCE_START);
const end = readme.indexOf(CONFIG_REFERENCE_END);
if (start < 0 || end < start) throw new Error(`README.md needs the markers ${CONFIG_REFERENCE_START} and ${CONFIG_REFERENCE_END}`);
const updated = `${readme.slice(0, start + CONFIG_REFERENCE_START.length)}\n${renderConfigReference()}\n${readme.slice(end)}`;
fs.writeFileSync(readmePath, updated);
fs.writeFileSync(path.join(ROOT, 'examples', 'config.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
process.stdout.write('Wrote the configuration reference to README.md and examples/config.schema.json\n');
