import { distributionOrigins } from '../distribution-blocks';
import { LIVE_ORIGINS_DESCRIPTION, liveOrigin } from '../live-origins';
import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';

/** VCDN-OPS-1: a live channel that fails at 3 a.m. should wake someone, not wait for viewers to complain. */
export const LiveAlarmsRule: PolicyRule = {
  id: 'VCDN-OPS-1',
  level: RuleLevel.WARNING,
  title: 'Live distribution without alarms',
  description: `a distribution with a live origin (${LIVE_ORIGINS_DESCRIPTION}) has no \`aws_cloudwatch_metric_alarm\` in the stack on its \`DistributionId\``,
  why: 'a failing live channel (5xx, an origin slower than its segments) is only noticed when viewers complain; live has no second chance',
  fix: 'Turn on observability.alarms (VideoCdnAlarms): 5xx and 4xx error rates and origin latency against the segment duration, notifying an SNS topic',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    const live = distributionOrigins(resource.body)
      .map((origin) => liveOrigin(origin, context))
      .find((found) => found !== undefined);
    if (!live) return notApplicable('no live origin');
    const watched = context.ofType('aws_cloudwatch_metric_alarm').some((alarm) => {
      const dimensions = alarm.body.dimensions as Record<string, unknown> | undefined;
      return context.references(dimensions?.DistributionId).some((reference) => reference.resource.address === resource.address);
    });
    return watched ? compliant() : nonCompliant(`${live.label} is a live origin (${live.server}), and no alarm watches the distribution`);
  },
};
