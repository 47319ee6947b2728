import { PolicyRule } from './rule';
import { VIDEO_CDN_POLICY_RULES } from './video-cdn-pack';

/** Table cells: pipes split cells; text is otherwise markdown already. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The policy-check reference (markdown), generated from the rule objects so it cannot drift:
 * docs/reference/policy-checks.md is this text, kept in step by a test.
 */
export function renderPolicyCheckReference(rules: readonly PolicyRule[] = VIDEO_CDN_POLICY_RULES): string {
  const rows = rules.map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.level} | ${cell(rule.title)} | ${cell(rule.description ?? rule.title)} | ${cell(rule.why)} | ${cell(rule.fix)} | ${rule.resourceTypes.map((type) => `\`${type}\``).join(', ')} |`,
  );
  return [
    '# Policy-check reference',
    '',
    '<!-- Generated from modules/checks/rules by `npm run docs`; a test fails when it is out of date. Do not edit. -->',
    '',
    'Construct checks catch what cannot work; policy checks catch what works but is unsafe or costly, on the synthesized Terraform',
    'of every stack, in the manner of [cdk-nag](https://github.com/cdklabs/cdk-nag). `PolicyChecks.applyTo(app)` (the app does it)',
    'runs the pack as an aspect: an ERROR finding fails `cdktf synth`, WARNING and INFO findings are printed as annotations:',
    "`[<id>] <title>: <detail>. Fix: <fix>. Suppress with PolicyChecks.suppress(construct, '<id>', '<reason>').`",
    '',
    "Each rule is one file in `modules/checks/rules/`: a pure function of a resource's synthesized JSON (and the other resources of",
    'its stack) that answers compliant, non-compliant or not applicable. Suppress a finding on the resource or any construct above',
    "it with `PolicyChecks.suppress(construct, '<id>', '<reason>')`; the reason (at least 10 characters) is kept with the finding.",
    '',
    '| id | level | title | non-compliant when | why | fix | resource types |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
