import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { OriginHttpsRule } from '../../../modules/checks/rules/origin-https';
import { RuleResult } from '../../../modules/checks/rule';
import { ViewerProtocolPolicy } from '../../../modules/cloudfront/distribution-settings';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin, OriginProtocolPolicy } from '../../../modules/origins/http-origin';
import { S3Origin } from '../../../modules/origins/s3-origin';
import { testStack } from '../../support/synth';
import { behavior, customOrigin, HOSTS, onlyVerdict, rawDistribution } from '../support';

function withOrigin(domainName: string, protocolPolicy: OriginProtocolPolicy, viewerProtocolPolicy?: ViewerProtocolPolicy) {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin: new HttpOrigin(domainName, { originId: 'origin', protocolPolicy }), viewerProtocolPolicy },
  });
  return stack;
}

describe('VCDN-TLS-2 origin over plain HTTP', () => {
  it('is compliant with an https-only origin (the HttpOrigin default)', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin(HOSTS.mediaPackage) } });
    expect(onlyVerdict(OriginHttpsRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it.each([
    ['MediaPackage', HOSTS.mediaPackage],
    ['MediaStore', HOSTS.mediaStore],
    ['MK.IO', HOSTS.mkio],
    ['CloudFront', HOSTS.cloudFront],
    ['S3', HOSTS.s3],
  ])('is non-compliant with http-only to a %s host', (kind, host) => {
    const verdict = onlyVerdict(OriginHttpsRule, withOrigin(host, OriginProtocolPolicy.HTTP_ONLY));
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe(`origin "origin" (${host}) uses http-only, but ${kind} origins serve HTTPS`);
  });

  it('is non-compliant with match-viewer when a behavior lets viewers use HTTP', () => {
    const verdict = onlyVerdict(
      OriginHttpsRule,
      withOrigin(HOSTS.mediaPackage, OriginProtocolPolicy.MATCH_VIEWER, ViewerProtocolPolicy.ALLOW_ALL),
    );
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/uses match-viewer with viewers allowed on HTTP/);
  });

  it('is compliant with match-viewer when every viewer is on HTTPS (so is the origin request)', () => {
    const stack = withOrigin(HOSTS.mediaPackage, OriginProtocolPolicy.MATCH_VIEWER, ViewerProtocolPolicy.REDIRECT_TO_HTTPS);
    expect(onlyVerdict(OriginHttpsRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it.each([
    ['a host of your own (its TLS support is unknown)', HOSTS.ownServer],
    ['a load balancer DNS name (no certificate covers it)', HOSTS.loadBalancer],
    ['an S3 website endpoint (HTTP only)', HOSTS.s3Website],
  ])('is not applicable to http-only towards %s', (_name, host) => {
    expect(onlyVerdict(OriginHttpsRule, withOrigin(host, OriginProtocolPolicy.HTTP_ONLY)).result).toBe(RuleResult.NOT_APPLICABLE);
  });

  it('is not applicable to an S3 origin with OAC (no protocol setting)', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    expect(onlyVerdict(OriginHttpsRule, stack).result).toBe(RuleResult.NOT_APPLICABLE);
  });

  it('names every failing origin of a distribution', () => {
    const stack = testStack();
    const httpOnly = { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] };
    rawDistribution(stack, 'cdn', {
      origin: [
        customOrigin('hls', HOSTS.mediaPackage, { customOriginConfig: httpOnly }),
        customOrigin('mkio', HOSTS.mkio, { customOriginConfig: httpOnly }),
        customOrigin('fine', HOSTS.mediaStore),
      ],
      defaultCacheBehavior: behavior('hls'),
    });
    const verdict = onlyVerdict(OriginHttpsRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/origin "hls" .*; origin "mkio"/);
    expect(verdict.detail).not.toMatch(/"fine"/);
  });
});
