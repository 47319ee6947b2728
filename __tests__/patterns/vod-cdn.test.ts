import { TerraformVariable } from 'cdktf';
import { DnsRecordType, LifecycleStorageClass, VodCdn } from '../../modules';
import { onlyResource, outputs, resources, synthJson, testStack } from '../support/synth';

describe('VodCdn', () => {
  it('minimal: a whole on-demand scenario in one construct, on <id>.cloudfront.net', () => {
    const stack = testStack();
    const vod = new VodCdn(stack, 'vod');
    const json = synthJson(stack);
    expect(resources(json, 'aws_s3_bucket')).toHaveLength(2);
    expect(resources(json, 'aws_media_convert_queue')).toHaveLength(1);
    expect(resources(json, 'aws_iam_role')).toHaveLength(1);
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution.comment).toBe('On-demand video from MediaConvert output');
    expect(distribution.ordered_cache_behavior.map((behavior: { path_pattern: string }) => behavior.path_pattern)).toEqual([
      '*.m3u8',
      '*.mpd',
      '*.ts',
      '*.mp4',
      '*.m4s',
      '*.cmfv',
      '*.cmfa',
      '*.cmft',
      '*.aac',
      '*.vtt',
      '*.jpg',
    ]);
    expect(resources(json, 'aws_acm_certificate')).toHaveLength(0);
    expect(vod.customDomain).toBeUndefined();
    expect(vod.baseUrl).toMatch(/^https:\/\/\$\{TfToken\[/);
    expect(vod.smoothStreamingPathPattern).toBeUndefined();
  });

  it('maximal: Smooth Streaming, a key prefix, a custom domain with ALIAS records, tags, distribution settings', () => {
    const stack = testStack();
    const vod = new VodCdn(stack, 'vod', {
      sourceBucket: {
        bucketName: 'acme-masters',
        versioning: true,
        lifecycle: { transitionAfterDays: 30, transitionStorageClass: LifecycleStorageClass.GLACIER_IR },
      },
      outputBucket: { forceDestroy: true },
      outputKeyPrefix: 'vod/',
      mediaConvert: { queueName: 'acme-vod', concurrentJobs: 5 },
      corsAllowedOrigins: ['https://player.example.com'],
      segmentExtensions: ['ts', 'm4s'],
      cache: { manifestTtlSeconds: 60, segmentTtlSeconds: 86400 },
      smoothStreaming: { pathPattern: '/vod/smooth/*' },
      customDomain: { domainName: 'example.com', hostedZoneId: 'Z1', zoneName: 'example.com', recordType: DnsRecordType.ALIAS },
      distribution: { comment: 'Acme VOD' },
      tags: { team: 'video' },
    });
    const json = synthJson(stack);
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution).toMatchObject({ comment: 'Acme VOD', aliases: ['example.com'], tags: { team: 'video' } });
    expect(distribution.ordered_cache_behavior[0]).toMatchObject({ path_pattern: '/vod/smooth/*', smooth_streaming: true });
    expect(onlyResource(json, 'aws_s3_object').key).toBe('clientaccesspolicy.xml');
    expect(resources(json, 'aws_route53_record').filter((record) => record.alias)).toHaveLength(2);
    expect(onlyResource(json, 'aws_media_convert_queue')).toMatchObject({ name: 'acme-vod', concurrent_jobs: 5, tags: { team: 'video' } });
    expect(vod.baseUrl).toBe('https://example.com');
    expect(vod.playbackUrl('movie1/hls/index.m3u8')).toBe('https://example.com/vod/movie1/hls/index.m3u8');
    expect(vod.smoothStreamingPathPattern).toBe('/vod/smooth/*');
  });

  it.each([
    [
      { sourceBucket: { kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/masters' } },
      /^'sourceBucket\.kmsKeyArn' is a KMS alias ARN, but IAM policies only match key ARNs/,
    ],
    [
      { sourceBucket: { lifecycle: { transitionAfterDays: 30, transitionStorageClass: LifecycleStorageClass.DEEP_ARCHIVE } } },
      /^'sourceBucket\.lifecycle\.transitionStorageClass' is a storage class MediaConvert cannot read without a restore/,
    ],
    [{ segmentExtensions: ['mpd'] }, /^'segmentExtensions' contains the manifest extension mpd/],
    [
      { outputKeyPrefix: 'vod/', smoothStreaming: { pathPattern: '/smooth/*' } },
      /^'smoothStreaming\.pathPattern' never matches a playback path/,
    ],
    [{ outputBucket: { bucketName: 'My_Bucket' } }, /^'outputBucket\.bucketName' is not a valid S3 bucket name/],
    [{ mediaConvert: { roleName: 'role with spaces' } }, /^'mediaConvert\.roleName' must be 1-64 letters/],
    [{ mediaConvert: { concurrentJobs: 0 } }, /^'mediaConvert\.concurrentJobs' must be a whole number, at least 1/],
    [{ outputKeyPrefix: '/vod' }, /^'outputKeyPrefix' must be a key prefix ending in \//],
    [{ distribution: { comment: '✓'.repeat(50) } }, /^'distribution\.comment' is 150 bytes long/],
    [
      { customDomain: { domainName: 'example.com', zoneName: 'example.com', hostedZoneId: 'Z1' } },
      /^'customDomain\.recordType' is CNAME, but example\.com is the zone apex/,
    ],
  ])('names the prop of a bad setting: %j', (props, message) => {
    expect(() => new VodCdn(testStack(), 'vod', props)).toThrow(message);
  });

  it('a KMS key known only at apply (a token) does not throw', () => {
    const stack = testStack();
    const key = new TerraformVariable(stack, 'key', { type: 'string' });
    expect(() => new VodCdn(stack, 'vod', { sourceBucket: { kmsKeyArn: key.stringValue } })).not.toThrow();
    expect(outputs(synthJson(stack))).toEqual({});
  });
});
