/**
 * Property 2: a few valid configurations, drawn with the fixed seed (so CI plans the same ones
 * every time), pass real `terraform init`, `validate` and `plan` (offline, provider mirror), every
 * enabled stack. The configurations leave out MediaPackage CDN authorization, whose secret is read
 * by a data source that needs AWS credentials at plan time.
 */
import * as path from 'path';
import fc from 'fast-check';
import { parseConfig } from '../../config/load';
import { describeWithTerraform, validateAndPlanDir } from '../support/terraform';
import { SECTION_KEYS, validConfig } from './arbitraries';
import { SEED } from './settings';
import { synthesizeConfig } from './synthesize';

const SAMPLE_SIZE = 3;

/** At least one stack to plan, and at most three so each test stays within its timeout. */
const plannable = validConfig({ offlinePlannable: true }).filter((config) => {
  const enabled = SECTION_KEYS.filter((key) => {
    const section = config[key] as { enabled?: boolean } | undefined;
    return section !== undefined && section.enabled !== false;
  });
  return enabled.length >= 1 && enabled.length <= 3;
});
const samples = fc.sample(plannable, { seed: SEED, numRuns: SAMPLE_SIZE });

describeWithTerraform(`property: sampled valid configurations plan under real Terraform (seed ${SEED})`, () => {
  it.each(samples.map((config, index) => [index + 1, config] as const))(
    'sample %i: every enabled stack validates and plans',
    (_index, data) => {
      const app = synthesizeConfig(parseConfig(data));
      try {
        const stacks = Object.keys(app.stacks);
        expect(stacks.length).toBeGreaterThan(0);
        for (const stack of stacks) {
          const run = validateAndPlanDir(path.join(app.outdir, 'stacks', stack));
          expect({ stack, valid: run.validate.valid, plan: run.planSummary }).toEqual({
            stack,
            valid: true,
            plan: expect.stringMatching(/^Plan: [1-9]\d* to add, 0 to change, 0 to destroy\.$/),
          });
        }
      } finally {
        app.dispose();
      }
    },
    180_000,
  );
});
