import { S3AccountPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-account-public-access-block';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { BucketPublicAccessBlockRule } from '../../../modules/checks/rules/bucket-public-access-block';
import { RuleResult } from '../../../modules/checks/rule';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { PrivateBucket } from '../../../modules/storage/private-bucket';
import { testStack } from '../../support/synth';
import { evaluate, HOSTS, onlyVerdict } from '../support';

const ALL_BLOCKED = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

describe('VCDN-S3-2 bucket without a full public access block', () => {
  it('is compliant for a PrivateBucket', () => {
    const stack = testStack();
    new PrivateBucket(stack, 'media');
    expect(onlyVerdict(BucketPublicAccessBlockRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is compliant when the block names the bucket by its literal name', () => {
    const stack = testStack();
    new S3Bucket(stack, 'media', { bucket: 'acme-media' });
    new S3BucketPublicAccessBlock(stack, 'block', { bucket: 'acme-media', ...ALL_BLOCKED });
    expect(onlyVerdict(BucketPublicAccessBlockRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is compliant with an account-wide public access block in the stack', () => {
    const stack = testStack();
    new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
    new S3AccountPublicAccessBlock(stack, 'account', ALL_BLOCKED);
    expect(onlyVerdict(BucketPublicAccessBlockRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it('is non-compliant for a bucket no public access block refers to', () => {
    const stack = testStack();
    const covered = new S3Bucket(stack, 'covered', { bucketPrefix: 'covered-' });
    new S3BucketPublicAccessBlock(stack, 'block', { bucket: covered.id, ...ALL_BLOCKED });
    new S3Bucket(stack, 'bare', { bucketPrefix: 'bare-' });
    const verdicts = evaluate(BucketPublicAccessBlockRule, stack);
    expect(verdicts.map((verdict) => [verdict.address, verdict.result])).toEqual([
      ['aws_s3_bucket.covered', RuleResult.COMPLIANT],
      ['aws_s3_bucket.bare', RuleResult.NON_COMPLIANT],
    ]);
    expect(verdicts[1].detail).toBe('no aws_s3_bucket_public_access_block refers to this bucket');
  });

  it('is non-compliant when a flag is false or left out, naming the flags', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'media', { bucketPrefix: 'media-' });
    new S3BucketPublicAccessBlock(stack, 'block', {
      bucket: bucket.bucket,
      blockPublicAcls: true,
      blockPublicPolicy: false,
      ignorePublicAcls: true,
    });
    const verdict = onlyVerdict(BucketPublicAccessBlockRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toBe(
      'its public access block (aws_s3_bucket_public_access_block.block) does not set block_public_policy, restrict_public_buckets to true',
    );
  });

  it('is not applicable to anything but buckets', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin(HOSTS.mediaPackage) } });
    expect(evaluate(BucketPublicAccessBlockRule, stack)).toEqual([]);
  });
});
