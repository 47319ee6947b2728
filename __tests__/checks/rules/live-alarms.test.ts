import { RuleResult } from '../../../modules/checks/rule';
import { LiveAlarmsRule } from '../../../modules/checks/rules/live-alarms';
import { AlarmProfile, AlarmTopic, HttpOrigin, MkioOrigin, VideoCdnAlarms, VideoDistribution } from '../../../modules';
import { testStack } from '../../support/synth';
import { evaluate, onlyVerdict } from '../support';

const mkio = () => MkioOrigin.fromStreamingEndpoint('production.westeurope.streaming.mediakind.com');

describe('VCDN-OPS-1 live distribution without alarms', () => {
  it('is non-compliant for a live origin nobody watches', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: mkio() } });
    const verdict = onlyVerdict(LiveAlarmsRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/is a live origin \(MK\.IO\), and no alarm watches the distribution$/);
  });

  it('is compliant with an alarm on the distribution, and not fooled by an alarm on another one', () => {
    const stack = testStack();
    const live = new VideoDistribution(stack, 'live', { defaultBehavior: { origin: mkio() } });
    const other = new VideoDistribution(stack, 'other', { defaultBehavior: { origin: new HttpOrigin('www.example.com') } });
    new VideoCdnAlarms(stack, 'alarms', { distribution: other, topic: AlarmTopic.create(), profile: AlarmProfile.VOD });
    expect(evaluate(LiveAlarmsRule, stack).map((evaluation) => evaluation.result)).toEqual([
      RuleResult.NON_COMPLIANT,
      RuleResult.NOT_APPLICABLE,
    ]);
    new VideoCdnAlarms(stack, 'live-alarms', { distribution: live, topic: AlarmTopic.create(), profile: AlarmProfile.LIVE });
    expect(evaluate(LiveAlarmsRule, stack).map((evaluation) => evaluation.result)).toEqual([
      RuleResult.COMPLIANT,
      RuleResult.NOT_APPLICABLE,
    ]);
  });
});
