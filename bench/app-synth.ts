/**
 * Child process of the benchmark: synthesizes what the app synthesizes (all enabled stacks of
 * the default configuration) and reports its own peak RSS. Run as `cdktf synth` runs the app.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load';
import { buildApp } from '../main';

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-app-'));
const app = buildApp(loadConfigFile(process.env.VIDEO_CDN_CONFIG || DEFAULT_CONFIG_PATH), new App({ outdir }));
app.synth();
const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
process.stdout.write(JSON.stringify({ stacks: stacks.length, maxRssKiB: process.resourceUsage().maxRSS }));
fs.rmSync(outdir, { recursive: true, force: true });
