import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3Origin, VideoDistribution } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';

describe('S3Origin.withOriginAccessControl', () => {
  function setup(props = {}) {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'output', { bucketPrefix: 'vod-output-' });
    const origin = S3Origin.withOriginAccessControl(bucket, props);
    return { stack, bucket, origin };
  }

  it('uses the regional bucket domain and an OAC that always signs with SigV4 (no OAI)', () => {
    const { stack, origin } = setup();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    const json = synthJson(stack);
    const oac = onlyResource(json, 'aws_cloudfront_origin_access_control');
    expect(oac).toMatchObject({ origin_access_control_origin_type: 's3', signing_behavior: 'always', signing_protocol: 'sigv4' });
    expect(oac.name.length).toBeLessThanOrEqual(64);
    const block = onlyResource(json, 'aws_cloudfront_distribution').origin[0];
    expect(block.domain_name).toBe('${aws_s3_bucket.output.bucket_regional_domain_name}');
    expect(block.origin_access_control_id).toMatch(/^\$\{aws_cloudfront_origin_access_control\..+\.id\}$/);
    expect(block.s3_origin_config).toBeUndefined();
    expect(resources(json, 'aws_cloudfront_origin_access_identity')).toHaveLength(0);
  });

  it('bucket policy: only cloudfront.amazonaws.com, only GetObject, only for this distribution (AWS:SourceArn), TLS enforced', () => {
    const { stack, origin } = setup();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    const policy = JSON.parse(onlyResource(synthJson(stack), 'aws_s3_bucket_policy').policy);
    const [allow, deny] = policy.Statement;
    expect(allow).toEqual({
      Sid: 'AllowCloudFrontServicePrincipalReadOnly',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: '${aws_s3_bucket.output.arn}/*',
      Condition: { StringEquals: { 'AWS:SourceArn': [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.cdn_[0-9A-F]+\.arn\}$/)] } },
    });
    expect(deny).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('one bucket behind two distributions: one policy naming both ARNs', () => {
    const { stack, origin } = setup();
    new VideoDistribution(stack, 'a', { defaultBehavior: { origin } });
    new VideoDistribution(stack, 'b', { defaultBehavior: { origin } });
    const json = synthJson(stack);
    expect(resources(json, 'aws_s3_bucket_policy')).toHaveLength(1);
    const arns = JSON.parse(onlyResource(json, 'aws_s3_bucket_policy').policy).Statement[0].Condition.StringEquals['AWS:SourceArn'];
    expect(arns).toHaveLength(2);
    expect(resources(json, 'aws_cloudfront_origin_access_control')).toHaveLength(2);
  });

  it('createBucketPolicy: false leaves the policy to the user, who gets the JSON', () => {
    const { stack, origin } = setup({ createBucketPolicy: false });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    expect(resources(synthJson(stack), 'aws_s3_bucket_policy')).toHaveLength(0);
    expect(origin.bucketPolicyJson).toEqual(expect.any(String));
  });

  it('validates the shared origin options', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'b');
    expect(() => S3Origin.withOriginAccessControl(bucket, { originShieldRegion: 'mars-1' })).toThrow(/'originShieldRegion'/);
  });
});
