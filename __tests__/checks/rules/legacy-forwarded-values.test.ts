import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { LegacyForwardedValuesRule } from '../../../modules/checks/rules/legacy-forwarded-values';
import { RuleResult } from '../../../modules/checks/rule';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { testStack } from '../../support/synth';
import { behavior, evaluate, HOSTS, onlyVerdict, rawDistribution } from '../support';

const legacy = {
  cachePolicyId: undefined,
  forwardedValues: { queryString: true, cookies: { forward: 'none' } },
  minTtl: 0,
  defaultTtl: 86400,
  maxTtl: 31536000,
};

describe('VCDN-CACHE-1 legacy forwarded_values', () => {
  it('is compliant for a VideoDistribution (cache policies only)', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: new HttpOrigin(HOSTS.mediaPackage) },
      additionalBehaviors: { '*.m3u8': { origin: new HttpOrigin(HOSTS.mediaPackage) } },
    });
    expect(onlyVerdict(LegacyForwardedValuesRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is non-compliant when any behavior uses forwarded_values, naming each', () => {
    const stack = testStack();
    rawDistribution(stack, 'cdn', {
      defaultCacheBehavior: behavior('origin', legacy),
      orderedCacheBehavior: [
        { pathPattern: '*.m3u8', ...behavior('origin') },
        { pathPattern: '*.ts', ...behavior('origin', legacy) },
      ],
    });
    const verdict = onlyVerdict(LegacyForwardedValuesRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe('behaviors "*.ts", "*" use forwarded_values');
  });

  it('is not applicable to anything but distributions (every distribution has a default behavior)', () => {
    const stack = testStack();
    new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
    expect(evaluate(LegacyForwardedValuesRule, stack)).toEqual([]);
  });
});
