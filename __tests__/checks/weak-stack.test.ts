import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { PolicyChecks } from '../../modules/checks/policy-checks';
import { RuleLevel, RuleResult } from '../../modules/checks/rule';
import { VIDEO_CDN_POLICY_RULES } from '../../modules/checks/video-cdn-pack';
import { weakStack } from './weak-stack';

const idsAt = (level: RuleLevel) =>
  VIDEO_CDN_POLICY_RULES.filter((rule) => rule.level === level)
    .map((rule) => rule.id)
    .sort();

describe('the weak example stack', () => {
  it('breaks every rule of the pack', () => {
    const { stack } = weakStack();
    const failing = PolicyChecks.evaluate(stack).filter((evaluation) => evaluation.result === RuleResult.NON_COMPLIANT);
    expect([...new Set(failing.map((evaluation) => evaluation.ruleId))].sort()).toEqual(
      VIDEO_CDN_POLICY_RULES.map((rule) => rule.id).sort(),
    );
    expect(VIDEO_CDN_POLICY_RULES).toHaveLength(13);
  });

  it('fails synth with every ERROR rule, named on its resource', () => {
    const { stack } = weakStack();
    PolicyChecks.applyTo(stack);
    let message = '';
    try {
      Testing.fullSynth(stack);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const id of idsAt(RuleLevel.ERROR)) expect(message).toContain(`[${id}]`);
    expect(message).toMatch(
      /\[weak\/cdn\] \[VCDN-TLS-1\] Viewer TLS below TLSv1\.2_2021: viewer_certificate\.minimum_protocol_version is TLSv1/,
    );
    expect(message).toMatch(/\[weak\/media\] \[VCDN-S3-2\]/);
    expect(message).toMatch(/\[weak\/media-policy\] \[VCDN-POLICY-1\]/);
    // Warnings and infos never fail synth.
    for (const id of [...idsAt(RuleLevel.WARNING), ...idsAt(RuleLevel.INFO)]) expect(message).not.toContain(`[${id}]`);
  });

  it('puts the WARNING and INFO findings on the distribution as warnings and infos', () => {
    const { stack, distribution } = weakStack();
    PolicyChecks.applyTo(stack);
    Testing.synth(stack);
    const byType = (type: string) =>
      distribution.node.metadata
        .filter((entry) => entry.type === type)
        .map((entry) => /^\[([A-Z0-9-]+)\]/.exec(String(entry.data))![1])
        .sort();
    expect(byType(AnnotationMetadataEntryType.WARN)).toEqual(idsAt(RuleLevel.WARNING));
    expect(byType(AnnotationMetadataEntryType.INFO)).toEqual(idsAt(RuleLevel.INFO));
    expect(byType(AnnotationMetadataEntryType.ERROR)).toEqual(['VCDN-CACHE-2', 'VCDN-LOG-1', 'VCDN-S3-1', 'VCDN-TLS-1', 'VCDN-TLS-2']);
  });
});
