import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { nestedBlock, nestedBlocks } from '../rule-context';

/** VCDN-LOG-1: legacy logging writes log files through bucket ACLs, which BucketOwnerEnforced turns off. */
export const LegacyLoggingAclRule: PolicyRule = {
  id: 'VCDN-LOG-1',
  level: RuleLevel.ERROR,
  title: 'Legacy logging to a bucket without ACLs',
  description:
    '`logging_config.bucket` names a bucket of the stack whose `aws_s3_bucket_ownership_controls` is `BucketOwnerEnforced` (ACLs off, as PrivateBucket makes them); a bucket outside the stack is not applicable',
  why: 'legacy (v1) logging delivers log files by granting an ACL to the awslogsdelivery account: with ACLs off the apply fails ("does not enable ACL access") and no log is written',
  fix: 'Use standard logging v2 (observability.accessLogs, AccessLogs), which needs no ACLs, or point legacy logging at a bucket with ACLs enabled',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    const bucket = nestedBlock(resource.body.logging_config).bucket;
    if (bucket === undefined) return notApplicable('no legacy logging');
    const target = context.references(bucket).find((reference) => reference.resource.type === 'aws_s3_bucket');
    if (!target) return notApplicable('the log bucket is not in the stack');
    const enforced = context
      .ofType('aws_s3_bucket_ownership_controls')
      .some(
        (controls) =>
          context.references(controls.body.bucket).some((reference) => reference.resource.address === target.resource.address) &&
          nestedBlocks(controls.body.rule).some((rule) => rule.object_ownership === 'BucketOwnerEnforced'),
      );
    return enforced
      ? nonCompliant(`logging_config.bucket is ${target.resource.address}, whose ACLs are off (BucketOwnerEnforced)`)
      : compliant();
  },
};
