import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { MediaStoreContainer } from '@cdktf/provider-aws/lib/media-store-container';
import { MediaStoreContainerPolicy } from '@cdktf/provider-aws/lib/media-store-container-policy';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { TerraformStack } from 'cdktf';
import { ResourcePolicySourceArnRule } from '../../../modules/checks/rules/resource-policy-source-arn';
import { RuleResult } from '../../../modules/checks/rule';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { MediaStoreOrigin } from '../../../modules/origins/mediastore-origin';
import { S3Origin } from '../../../modules/origins/s3-origin';
import { PrivateBucket } from '../../../modules/storage/private-bucket';
import { testStack } from '../../support/synth';
import { evaluate, onlyVerdict } from '../support';

const DISTRIBUTION_ARN = 'arn:aws:cloudfront::123456789012:distribution/EDFDVBD632BHDS5';

function bucketPolicy(statement: Record<string, unknown> | Array<Record<string, unknown>>): TerraformStack {
  const stack = testStack();
  const bucket = new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
  new S3BucketPolicy(stack, 'policy', { bucket: bucket.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: statement }) });
  return stack;
}

const cloudFrontRead = (extra: Record<string, unknown> = {}) => ({
  Sid: 'CloudFrontRead',
  Effect: 'Allow',
  Principal: { Service: 'cloudfront.amazonaws.com' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::media/*',
  ...extra,
});

describe('VCDN-POLICY-1 resource policy without AWS:SourceArn', () => {
  it('is compliant for the bucket policy S3Origin writes', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: S3Origin.withOriginAccessControl(new PrivateBucket(stack, 'media')) },
    });
    expect(onlyVerdict(ResourcePolicySourceArnRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is compliant for the container policy MediaStoreOrigin writes (a template with quoted Terraform functions)', () => {
    const stack = testStack();
    const container = new MediaStoreContainer(stack, 'live', { name: 'live' });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: MediaStoreOrigin.fromContainer(container) } });
    const verdict = onlyVerdict(ResourcePolicySourceArnRule, stack);
    expect(verdict.address).toMatch(/^aws_media_store_container_policy\./);
    expect(verdict.result).toBe(RuleResult.COMPLIANT);
  });

  it('accepts the condition key in any case and under any operator', () => {
    const stack = bucketPolicy(cloudFrontRead({ Condition: { ArnLike: { 'aws:sourcearn': DISTRIBUTION_ARN } } }));
    expect(onlyVerdict(ResourcePolicySourceArnRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it.each([
    ['no condition', {}],
    ['only AWS:SourceAccount', { Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' } } }],
    ['AWS:SourceArn "*"', { Condition: { StringLike: { 'AWS:SourceArn': '*' } } }],
    ['the service among others', { Principal: { Service: ['mediaconvert.amazonaws.com', 'cloudfront.amazonaws.com'] } }],
  ])('is non-compliant with %s', (_name, extra) => {
    const verdict = onlyVerdict(ResourcePolicySourceArnRule, bucketPolicy(cloudFrontRead(extra)));
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe(
      'statement "CloudFrontRead" allows cloudfront.amazonaws.com with no AWS:SourceArn condition naming a distribution',
    );
  });

  it('is non-compliant for a container policy without the condition', () => {
    const stack = testStack();
    new MediaStoreContainerPolicy(stack, 'policy', {
      containerName: 'live',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: cloudFrontRead({ Action: 'mediastore:GetObject' }) }),
    });
    expect(onlyVerdict(ResourcePolicySourceArnRule, stack).result).toBe(RuleResult.NON_COMPLIANT);
  });

  it('is not applicable to a policy that grants CloudFront nothing (a Deny is not a grant)', () => {
    const tlsOnly = testStack();
    new PrivateBucket(tlsOnly, 'source', { denyInsecureTransport: true });
    expect(evaluate(ResourcePolicySourceArnRule, tlsOnly).map((verdict) => verdict.result)).toEqual([RuleResult.NOT_APPLICABLE]);
    const stack = bucketPolicy([{ Effect: 'Deny', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:*', Resource: '*' }]);
    expect(onlyVerdict(ResourcePolicySourceArnRule, stack).result).toBe(RuleResult.NOT_APPLICABLE);
  });

  it('is not applicable to a policy that is not JSON at synth time (a policy document data source)', () => {
    const stack = testStack();
    const document = new DataAwsIamPolicyDocument(stack, 'document', {
      statement: [
        { actions: ['s3:GetObject'], resources: ['*'], principals: [{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }] },
      ],
    });
    new S3BucketPolicy(stack, 'policy', { bucket: 'acme-media', policy: document.json });
    const verdict = onlyVerdict(ResourcePolicySourceArnRule, stack);
    expect(verdict.result).toBe(RuleResult.NOT_APPLICABLE);
    expect(verdict.detail).toMatch(/not a JSON document/);
  });
});
