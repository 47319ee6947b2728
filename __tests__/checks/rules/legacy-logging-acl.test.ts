import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { RuleResult } from '../../../modules/checks/rule';
import { LegacyLoggingAclRule } from '../../../modules/checks/rules/legacy-logging-acl';
import { testStack } from '../../support/synth';
import { onlyVerdict, rawDistribution } from '../support';

function stackLoggingTo(ownership: 'BucketOwnerEnforced' | 'ObjectWriter' | undefined) {
  const stack = testStack();
  const bucket = new S3Bucket(stack, 'logs', { bucketPrefix: 'logs-' });
  if (ownership) new S3BucketOwnershipControls(stack, 'ownership', { bucket: bucket.id, rule: { objectOwnership: ownership } });
  rawDistribution(stack, 'cdn', { loggingConfig: { bucket: bucket.bucketDomainName } });
  return stack;
}

describe('VCDN-LOG-1 legacy logging to a bucket without ACLs', () => {
  it('is non-compliant when the bucket of the stack enforces bucket ownership (ACLs off)', () => {
    const verdict = onlyVerdict(LegacyLoggingAclRule, stackLoggingTo('BucketOwnerEnforced'));
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/^logging_config\.bucket is aws_s3_bucket\.logs, whose ACLs are off \(BucketOwnerEnforced\)$/);
  });

  it('is compliant with ACLs on, and not applicable without logging or with a bucket outside the stack', () => {
    expect(onlyVerdict(LegacyLoggingAclRule, stackLoggingTo('ObjectWriter')).result).toBe(RuleResult.COMPLIANT);
    expect(onlyVerdict(LegacyLoggingAclRule, stackLoggingTo(undefined)).result).toBe(RuleResult.COMPLIANT);
    const outside = testStack();
    rawDistribution(outside, 'cdn', { loggingConfig: { bucket: 'logs.s3.amazonaws.com' } });
    expect(onlyVerdict(LegacyLoggingAclRule, outside).result).toBe(RuleResult.NOT_APPLICABLE);
    const none = testStack();
    rawDistribution(none, 'cdn');
    expect(onlyVerdict(LegacyLoggingAclRule, none).result).toBe(RuleResult.NOT_APPLICABLE);
  });
});
