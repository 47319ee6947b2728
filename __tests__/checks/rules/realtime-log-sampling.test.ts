import { CachePolicy, HttpOrigin, RealtimeLogs, VideoDistribution } from '../../../modules';
import { RuleResult } from '../../../modules/checks/rule';
import { RealtimeLogSamplingRule } from '../../../modules/checks/rules/realtime-log-sampling';
import { testStack } from '../../support/synth';
import { onlyVerdict } from '../support';

function logged(samplingRate: number, manifestSamplingRate?: number) {
  const stack = testStack();
  const origin = new HttpOrigin('live.example.com');
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin },
    additionalBehaviors: { '*.m3u8': { origin, cachePolicy: CachePolicy.CACHING_OPTIMIZED }, '*.ts': { origin } },
  });
  new RealtimeLogs(stack, 'logs', { distribution, samplingRate, manifestSamplingRate });
  return stack;
}

describe('VCDN-COST-2 real-time logs sampling every segment request', () => {
  it('is non-compliant at 100 % on segment behaviors, naming them', () => {
    const verdict = onlyVerdict(RealtimeLogSamplingRule, logged(100, 5));
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe('behaviors "*.ts", "*" log 100 % of their requests');
  });

  it('is compliant when segments are sampled, even with every manifest logged; not applicable without real-time logs', () => {
    expect(onlyVerdict(RealtimeLogSamplingRule, logged(10, 100)).result).toBe(RuleResult.COMPLIANT);
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin('live.example.com') } });
    expect(onlyVerdict(RealtimeLogSamplingRule, stack).result).toBe(RuleResult.NOT_APPLICABLE);
  });
});
