import { ContinuousDeployment, HttpOrigin, HttpVersion, PriceClass, VideoDistribution, VideoDistributionProps } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';
import { TerraformStack } from 'cdktf';

const origin = new HttpOrigin('live.example.com');

function pair(stack: TerraformStack, primary: Partial<VideoDistributionProps> = {}, staging: Partial<VideoDistributionProps> = {}) {
  return {
    primary: new VideoDistribution(stack, 'primary', { defaultBehavior: { origin }, httpVersion: HttpVersion.HTTP2, ...primary }),
    staging: new VideoDistribution(stack, 'staging', {
      defaultBehavior: { origin },
      httpVersion: HttpVersion.HTTP2,
      staging: true,
      ...staging,
    }),
  };
}

describe('ContinuousDeployment', () => {
  it('weight with stickiness: the policy names the staging domain and is attached to the primary', () => {
    const stack = testStack();
    new ContinuousDeployment(stack, 'cd', {
      ...pair(stack),
      trafficWeight: 0.1,
      sessionStickiness: { idleTtlSeconds: 300, maximumTtlSeconds: 3600 },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_cloudfront_continuous_deployment_policy')).toEqual({
      enabled: true,
      staging_distribution_dns_names: [
        { items: [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.staging_[0-9A-F]+\.domain_name\}$/)], quantity: 1 },
      ],
      traffic_config: [
        {
          type: 'SingleWeight',
          single_weight_config: [{ weight: 0.1, session_stickiness_config: [{ idle_ttl: 300, maximum_ttl: 3600 }] }],
        },
      ],
    });
    const [primary, staging] = resources(json, 'aws_cloudfront_distribution');
    expect(primary.continuous_deployment_policy_id).toMatch(/^\$\{aws_cloudfront_continuous_deployment_policy\.cd_[0-9A-F]+\.id\}$/);
    expect(staging.staging).toBe(true);
  });

  it('header routing for testers, off by default traffic', () => {
    const stack = testStack();
    new ContinuousDeployment(stack, 'cd', { ...pair(stack), header: { name: 'aws-cf-cd-canary', value: '1' }, enabled: false });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_continuous_deployment_policy')).toMatchObject({
      enabled: false,
      traffic_config: [{ type: 'SingleHeader', single_header_config: [{ header: 'aws-cf-cd-canary', value: '1' }] }],
    });
  });

  it.each([
    [{ trafficWeight: 0.5 }, /^'trafficWeight' must be from 0 to 0\.15/],
    [{}, /^'trafficWeight' is missing, and so is header/],
    [
      { trafficWeight: 0.1, header: { name: 'aws-cf-cd-x', value: '1' } },
      /^'header' is set with trafficWeight; a staging distribution takes one routing/,
    ],
    [{ header: { name: 'x-canary', value: '1' } }, /^'header\.name' must start with aws-cf-cd-/],
    [
      { trafficWeight: 0.1, sessionStickiness: { idleTtlSeconds: 60, maximumTtlSeconds: 600 } },
      /^'sessionStickiness\.idleTtlSeconds' must be a whole number of seconds from 300 to 3600/,
    ],
    [
      { trafficWeight: 0.1, sessionStickiness: { idleTtlSeconds: 900, maximumTtlSeconds: 600 } },
      /^'sessionStickiness\.idleTtlSeconds' is above maximumTtlSeconds \(600\)/,
    ],
    [
      { header: { name: 'aws-cf-cd-x', value: '1' }, sessionStickiness: { idleTtlSeconds: 300, maximumTtlSeconds: 600 } },
      /^'sessionStickiness' only applies to weight-based routing/,
    ],
  ])('refuses traffic CloudFront refuses: %j', (traffic, message) => {
    const stack = testStack();
    expect(() => new ContinuousDeployment(stack, 'cd', { ...pair(stack), ...traffic })).toThrow(message);
  });

  it('refuses HTTP/3 on either distribution, and a copy that changes what CloudFront keeps fixed', () => {
    let stack = testStack();
    expect(
      () => new ContinuousDeployment(stack, 'cd', { ...pair(stack, { httpVersion: HttpVersion.HTTP2_AND_3 }), trafficWeight: 0.05 }),
    ).toThrow(/^'primary\.httpVersion' serves HTTP\/3, which CloudFront refuses with continuous deployment/);
    stack = testStack();
    expect(
      () => new ContinuousDeployment(stack, 'cd', { ...pair(stack, {}, { priceClass: PriceClass.PRICE_CLASS_ALL }), trafficWeight: 0.05 }),
    ).toThrow(
      /^'staging\.priceClass' differs from the primary's \(PriceClass_100\), which CloudFront does not let a staging distribution change/,
    );
    stack = testStack();
    const swapped = pair(stack);
    expect(
      () => new ContinuousDeployment(stack, 'cd', { primary: swapped.staging, staging: swapped.primary, trafficWeight: 0.05 }),
    ).toThrow(/^'staging' is not a staging distribution/);
  });

  it('warns that the primary must exist before the policy is attached', () => {
    const stack = testStack();
    const cd = new ContinuousDeployment(stack, 'cd', { ...pair(stack), trafficWeight: 0.05 });
    expect(cd.node.metadata.map((entry) => String(entry.data))).toEqual([
      expect.stringMatching(/attaches a continuous deployment policy only to a primary distribution that already exists/),
    ]);
  });
});
