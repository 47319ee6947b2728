import { Aspects, TerraformStack, Testing } from 'cdktf';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load';
import { buildApp } from '../../main';
import { PolicyChecks } from '../../modules/checks/policy-checks';
import { RuleLevel } from '../../modules/checks/rule';

describe('policy checks on the default app (examples/default.json)', () => {
  const app = buildApp(loadConfigFile(DEFAULT_CONFIG_PATH), Testing.app());
  const stacks = app.node.children.filter((child): child is TerraformStack => TerraformStack.isStack(child));

  it('check every stack buildApp creates', () => {
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) expect(Aspects.of(stack).all.some((aspect) => aspect instanceof PolicyChecks)).toBe(true);
  });

  it('synthesize with no ERROR finding, suppressed or not', () => {
    expect(() => app.synth()).not.toThrow();
    const checks = new Set(
      stacks.flatMap((stack) => Aspects.of(stack).all.filter((aspect): aspect is PolicyChecks => aspect instanceof PolicyChecks)),
    );
    const findings = [...checks].flatMap((aspect) => aspect.findings);
    // The checks ran: the example's distributions have no WAF, an INFO finding each.
    expect(findings.filter((finding) => finding.ruleId === 'VCDN-WAF-1')).toHaveLength(stacks.length);
    expect(findings.filter((finding) => finding.level === RuleLevel.ERROR).map((finding) => finding.message)).toEqual([]);
  });
});
