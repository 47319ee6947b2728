import { CloudfrontDistributionOrigin } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control';
import { CloudfrontOriginAccessIdentity } from '@cdktf/provider-aws/lib/cloudfront-origin-access-identity';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketWebsiteConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-website-configuration';
import { TerraformStack } from 'cdktf';
import { RuleResult } from '../../../modules/checks/rule';
import { S3OriginAccessControlRule } from '../../../modules/checks/rules/s3-origin-access-control';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { S3Origin } from '../../../modules/origins/s3-origin';
import { PrivateBucket } from '../../../modules/storage/private-bucket';
import { testStack } from '../../support/synth';
import { behavior, HOSTS, onlyVerdict, rawDistribution } from '../support';

/** A raw distribution with one origin block built from the stack. */
function withS3Origin(origin: (stack: TerraformStack) => Omit<CloudfrontDistributionOrigin, 'originId'>): TerraformStack {
  const stack = testStack();
  rawDistribution(stack, 'cdn', { origin: [{ originId: 'media', ...origin(stack) }], defaultCacheBehavior: behavior('media') });
  return stack;
}

function oac(stack: TerraformStack, type: string, signingBehavior = 'always') {
  return new CloudfrontOriginAccessControl(stack, `oac-${type}-${signingBehavior}`, {
    name: `media-${type}`,
    originAccessControlOriginType: type,
    signingBehavior,
    signingProtocol: 'sigv4',
  });
}

describe('VCDN-S3-1 S3 origin without Origin Access Control', () => {
  it('is compliant with S3Origin.withOriginAccessControl on a PrivateBucket', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: S3Origin.withOriginAccessControl(new PrivateBucket(stack, 'media')) },
    });
    expect(onlyVerdict(S3OriginAccessControlRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is compliant with a literal S3 REST host and an s3 OAC', () => {
    const stack = withS3Origin((s) => ({ domainName: HOSTS.s3, originAccessControlId: oac(s, 's3').id }));
    expect(onlyVerdict(S3OriginAccessControlRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is non-compliant when an origin refers to an aws_s3_bucket and has no OAC', () => {
    const stack = withS3Origin((s) => ({ domainName: new S3Bucket(s, 'media', { bucketPrefix: 'media-' }).bucketRegionalDomainName }));
    const verdict = onlyVerdict(S3OriginAccessControlRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/^origin "media" \(aws_s3_bucket\.media\.bucket_regional_domain_name\) has no origin_access_control_id/);
  });

  it.each([HOSTS.s3, 'media-bucket.s3-eu-west-1.amazonaws.com', 'media-bucket.s3.amazonaws.com'])(
    'is non-compliant with the S3 host %s and no OAC',
    (host) => {
      const verdict = onlyVerdict(
        S3OriginAccessControlRule,
        withS3Origin(() => ({ domainName: host, s3OriginConfig: { originAccessIdentity: '' } })),
      );
      expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
      expect(verdict.detail).toMatch(/has no origin_access_control_id/);
    },
  );

  it('is non-compliant with a legacy origin access identity', () => {
    const stack = withS3Origin((s) => ({
      domainName: HOSTS.s3,
      s3OriginConfig: { originAccessIdentity: new CloudfrontOriginAccessIdentity(s, 'oai', {}).cloudfrontAccessIdentityPath },
    }));
    const verdict = onlyVerdict(S3OriginAccessControlRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/legacy origin access identity/);
  });

  it('is non-compliant with an S3 website endpoint, literal or referenced', () => {
    expect(
      onlyVerdict(
        S3OriginAccessControlRule,
        withS3Origin(() => ({ domainName: HOSTS.s3Website })),
      ).detail,
    ).toMatch(/S3 website endpoint/);
    const referenced = withS3Origin((s) => {
      const bucket = new S3Bucket(s, 'site', { bucketPrefix: 'site-' });
      const website = new S3BucketWebsiteConfiguration(s, 'website', { bucket: bucket.id, indexDocument: { suffix: 'index.html' } });
      return { domainName: website.websiteEndpoint };
    });
    expect(onlyVerdict(S3OriginAccessControlRule, referenced).result).toBe(RuleResult.NON_COMPLIANT);
  });

  it('is non-compliant with an OAC of another origin type or one that never signs', () => {
    const wrongType = withS3Origin((s) => ({ domainName: HOSTS.s3, originAccessControlId: oac(s, 'mediastore').id }));
    expect(onlyVerdict(S3OriginAccessControlRule, wrongType).detail).toMatch(/Origin Access Control of type mediastore, not s3/);
    const neverSigns = withS3Origin((s) => ({ domainName: HOSTS.s3, originAccessControlId: oac(s, 's3', 'never').id }));
    expect(onlyVerdict(S3OriginAccessControlRule, neverSigns).detail).toMatch(/never signs requests/);
  });

  it('is not applicable without an S3 origin', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin(HOSTS.mediaPackage) } });
    expect(onlyVerdict(S3OriginAccessControlRule, stack).result).toBe(RuleResult.NOT_APPLICABLE);
  });
});
