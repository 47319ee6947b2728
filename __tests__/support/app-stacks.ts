import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { parseConfig } from '../../config/load';
import { buildApp } from '../../main';
import { TerraformJson } from './synth';

/** The one stack a configuration section synthesizes to, through schema, stack and policy checks, as a user's file would go. */
export function sectionStack(key: string, section: object): TerraformJson {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-section-'));
  buildApp(parseConfig({ awsRegion: 'eu-west-1', [key]: section }), new App({ outdir })).synth();
  const [stack] = fs.readdirSync(path.join(outdir, 'stacks'));
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
}
