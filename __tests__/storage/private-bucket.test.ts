import { TerraformVariable } from 'cdktf';
import { LifecycleStorageClass, PrivateBucket, S3Origin, VideoDistribution } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';

describe('PrivateBucket', () => {
  it('minimal: generated name from the stack and id, public access blocked, ACLs off, SSE-S3, multipart cleanup, nothing else', () => {
    const stack = testStack('vod');
    new PrivateBucket(stack, 'masters');
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_s3_bucket')).toMatchObject({ bucket_prefix: 'vod-masters-', force_destroy: false });
    expect(onlyResource(json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(onlyResource(json, 'aws_s3_bucket_ownership_controls').rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
    expect(onlyResource(json, 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
    expect(onlyResource(json, 'aws_s3_bucket_lifecycle_configuration').rule).toEqual([
      {
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        filter: [{}],
        abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
      },
    ]);
    for (const type of ['aws_s3_bucket_versioning', 'aws_s3_bucket_cors_configuration', 'aws_s3_bucket_policy', 'aws_s3_bucket_acl']) {
      expect(resources(json, type)).toHaveLength(0);
    }
  });

  it('maximal: fixed name, versioning, KMS, lifecycle scoped to a prefix, CORS, TLS-only policy, tags', () => {
    const stack = testStack();
    const kms = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    new PrivateBucket(stack, 'b', {
      bucketName: 'acme-masters',
      forceDestroy: true,
      versioned: true,
      kmsKeyArn: kms,
      lifecycle: {
        keyPrefix: 'raw/',
        abortIncompleteMultipartUploadAfterDays: 1,
        transitionAfterDays: 60,
        transitionStorageClass: LifecycleStorageClass.INTELLIGENT_TIERING,
        expireAfterDays: 400,
        noncurrentVersionExpireAfterDays: 30,
      },
      cors: { allowedOrigins: ['https://*.example.com'], allowedMethods: ['GET'], exposeHeaders: ['ETag'], maxAgeSeconds: 600 },
      denyInsecureTransport: true,
      tags: { team: 'video' },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_s3_bucket')).toMatchObject({ bucket: 'acme-masters', force_destroy: true, tags: { team: 'video' } });
    expect(onlyResource(json, 'aws_s3_bucket').bucket_prefix).toBeUndefined();
    expect(onlyResource(json, 'aws_s3_bucket_versioning').versioning_configuration).toEqual({ status: 'Enabled' });
    expect(onlyResource(json, 'aws_s3_bucket_server_side_encryption_configuration').rule[0]).toEqual({
      apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: kms },
      bucket_key_enabled: true,
    });
    const lifecycle = onlyResource(json, 'aws_s3_bucket_lifecycle_configuration');
    expect(lifecycle.depends_on).toEqual([expect.stringMatching(/^aws_s3_bucket_versioning\./)]);
    expect(lifecycle.rule).toEqual([
      {
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        filter: [{}],
        abort_incomplete_multipart_upload: [{ days_after_initiation: 1 }],
      },
      {
        id: 'transition-current-versions',
        status: 'Enabled',
        filter: [{ prefix: 'raw/' }],
        transition: [{ days: 60, storage_class: 'INTELLIGENT_TIERING' }],
      },
      { id: 'expire-current-versions', status: 'Enabled', filter: [{ prefix: 'raw/' }], expiration: [{ days: 400 }] },
      {
        id: 'expire-noncurrent-versions',
        status: 'Enabled',
        filter: [{ prefix: 'raw/' }],
        noncurrent_version_expiration: [{ noncurrent_days: 30 }],
      },
    ]);
    expect(onlyResource(json, 'aws_s3_bucket_cors_configuration').cors_rule).toEqual([
      {
        allowed_origins: ['https://*.example.com'],
        allowed_methods: ['GET'],
        allowed_headers: ['*'],
        expose_headers: ['ETag'],
        max_age_seconds: 600,
      },
    ]);
    const policy = onlyResource(json, 'aws_s3_bucket_policy');
    // Named through the public access block: the policy waits for it (S3 refuses concurrent access-setting changes).
    expect(policy.bucket).toMatch(/^\$\{aws_s3_bucket_public_access_block\.b_PublicAccessBlock_[0-9A-F]+\.bucket\}$/);
    expect(JSON.parse(policy.policy).Statement).toEqual([
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [
          expect.stringMatching(/^\$\{aws_s3_bucket\.b_[0-9A-F]+\.arn\}$/),
          expect.stringMatching(/^\$\{aws_s3_bucket\.b_[0-9A-F]+\.arn\}\/\*$/),
        ],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  it('works as an S3 origin; anything using its name (the OAC bucket policy) waits for the public access block', () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'out');
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: S3Origin.withOriginAccessControl(bucket) } });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_s3_bucket_policy').bucket).toMatch(
      /^\$\{aws_s3_bucket_public_access_block\.out_PublicAccessBlock_[0-9A-F]+\.bucket\}$/,
    );
    expect(onlyResource(json, 'aws_cloudfront_distribution').origin[0].domain_name).toMatch(
      /^\$\{aws_s3_bucket\.out_[0-9A-F]+\.bucket_regional_domain_name\}$/,
    );
  });

  it('long stack names still give a prefix S3 accepts (at most 37 characters, ending in -)', () => {
    const stack = testStack('a-really-long-stack-name-for-the-video-platform');
    new PrivateBucket(stack, 'Source_Masters');
    const prefix = onlyResource(synthJson(stack), 'aws_s3_bucket').bucket_prefix;
    expect(prefix.length).toBeLessThanOrEqual(37);
    expect(prefix).toMatch(/^[a-z0-9][a-z0-9-]*-$/);
  });

  it.each([
    [{ bucketName: 'Upper' }, /'bucketName' is not a valid S3 bucket name, got: "Upper"/],
    [{ bucketName: 'a..b' }, /'bucketName' has a dot next to another dot or a hyphen/],
    [{ bucketName: '192.168.1.1' }, /'bucketName' looks like an IP address/],
    [{ bucketName: 'media-s3alias' }, /'bucketName' uses "-s3alias", which S3 reserves/],
    [{ bucketName: 'a-bucket', bucketPrefix: 'a-' }, /'bucketPrefix' cannot be set together with bucketName/],
    [{ bucketPrefix: 'x'.repeat(38) }, /'bucketPrefix' must be 1-37 lowercase letters/],
    [{ kmsKeyArn: 'my-key' }, /'kmsKeyArn' is not a KMS key ARN/],
    [
      { lifecycle: { abortIncompleteMultipartUploadAfterDays: 0 } },
      /'lifecycle.abortIncompleteMultipartUploadAfterDays' must be a whole number of days, at least 1, got: 0/,
    ],
    [{ lifecycle: { transitionAfterDays: 1.5 } }, /'lifecycle.transitionAfterDays' must be a whole number of days/],
    [
      { lifecycle: { transitionAfterDays: 29, transitionStorageClass: LifecycleStorageClass.ONEZONE_IA } },
      /must be at least 30 for ONEZONE_IA, got: 29/,
    ],
    [
      { lifecycle: { transitionAfterDays: 90, expireAfterDays: 60 } },
      /'lifecycle.expireAfterDays' must be later than transitionAfterDays \(90\), got: 60/,
    ],
    [{ lifecycle: { noncurrentVersionExpireAfterDays: 7 } }, /needs a versioned bucket/],
    [{ cors: { allowedOrigins: [] } }, /'cors.allowedOrigins' is empty/],
    [
      { cors: { allowedOrigins: ['player.example.com'] } },
      /'cors.allowedOrigins' contains an entry that is not an origin, got: "player.example.com"/,
    ],
    [{ cors: { allowedOrigins: ['*'], allowedMethods: ['OPTIONS'] } }, /'cors.allowedMethods' contains a method S3 CORS does not accept/],
  ])('rejects %j', (props, message) => {
    expect(() => new PrivateBucket(testStack(), 'b', props)).toThrow(message);
  });

  it('does not check values that are tokens', () => {
    const stack = testStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
    const days = new TerraformVariable(stack, 'days', { type: 'number' }).numberValue;
    const key = new TerraformVariable(stack, 'key', { type: 'string' }).stringValue;
    expect(
      () =>
        new PrivateBucket(stack, 'b', { bucketName: name, kmsKeyArn: key, lifecycle: { transitionAfterDays: days, expireAfterDays: 1 } }),
    ).not.toThrow();
  });
});
