import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { RuleResult } from '../../../modules/checks/rule';
import { WebAclRule } from '../../../modules/checks/rules/web-acl';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { testStack } from '../../support/synth';
import { evaluate, HOSTS, onlyVerdict } from '../support';

const WEB_ACL_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/video-cdn/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

function distribution(webAclId?: string) {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin(HOSTS.mediaPackage) }, webAclId });
  return stack;
}

describe('VCDN-WAF-1 no WAF', () => {
  it('is compliant with a web ACL', () => {
    expect(onlyVerdict(WebAclRule, distribution(WEB_ACL_ARN)).result).toBe(RuleResult.COMPLIANT);
  });

  it('is non-compliant without one', () => {
    expect(onlyVerdict(WebAclRule, distribution()).result).toBe(RuleResult.NON_COMPLIANT);
  });

  it('is not applicable to anything but distributions', () => {
    const stack = testStack();
    new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
    expect(evaluate(WebAclRule, stack)).toEqual([]);
  });
});
