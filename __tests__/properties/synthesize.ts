/** Runs the app on a configuration the way main.ts does, into a temporary folder, and reads every stack back. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { VideoCdnConfig } from '../../config/schema';
import { buildApp } from '../../main';
import { TerraformDocument } from './terraform-json';

/** The stack each configuration section becomes, before stackNamePrefix (named in __tests__/config/instances.test.ts). */
export { SCENARIO_STACK_NAMES as STACK_NAMES } from '../../config/stacks';

export interface SynthesizedApp {
  readonly outdir: string;
  /** cdk.tf.json of each stack folder, parsed (a file that is not JSON throws). */
  readonly stacks: Record<string, TerraformDocument>;
  /** Removes the output folder. */
  dispose(): void;
}

export function synthesizeConfig(config: VideoCdnConfig): SynthesizedApp {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-property-'));
  const dispose = () => fs.rmSync(outdir, { recursive: true, force: true });
  try {
    buildApp(config, new App({ outdir })).synth();
    const stacksDir = path.join(outdir, 'stacks');
    const names = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir) : [];
    const stacks: Record<string, TerraformDocument> = {};
    for (const name of names) {
      const file = path.join(stacksDir, name, 'cdk.tf.json');
      const text = fs.readFileSync(file, 'utf8');
      try {
        stacks[name] = JSON.parse(text) as TerraformDocument;
      } catch (error) {
        throw new Error(`${file} is not JSON: ${(error as Error).message}`);
      }
    }
    return { outdir, stacks, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
