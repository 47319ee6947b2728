import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load';
import { buildApp } from '../../main';
import { describeWithTerraform, validateAndPlanDir } from '../support/terraform';

// Every stack the app synthesizes from the committed default configuration goes through real
// terraform init, validate and plan (offline, against the hashicorp/aws 5.100.0 mirror).
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-app-tf-'));
buildApp(loadConfigFile(DEFAULT_CONFIG_PATH), new App({ outdir })).synth();
const stackNames = fs.readdirSync(path.join(outdir, 'stacks')).sort();

describeWithTerraform('default app stacks under real Terraform', () => {
  it('synthesizes at least one stack', () => {
    expect(stackNames.length).toBeGreaterThan(0);
  });

  it.each(stackNames)(
    '%s: terraform validate and plan succeed',
    (stackName) => {
      const run = validateAndPlanDir(path.join(outdir, 'stacks', stackName));
      expect(run.validate.valid).toBe(true);
      expect(run.validate.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(run.planSummary).toMatch(/^Plan: [1-9]\d* to add, 0 to change, 0 to destroy\.$/);
    },
    180_000,
  );
});
