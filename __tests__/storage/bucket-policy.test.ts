import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { BucketPolicy, HttpOrigin, PrivateBucket, S3Origin, VideoDistribution } from '../../modules';
import { onlyResource, resources, synthJson, TerraformJson, testStack } from '../support/synth';

const statements = (policy: Record<string, any>): Array<Record<string, any>> => JSON.parse(policy.policy).Statement;

describe('BucketPolicy: one owner per bucket policy', () => {
  it('a PrivateBucket denying plain HTTP and an S3 origin on it write one policy with both statements', () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'media', { denyInsecureTransport: true });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    const json = synthJson(stack);
    const policy = onlyResource(json, 'aws_s3_bucket_policy');
    expect(statements(policy).map((statement) => statement.Sid)).toEqual([
      'AllowCloudFrontServicePrincipalReadOnly',
      'DenyInsecureTransport',
    ]);
    expect(policy.bucket).toMatch(/^\$\{aws_s3_bucket_public_access_block\.media_PublicAccessBlock_[0-9A-F]+\.bucket\}$/);
  });

  it('the policy of a private bucket takes over, by a moved block, the address the first S3 origin used to write it at', () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'media');
    new VideoDistribution(stack, 'a', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket, { originId: 'media' }) } });
    new VideoDistribution(stack, 'b', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket, { originId: 'media' }) } });
    const json = synthJson(stack) as TerraformJson & { moved?: Array<{ from: string; to: string }> };
    const policyAddress = `aws_s3_bucket_policy.${Object.keys(json.resource!.aws_s3_bucket_policy)[0]}`;
    expect(json.moved).toEqual([
      { from: expect.stringMatching(/^aws_s3_bucket_policy\.a_media-bucket-policy_[0-9A-F]+$/), to: policyAddress },
    ]);
  });

  it("no moved block where the bucket wrote its own policy first (that address is the policy's already)", () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'media', { denyInsecureTransport: true });
    new VideoDistribution(stack, 'a', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    expect((synthJson(stack) as { moved?: unknown }).moved).toBeUndefined();
  });

  it('two distributions reading one bucket share its policy, each named in AWS:SourceArn', () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'media');
    new VideoDistribution(stack, 'a', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    new VideoDistribution(stack, 'b', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    const [allow] = statements(onlyResource(synthJson(stack), 'aws_s3_bucket_policy'));
    expect(allow.Condition.StringEquals['AWS:SourceArn']).toEqual([
      expect.stringMatching(/^\$\{aws_cloudfront_distribution\.a_[0-9A-F]+\.arn\}$/),
      expect.stringMatching(/^\$\{aws_cloudfront_distribution\.b_[0-9A-F]+\.arn\}$/),
    ]);
  });

  it('a bucket that owns no policy (a provider S3Bucket) still gets one policy for all its origins', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'posters', { bucketPrefix: 'posters-' });
    new VideoDistribution(stack, 'a', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    new VideoDistribution(stack, 'b', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket, { originId: 'posters' }) } });
    const json = synthJson(stack);
    expect(resources(json, 'aws_s3_bucket_policy')).toHaveLength(1);
    expect(statements(onlyResource(json, 'aws_s3_bucket_policy'))[0].Condition.StringEquals['AWS:SourceArn']).toHaveLength(2);
  });

  it('createBucketPolicy: false leaves the policy to its owner and offers the statements to merge', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'managed-elsewhere', { bucket: 'media-example' });
    const origin = S3Origin.withOriginAccessControl(bucket, { createBucketPolicy: false });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    expect(resources(synthJson(stack), 'aws_s3_bucket_policy')).toHaveLength(0);
    expect(origin.bucketPolicyJson).toBeDefined();
  });

  it('statements: one Sid once; the same statement again is no change, another with that Sid is refused', () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'logs');
    const policy = BucketPolicy.of(bucket, stack, 'unused');
    expect(policy).toBe(bucket.resourcePolicy());
    const statement = {
      Sid: 'AllowLogDelivery',
      Effect: 'Allow',
      Principal: { Service: 'delivery.logs.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: '*',
    };
    policy.addStatement(statement);
    policy.addStatement({ ...statement });
    expect(statements(onlyResource(synthJson(stack), 'aws_s3_bucket_policy'))).toEqual([statement]);
    expect(() => policy.addStatement({ ...statement, Action: 's3:*' })).toThrow(
      /'statement.Sid' is already used by another statement of this bucket policy, got: "AllowLogDelivery"/,
    );
  });

  it('an origin of another kind adds nothing to any bucket policy', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin('origin.example.com') } });
    expect(resources(synthJson(stack), 'aws_s3_bucket_policy')).toHaveLength(0);
  });
});
