import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { isInstancesForm } from '../../config/instances';
import { parseConfig } from '../../config/load';
import { VideoCdnConfig } from '../../config/schema';
import { SectionKey, SectionOf } from '../../config/stacks';
import { buildApp } from '../../main';
import { TerraformJson } from './synth';

/** The one stack a configuration section synthesizes to, through schema, stack and policy checks, as a user's file would go. */
export function sectionStack(key: string, section: object): TerraformJson {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-section-'));
  buildApp(parseConfig({ awsRegion: 'eu-west-1', [key]: section }), new App({ outdir })).synth();
  const [stack] = fs.readdirSync(path.join(outdir, 'stacks'));
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
}

/** A parsed configuration's section in the single form, as its stack class takes it. */
export function singleSection<K extends SectionKey>(config: VideoCdnConfig, key: K): SectionOf<K> {
  const section = config[key];
  if (section === undefined || isInstancesForm(section)) throw new Error(`the configuration has no single-form ${key} section`);
  return section as SectionOf<K>;
}
