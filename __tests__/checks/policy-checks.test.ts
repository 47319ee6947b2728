import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AnnotationMetadataEntryType, Aspects, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { PolicyChecks } from '../../modules/checks/policy-checks';
import { RuleLevel, RuleResult } from '../../modules/checks/rule';
import { WebAclRule } from '../../modules/checks/rules/web-acl';
import { VideoDistribution } from '../../modules/cloudfront/distribution';
import { HttpOrigin, OriginProtocolPolicy } from '../../modules/origins/http-origin';
import { buildPolicyChecksExample } from '../../examples/policy-checks';
import { testStack } from '../support/synth';
import { behavior, HOSTS, rawDistribution } from './support';

/** A library distribution whose origin is plain HTTP to MediaPackage (ERROR VCDN-TLS-2), without WAF (INFO). */
function insecureDistribution(scope: Construct, id = 'cdn'): VideoDistribution {
  const origin = new HttpOrigin(HOSTS.mediaPackage, { protocolPolicy: OriginProtocolPolicy.HTTP_ONLY, originShieldRegion: 'eu-west-1' });
  return new VideoDistribution(scope, id, { defaultBehavior: { origin } });
}

function annotations(construct: Construct, type: AnnotationMetadataEntryType): string[] {
  return construct.node.metadata.filter((entry) => entry.type === type).map((entry) => String(entry.data));
}

const synthError = (stack: TerraformStack): string => {
  try {
    Testing.fullSynth(stack);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('PolicyChecks', () => {
  it('fails synth on an ERROR finding, with the id, title, detail, fix and how to suppress', () => {
    const stack = testStack('checked');
    insecureDistribution(stack);
    PolicyChecks.applyTo(stack);
    expect(synthError(stack)).toContain(
      `[checked/cdn/Resource] [VCDN-TLS-2] Origin reached over plain HTTP although it serves HTTPS: origin "origin-1" (${HOSTS.mediaPackage}) uses http-only, but MediaPackage origins serve HTTPS. ` +
        "Fix: Set custom_origin_config.origin_protocol_policy to https-only (HttpOrigin's default, OriginProtocolPolicy.HTTPS_ONLY). " +
        "Suppress with PolicyChecks.suppress(construct, 'VCDN-TLS-2', '<reason>').",
    );
  });

  it('does not fail synth on WARNING and INFO findings, and shows them as annotations', () => {
    const stack = testStack();
    const distribution = rawDistribution(stack, 'cdn', {
      defaultCacheBehavior: behavior('origin', {
        cachePolicyId: undefined,
        forwardedValues: { queryString: false, cookies: { forward: 'none' } },
      }),
    });
    const checks = PolicyChecks.applyTo(stack);
    expect(() => Testing.fullSynth(stack)).not.toThrow();
    expect(annotations(distribution, AnnotationMetadataEntryType.WARN)).toEqual([
      expect.stringMatching(/^\[VCDN-CACHE-1\] Behavior uses legacy forwarded_values: behaviors "\*" use forwarded_values\. Fix: /),
      expect.stringMatching(
        /^\[VCDN-OPS-1\] Live distribution without alarms: origin "origin" \(c4af3793bf76b33c\.mediapackage\.eu-west-1\.amazonaws\.com\) is a live origin \(MediaPackage\), and no alarm watches the distribution\. Fix: /,
      ),
    ]);
    expect(
      annotations(distribution, AnnotationMetadataEntryType.INFO)
        .map((text) => text.slice(0, 15))
        .sort(),
    ).toEqual(['[VCDN-SHIELD-1]', '[VCDN-WAF-1] Di']);
    expect(checks.findings.map((finding) => [finding.ruleId, finding.level, finding.result, finding.address])).toEqual([
      ['VCDN-CACHE-1', RuleLevel.WARNING, RuleResult.NON_COMPLIANT, 'aws_cloudfront_distribution.cdn'],
      ['VCDN-OPS-1', RuleLevel.WARNING, RuleResult.NON_COMPLIANT, 'aws_cloudfront_distribution.cdn'],
      ['VCDN-WAF-1', RuleLevel.INFO, RuleResult.NON_COMPLIANT, 'aws_cloudfront_distribution.cdn'],
      ['VCDN-SHIELD-1', RuleLevel.INFO, RuleResult.NON_COMPLIANT, 'aws_cloudfront_distribution.cdn'],
    ]);
  });

  it("uses the rule's why when the evaluation gives no detail", () => {
    const stack = testStack();
    const distribution = rawDistribution(stack, 'cdn');
    PolicyChecks.applyTo(stack, { rules: [WebAclRule] });
    Testing.synth(stack);
    expect(annotations(distribution, AnnotationMetadataEntryType.INFO)).toEqual([
      `[VCDN-WAF-1] ${WebAclRule.title}: ${WebAclRule.why}. Fix: ${WebAclRule.fix}. Suppress with PolicyChecks.suppress(construct, 'VCDN-WAF-1', '<reason>').`,
    ]);
  });

  it('runs only the rules it is given', () => {
    const stack = testStack();
    insecureDistribution(stack);
    const checks = PolicyChecks.applyTo(stack, { rules: [WebAclRule] });
    expect(synthError(stack)).toBe('');
    expect(checks.findings.map((finding) => finding.ruleId)).toEqual(['VCDN-WAF-1']);
  });

  it('refuses two rules with one id (suppressions go by id)', () => {
    expect(() => PolicyChecks.applyTo(testStack(), { rules: [WebAclRule, { ...WebAclRule, level: RuleLevel.ERROR }] })).toThrow(
      /'rules' lists the rule id VCDN-WAF-1 twice/,
    );
  });

  describe('suppression', () => {
    it('silences a rule on the construct and everything below it, recording the reason', () => {
      const stack = testStack();
      const distribution = insecureDistribution(stack);
      const reason = 'The packager sits in a private VPC; TLS ends at the VPC origin.';
      PolicyChecks.suppress(distribution, 'VCDN-TLS-2', reason);
      const checks = PolicyChecks.applyTo(stack);
      expect(synthError(stack)).toBe('');
      expect(annotations(distribution.resource, AnnotationMetadataEntryType.ERROR)).toEqual([]);
      const finding = checks.findings.find((candidate) => candidate.ruleId === 'VCDN-TLS-2');
      expect(finding).toMatchObject({ result: RuleResult.NON_COMPLIANT, suppressedReason: reason });
      // Other rules still report.
      expect(annotations(distribution.resource, AnnotationMetadataEntryType.INFO)).toEqual([expect.stringMatching(/^\[VCDN-WAF-1\]/)]);
    });

    it('applies from a stack-level suppression, not from a sibling', () => {
      const stack = testStack();
      const left = insecureDistribution(stack, 'left');
      const right = insecureDistribution(stack, 'right');
      PolicyChecks.suppress(left, 'VCDN-WAF-1', 'Internal preview distribution, no public traffic.');
      PolicyChecks.suppress(stack, 'VCDN-TLS-2', 'Origins are reached through a private tunnel.');
      const checks = PolicyChecks.applyTo(stack);
      expect(synthError(stack)).toBe('');
      expect(annotations(left.resource, AnnotationMetadataEntryType.INFO)).toEqual([]);
      expect(annotations(right.resource, AnnotationMetadataEntryType.INFO)).toEqual([expect.stringMatching(/^\[VCDN-WAF-1\]/)]);
      expect(
        checks.findings
          .filter((finding) => finding.suppressedReason)
          .map((finding) => [finding.constructPath, finding.ruleId])
          .sort(),
      ).toEqual([
        ['test/left/Resource', 'VCDN-TLS-2'],
        ['test/left/Resource', 'VCDN-WAF-1'],
        ['test/right/Resource', 'VCDN-TLS-2'],
      ]);
    });

    it.each([
      ['an empty reason', ''],
      ['a short reason', 'legacy'],
      ['a reason of blanks', '            '],
    ])('rejects %s', (_name, reason) => {
      const stack = testStack();
      expect(() => PolicyChecks.suppress(stack, 'VCDN-WAF-1', reason)).toThrow(
        /'reason' must say why VCDN-WAF-1 does not apply here \(at least 10 characters\), got: .*\. Write the reason a reviewer needs/,
      );
    });

    it('rejects an empty rule id', () => {
      expect(() => PolicyChecks.suppress(testStack(), ' ', 'A perfectly good reason.')).toThrow(/'ruleId' is empty/);
    });
  });

  describe('applyTo', () => {
    it('on an App checks every stack it has, through app.synth()', () => {
      const app = Testing.app();
      for (const id of ['one', 'two']) {
        const stack = new TerraformStack(app, id);
        new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
        insecureDistribution(stack);
      }
      PolicyChecks.applyTo(app);
      expect(() => app.synth()).toThrow(/\[one\/cdn\/Resource\] \[VCDN-TLS-2\]/);
      // The first stack's error stops app.synth(); the second stack carries the checks too.
      expect(synthError(app.node.findChild('two') as TerraformStack)).toMatch(/\[two\/cdn\/Resource\] \[VCDN-TLS-2\]/);
      // Each stack carries the aspect: cdktf never runs aspects from the App down.
      for (const stack of app.node.children) expect(Aspects.of(stack).all).toEqual([expect.any(PolicyChecks)]);
    });

    it('on an App fails validation for a stack created after it, rather than skip it', () => {
      const app = Testing.app();
      new TerraformStack(app, 'early');
      PolicyChecks.applyTo(app);
      new TerraformStack(app, 'late');
      expect(() => app.synth()).toThrow(/Stack 'late' was created after PolicyChecks\.applyTo\(app\) and is not checked/);
    });

    it('on a construct checks only the resources under it, seeing the whole stack', () => {
      const stack = testStack();
      const checkedPart = new Construct(stack, 'checked');
      const checked = insecureDistribution(checkedPart);
      const unchecked = insecureDistribution(stack, 'elsewhere');
      const checks = PolicyChecks.applyTo(checkedPart, { rules: [WebAclRule] });
      Testing.synth(stack);
      expect(annotations(checked.resource, AnnotationMetadataEntryType.INFO)).toHaveLength(1);
      expect(annotations(unchecked.resource, AnnotationMetadataEntryType.INFO)).toEqual([]);
      expect(checks.findings).toHaveLength(1);
    });

    it('reports each finding once when the stack is synthesized twice', () => {
      const stack = testStack();
      const distribution = rawDistribution(stack, 'cdn');
      const checks = PolicyChecks.applyTo(stack, { rules: [WebAclRule] });
      Testing.synth(stack);
      Testing.fullSynth(stack);
      expect(annotations(distribution, AnnotationMetadataEntryType.INFO)).toHaveLength(1);
      expect(checks.findings).toHaveLength(1);
    });
  });

  it('evaluate returns every result, compliant and not applicable included, without annotating', () => {
    const stack = testStack();
    const distribution = rawDistribution(stack, 'cdn');
    const results = PolicyChecks.evaluate(stack);
    expect(results.map((result) => [result.ruleId, result.result])).toEqual([
      ['VCDN-TLS-1', RuleResult.NOT_APPLICABLE],
      ['VCDN-TLS-2', RuleResult.COMPLIANT],
      ['VCDN-S3-1', RuleResult.NOT_APPLICABLE],
      ['VCDN-CACHE-1', RuleResult.COMPLIANT],
      ['VCDN-CACHE-2', RuleResult.COMPLIANT],
      ['VCDN-LOG-1', RuleResult.NOT_APPLICABLE],
      ['VCDN-COST-1', RuleResult.NOT_APPLICABLE],
      ['VCDN-OPS-1', RuleResult.NON_COMPLIANT],
      ['VCDN-WAF-1', RuleResult.NON_COMPLIANT],
      ['VCDN-SHIELD-1', RuleResult.NON_COMPLIANT],
      ['VCDN-COST-2', RuleResult.NOT_APPLICABLE],
    ]);
    expect(distribution.node.metadata.filter((entry) => entry.type.startsWith('@cdktf/'))).toEqual([]);
  });
});

describe('the README example (examples/policy-checks.ts)', () => {
  it('synthesizes with no finding left but the suppressed WAF note, which keeps its reason', () => {
    const app = Testing.app();
    const checks = buildPolicyChecksExample(app);
    expect(() => app.synth()).not.toThrow();
    expect(checks.findings.map((finding) => [finding.ruleId, finding.suppressedReason])).toEqual([
      ['VCDN-WAF-1', 'Public trailers without tokens: a web ACL costs more than the abuse it stops.'],
    ]);
  });
});
