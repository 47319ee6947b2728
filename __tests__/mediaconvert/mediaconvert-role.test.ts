import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { TerraformVariable } from 'cdktf';
import { MediaConvertRole } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('MediaConvertRole', () => {
  function setup() {
    const stack = testStack('vod');
    const input = new S3Bucket(stack, 'in', { bucketPrefix: 'in-' });
    const output = new S3Bucket(stack, 'out', { bucketPrefix: 'out-' });
    return { stack, input, output };
  }

  it('minimal: trusted by MediaConvert only; reads inputs, writes the whole output bucket; unique name', () => {
    const { stack, input, output } = setup();
    new MediaConvertRole(stack, 'role', { inputBuckets: [input], outputBuckets: [output] });
    const json = synthJson(stack);
    const role = onlyResource(json, 'aws_iam_role');
    expect(JSON.parse(role.assume_role_policy).Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'mediaconvert.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    expect(role.name).toMatch(/^vod-role-[0-9a-f]{8}$/);
    const rolePolicy = onlyResource(json, 'aws_iam_role_policy');
    expect(rolePolicy.role).toMatch(/^\$\{aws_iam_role\.role(_[0-9A-F]+)?\.id\}$/);
    expect(JSON.parse(rolePolicy.policy).Statement).toEqual([
      { Sid: 'ReadInputs', Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: ['${aws_s3_bucket.in.arn}/*'] },
      {
        Sid: 'LocateBuckets',
        Effect: 'Allow',
        Action: ['s3:ListBucket', 's3:GetBucketLocation'],
        Resource: ['${aws_s3_bucket.in.arn}', '${aws_s3_bucket.out.arn}'],
      },
      {
        Sid: 'WriteOutputs',
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
        Resource: ['${aws_s3_bucket.out.arn}/*'],
      },
    ]);
  });

  it('maximal: output prefix, KMS keys through S3 only, fixed name, tags', () => {
    const { stack, input, output } = setup();
    const key = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    new MediaConvertRole(stack, 'role', {
      inputBuckets: [input],
      outputBuckets: [output],
      outputKeyPrefix: 'vod/2024/',
      kmsKeyArns: [key],
      roleName: 'MediaConvert_Default_Role',
      tags: { team: 'video' },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_iam_role')).toMatchObject({ name: 'MediaConvert_Default_Role', tags: { team: 'video' } });
    const statements = JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy).Statement;
    expect(statements.find((s: any) => s.Sid === 'WriteOutputs').Resource).toEqual(['${aws_s3_bucket.out.arn}/vod/2024/*']);
    expect(statements.find((s: any) => s.Sid === 'UseBucketKeys')).toEqual({
      Sid: 'UseBucketKeys',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: [key],
      Condition: { StringLike: { 'kms:ViaService': 's3.*.amazonaws.com' } },
    });
  });

  it.each([
    [{ inputBuckets: [] }, /'inputBuckets' is empty/],
    [{ outputBuckets: [] }, /'outputBuckets' is empty/],
    [{ outputKeyPrefix: '/vod/' }, /'outputKeyPrefix' must be a key prefix ending in \//],
    [{ outputKeyPrefix: 'vod' }, /'outputKeyPrefix' must be a key prefix ending in \//],
    [{ outputKeyPrefix: 'vod/*/' }, /no wildcards/],
    [{ roleName: 'x'.repeat(65) }, /'roleName' must be 1-64 letters/],
    [
      { kmsKeyArns: ['arn:aws:kms:eu-west-1:111122223333:alias/masters'] },
      /'kmsKeyArns' contains an entry that is a KMS alias ARN, but IAM policies only match key ARNs/,
    ],
  ])('rejects %j', (props, message) => {
    const { stack, input, output } = setup();
    expect(() => new MediaConvertRole(stack, 'role', { inputBuckets: [input], outputBuckets: [output], ...props })).toThrow(message);
  });

  it('does not check values that are tokens', () => {
    const { stack, input, output } = setup();
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' }).stringValue;
    expect(
      () => new MediaConvertRole(stack, 'role', { inputBuckets: [input], outputBuckets: [output], outputKeyPrefix: prefix }),
    ).not.toThrow();
  });
});
