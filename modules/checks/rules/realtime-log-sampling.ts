import { selectsManifestsOrPagesOnly } from '../../cloudfront/video-path-patterns';
import { distributionBehaviors, quotedPatterns } from '../distribution-blocks';
import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';

/** VCDN-COST-2: every segment request becomes a log record at 100 % sampling. */
export const RealtimeLogSamplingRule: PolicyRule = {
  id: 'VCDN-COST-2',
  level: RuleLevel.INFO,
  title: 'Real-time logs sample every segment request',
  description:
    'a behavior that may serve segments (any but manifest and page patterns) sends its requests to an `aws_cloudfront_realtime_log_config` of the stack with `sampling_rate` 100',
  why: 'the monthly cost driver is one log record per segment request: CloudFront bills each real-time log line and Kinesis each record ingested, so a channel with 10,000 viewers on 6 s segments makes about 4.3 billion records a month',
  fix: 'Sample 1-10 % of segment requests (observability.realtimeLogs.samplingRate); player analytics from CMCD stay representative, and manifests can sample at their own rate',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    const logged = distributionBehaviors(resource.body).filter(
      (behavior) => behavior.body.realtime_log_config_arn !== undefined && !selectsManifestsOrPagesOnly(behavior.pathPattern),
    );
    if (logged.length === 0) return notApplicable('no segment behavior has real-time logs');
    const everything = logged.filter((behavior) =>
      context
        .references(behavior.body.realtime_log_config_arn)
        .some(
          (reference) =>
            reference.resource.type === 'aws_cloudfront_realtime_log_config' && Number(reference.resource.body.sampling_rate) === 100,
        ),
    );
    return everything.length === 0 ? compliant() : nonCompliant(`behaviors ${quotedPatterns(everything)} log 100 % of their requests`);
  },
};
