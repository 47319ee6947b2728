import { HttpOrigin, OriginProtocolPolicy, VideoDistribution, VpcOrigin } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

const INSTANCE = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0';
const ALB = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/origin/0123456789abcdef';

describe('VpcOrigin', () => {
  it('minimal: HTTPS on 443 with TLS 1.2, a name following its settings, replaced before destroyed; the origin uses vpc_origin_config', () => {
    const stack = testStack();
    const vpcOrigin = new VpcOrigin(stack, 'server', { endpointArn: ALB });
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: new HttpOrigin('internal-origin.example.com', { vpcOrigin, readTimeoutSeconds: 10 }) },
    });
    const json = synthJson(stack);
    const resource = onlyResource(json, 'aws_cloudfront_vpc_origin');
    expect(resource.vpc_origin_endpoint_config).toEqual([
      {
        name: expect.stringMatching(/^test-server-[0-9a-f]{8}-[0-9a-f]{6}$/),
        arn: ALB,
        origin_protocol_policy: 'https-only',
        http_port: 80,
        https_port: 443,
        origin_ssl_protocols: [{ items: ['TLSv1.2'], quantity: 1 }],
      },
    ]);
    expect(resource.lifecycle).toEqual({ create_before_destroy: true });
    const origin = onlyResource(json, 'aws_cloudfront_distribution').origin[0];
    expect(origin.custom_origin_config).toBeUndefined();
    expect(origin.vpc_origin_config).toEqual({
      vpc_origin_id: expect.stringMatching(/^\$\{aws_cloudfront_vpc_origin\.server_[0-9A-F]+\.id\}$/),
      origin_read_timeout: 10,
      origin_keepalive_timeout: 5,
    });
  });

  it('a change of settings changes the default name (an in-use VPC origin cannot be updated in place)', () => {
    const name = (httpPort: number) => {
      const stack = testStack();
      new VpcOrigin(stack, 'server', { endpointArn: INSTANCE, protocolPolicy: OriginProtocolPolicy.HTTP_ONLY, httpPort });
      return onlyResource(synthJson(stack), 'aws_cloudfront_vpc_origin').vpc_origin_endpoint_config[0].name;
    };
    expect(name(5080)).not.toBe(name(8080));
  });

  it('refuses an ARN that cannot be a VPC origin, and origin settings that contradict it', () => {
    expect(
      () => new VpcOrigin(testStack(), 'v', { endpointArn: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0123456789abcdef0' }),
    ).toThrow(/^'endpointArn' is not the ARN of an EC2 instance, an Application Load Balancer or a Network Load Balancer/);
    const vpcOrigin = new VpcOrigin(testStack(), 'v', {
      endpointArn: INSTANCE,
      protocolPolicy: OriginProtocolPolicy.HTTP_ONLY,
      httpPort: 5080,
    });
    expect(() => new HttpOrigin('ip-10-0-1-2.internal', { vpcOrigin, httpPort: 80 })).toThrow(
      /^'httpPort' differs from the VPC origin's \(5080\)/,
    );
    expect(() => new HttpOrigin('ip-10-0-1-2.internal', { vpcOrigin, protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY })).toThrow(
      /^'protocolPolicy' differs from the VPC origin's \(http-only\)/,
    );
  });
});
