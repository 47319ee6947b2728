/**
 * Property 1: any configuration the schema accepts, with choices that are each valid, parses and
 * synthesizes without throwing, yields one stack per enabled section or instance, and every stack's
 * cdk.tf.json is well-formed Terraform (terraform-json.ts); no two stacks share a state or an
 * account-wide name.
 */
import fc from 'fast-check';
import { parseConfig } from '../../config/load';
import { enabledStacks, validConfig } from './arbitraries';
import { runs } from './settings';
import { synthesizeConfig } from './synthesize';
import { accountWideNames } from '../support/synth';
import { TerraformDocument, terraformJsonProblems } from './terraform-json';

/** Where a stack keeps its state, when two stacks could collide (local state lives in each stack's folder). */
function sharedStateKey(json: TerraformDocument): string | undefined {
  const s3 = json.terraform?.backend?.s3;
  if (s3) return `s3 bucket ${s3.bucket}, key ${s3.key}`;
  const cloud = json.terraform?.cloud;
  if (cloud?.workspaces?.name !== undefined)
    return `workspace ${cloud.hostname ?? 'app.terraform.io'}/${cloud.organization}/${cloud.workspaces.name}`;
  return undefined;
}

describe('property: valid configurations synthesize well-formed Terraform', () => {
  it('parses (sections in either form), synthesizes one stack per enabled section or instance, every cdk.tf.json is well-formed, no state or account-wide name is shared', () => {
    fc.assert(
      fc.property(validConfig({ instances: true }), (data) => {
        const config = parseConfig(data);
        const app = synthesizeConfig(config);
        try {
          const expected = enabledStacks(data).map((stack) => stack.name);
          expect(Object.keys(app.stacks).sort()).toEqual(expected.sort());
          const owners = new Map<string, string>();
          const named = new Map<string, string>();
          for (const [stack, json] of Object.entries(app.stacks)) {
            for (const name of accountWideNames(json)) {
              expect({ stack, name, alsoIn: named.get(name) }).toEqual({ stack, name, alsoIn: undefined });
              named.set(name, stack);
            }
            expect({ stack, problems: terraformJsonProblems(json) }).toEqual({ stack, problems: [] });
            const state = sharedStateKey(json);
            if (state === undefined) continue;
            expect({ stack, state, alsoUsedBy: owners.get(state) }).toEqual({ stack, state, alsoUsedBy: undefined });
            owners.set(state, stack);
          }
        } finally {
          app.dispose();
        }
      }),
      runs(50),
    );
  }, 180_000);
});
