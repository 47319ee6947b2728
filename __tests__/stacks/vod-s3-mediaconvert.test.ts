import * as fs from 'fs';
import { Testing } from 'cdktf';
import { DEFAULT_CONFIG_PATH, parseConfig } from '../../config/load';
import { buildVodExample } from '../../examples/vod-s3-mediaconvert';
import { CachePolicy, OriginRequestPolicy, VOD_SEGMENT_EXTENSIONS } from '../../modules';
import { VodS3MediaConvertStack } from '../../stacks/vod-s3-mediaconvert';
import { onlyResource, outputs, resources, synthJson, TerraformJson } from '../support/synth';
import { singleSection } from '../support/app-stacks';

const CUSTOM_DOMAIN = { domainName: 'ondemand.video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };

/** Builds the stack from a `vod` section, through the same schema users' files go through. */
function vodStack(section: Record<string, unknown> = {}): VodS3MediaConvertStack {
  const config = parseConfig({ awsRegion: 'eu-west-1', vod: section });
  return new VodS3MediaConvertStack(Testing.app(), 'vod-s3-mediaconvert', singleSection(config, 'vod'), { awsRegion: config.awsRegion });
}

function synth(section: Record<string, unknown> = {}) {
  const json = synthJson(vodStack(section));
  const distribution = onlyResource(json, 'aws_cloudfront_distribution');
  const behaviors: Array<Record<string, any>> = distribution.ordered_cache_behavior ?? [];
  const byPattern = Object.fromEntries(behaviors.map((behavior) => [behavior.path_pattern, behavior]));
  return { json, distribution, behaviors, byPattern };
}

/** The resource of `type` at construct path `<stack>/<path>` (cdktf names it `<path with _>_<hash>`). */
function resourceAt(json: TerraformJson, type: string, path: string): Record<string, any> {
  const prefix = `${path.replace(/\//g, '_')}_`;
  const found = Object.entries(json.resource?.[type] ?? {}).filter(
    ([key]) => key.startsWith(prefix) && /^[0-9A-F]+$/.test(key.slice(prefix.length)),
  );
  if (found.length !== 1) throw new Error(`expected one ${type} at ${path}, found ${found.length}`);
  return found[0][1] as Record<string, any>;
}

/** `${aws_s3_bucket.<id>.arn}` etc. for the bucket construct named `name` ('source' or 'output'). */
function bucketRef(json: TerraformJson, name: string, attribute: string): string {
  const id = Object.keys(json.resource!.aws_s3_bucket).find((key) => key.startsWith(`${name}_`));
  return `\${aws_s3_bucket.${id}.${attribute}}`;
}

function statement(policy: { Statement: Array<Record<string, any>> }, sid: string): Record<string, any> {
  const found = policy.Statement.find((s) => s.Sid === sid);
  if (!found) throw new Error(`no statement ${sid}`);
  return found;
}

describe('vod-s3-mediaconvert stack: buckets', () => {
  it('creates a source and an output bucket, named by Terraform from a prefix by default (names are global)', () => {
    const { json } = synth();
    const buckets = resources(json, 'aws_s3_bucket');
    expect(buckets.map((b) => b.bucket_prefix).sort()).toEqual(['vod-s3-mediaconvert-output-', 'vod-s3-mediaconvert-source-']);
    expect(buckets.every((b) => b.bucket === undefined && b.force_destroy === false)).toBe(true);
  });

  it('uses the bucket names users set', () => {
    const { json } = synth({
      sourceBucket: { bucketName: 'acme-vod-masters' },
      outputBucket: { bucketName: 'acme-vod-renditions', forceDestroy: true },
    });
    expect(resourceAt(json, 'aws_s3_bucket', 'source')).toMatchObject({ bucket: 'acme-vod-masters', force_destroy: false });
    expect(resourceAt(json, 'aws_s3_bucket', 'output')).toMatchObject({ bucket: 'acme-vod-renditions', force_destroy: true });
    expect(resources(json, 'aws_s3_bucket').every((b) => b.bucket_prefix === undefined)).toBe(true);
  });

  it('blocks all public access, enforces bucket-owner ownership (ACLs off) and encrypts both buckets by default', () => {
    const { json } = synth();
    const blocks = resources(json, 'aws_s3_bucket_public_access_block');
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(block).toMatchObject({
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      });
    }
    const ownership = resources(json, 'aws_s3_bucket_ownership_controls');
    expect(ownership.map((o) => o.rule.object_ownership)).toEqual(['BucketOwnerEnforced', 'BucketOwnerEnforced']);
    const encryption = resources(json, 'aws_s3_bucket_server_side_encryption_configuration');
    expect(encryption.map((e) => e.rule[0].apply_server_side_encryption_by_default.sse_algorithm)).toEqual(['AES256', 'AES256']);
    expect(blocks.map((b) => b.bucket).sort()).toEqual([bucketRef(json, 'output', 'id'), bucketRef(json, 'source', 'id')].sort());
  });

  it('source bucket: versioning off and only the incomplete-upload cleanup by default; TLS-only policy', () => {
    const { json } = synth();
    expect(resources(json, 'aws_s3_bucket_versioning')).toHaveLength(0);
    const lifecycle = resourceAt(json, 'aws_s3_bucket_lifecycle_configuration', 'source/Lifecycle');
    expect(lifecycle.rule).toEqual([
      {
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        filter: [{}],
        abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
      },
    ]);
    const policy = JSON.parse(resourceAt(json, 'aws_s3_bucket_policy', 'source/Policy').policy);
    expect(policy.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
  });

  it('source bucket: versioning, lifecycle transition/expiry and a KMS key when asked', () => {
    const kmsKeyArn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { json } = synth({
      sourceBucket: {
        versioning: true,
        kmsKeyArn,
        lifecycle: {
          abortIncompleteMultipartUploadAfterDays: 2,
          transitionAfterDays: 30,
          transitionStorageClass: 'STANDARD_IA',
          expireAfterDays: 365,
          noncurrentVersionExpireAfterDays: 14,
        },
      },
    });
    expect(onlyResource(json, 'aws_s3_bucket_versioning')).toMatchObject({
      bucket: bucketRef(json, 'source', 'id'),
      versioning_configuration: { status: 'Enabled' },
    });
    const lifecycle = resourceAt(json, 'aws_s3_bucket_lifecycle_configuration', 'source/Lifecycle');
    expect(lifecycle.depends_on).toEqual([expect.stringMatching(/^aws_s3_bucket_versioning\./)]);
    expect(lifecycle.rule).toEqual([
      expect.objectContaining({
        id: 'abort-incomplete-multipart-uploads',
        abort_incomplete_multipart_upload: [{ days_after_initiation: 2 }],
      }),
      expect.objectContaining({ id: 'transition-current-versions', transition: [{ days: 30, storage_class: 'STANDARD_IA' }] }),
      expect.objectContaining({ id: 'expire-current-versions', expiration: [{ days: 365 }] }),
      expect.objectContaining({ id: 'expire-noncurrent-versions', noncurrent_version_expiration: [{ noncurrent_days: 14 }] }),
    ]);
    expect(resourceAt(json, 'aws_s3_bucket_server_side_encryption_configuration', 'source/Encryption').rule[0]).toEqual({
      apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: kmsKeyArn },
      bucket_key_enabled: true,
    });
    const role = JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy);
    expect(statement(role, 'UseBucketKeys')).toMatchObject({ Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: [kmsKeyArn] });
  });

  it('output bucket: CORS for browser players, origins configurable (default *)', () => {
    expect(onlyResource(synth().json, 'aws_s3_bucket_cors_configuration').cors_rule).toEqual([
      {
        allowed_origins: ['*'],
        allowed_methods: ['GET', 'HEAD'],
        allowed_headers: ['*'],
        expose_headers: ['ETag', 'Content-Length', 'Content-Range'],
        max_age_seconds: 3600,
      },
    ]);
    const { json } = synth({ corsAllowedOrigins: ['https://player.example.com', 'https://www.example.com'] });
    const cors = onlyResource(json, 'aws_s3_bucket_cors_configuration');
    expect(cors.bucket).toBe(bucketRef(json, 'output', 'id'));
    expect(cors.cors_rule[0].allowed_origins).toEqual(['https://player.example.com', 'https://www.example.com']);
  });
});

describe('vod-s3-mediaconvert stack: MediaConvert', () => {
  it('role: trusted by mediaconvert.amazonaws.com only', () => {
    const role = onlyResource(synth().json, 'aws_iam_role');
    expect(JSON.parse(role.assume_role_policy)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'mediaconvert.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    expect(role.name).toMatch(/^vod-s3-mediaconvert-mediaconvert-role-[0-9a-f]{8}$/);
  });

  it('role: reads the source bucket, writes the output bucket under the output prefix, no * resource, no wildcard action', () => {
    const { json } = synth({ outputKeyPrefix: 'vod/' });
    const policy = JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy);
    const source = bucketRef(json, 'source', 'arn');
    const output = bucketRef(json, 'output', 'arn');
    expect(statement(policy, 'ReadInputs')).toEqual({
      Sid: 'ReadInputs',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:GetObjectVersion'],
      Resource: [`${source}/*`],
    });
    expect(statement(policy, 'WriteOutputs')).toEqual({
      Sid: 'WriteOutputs',
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
      Resource: [`${output}/vod/*`],
    });
    expect(statement(policy, 'LocateBuckets').Resource).toEqual([source, output]);
    const everyResource = policy.Statement.flatMap((s: any) => [s.Resource].flat());
    const everyAction = policy.Statement.flatMap((s: any) => [s.Action].flat());
    expect(everyResource).not.toContain('*');
    expect(everyAction.filter((action: string) => action.includes('*'))).toEqual([]);
    expect(policy.Statement.some((s: any) => s.Sid === 'UseBucketKeys')).toBe(false);
  });

  it('queue: on demand and active, with a unique name unless one is set', () => {
    expect(onlyResource(synth().json, 'aws_media_convert_queue')).toMatchObject({
      pricing_plan: 'ON_DEMAND',
      status: 'ACTIVE',
      name: expect.stringMatching(/^vod-s3-mediaconvert-mediaconvert-queue-[0-9a-f]{8}$/),
    });
    const { json } = synth({ mediaConvert: { queueName: 'vod-transcode', concurrentJobs: 20, roleName: 'MediaConvert_Vod' } });
    expect(onlyResource(json, 'aws_media_convert_queue')).toMatchObject({ name: 'vod-transcode', concurrent_jobs: 20 });
    expect(onlyResource(json, 'aws_iam_role').name).toBe('MediaConvert_Vod');
  });
});

describe('vod-s3-mediaconvert stack: CloudFront', () => {
  it('has one origin: the output bucket by its regional name, through an OAC that always signs with SigV4', () => {
    const { json, distribution } = synth();
    expect(distribution.origin).toEqual([
      {
        origin_id: 'mediaconvert-output',
        domain_name: bucketRef(json, 'output', 'bucket_regional_domain_name'),
        origin_access_control_id: expect.stringMatching(/^\$\{aws_cloudfront_origin_access_control\..+\.id\}$/),
      },
    ]);
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control')).toMatchObject({
      origin_access_control_origin_type: 's3',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
  });

  it('output bucket policy: only this distribution (AWS:SourceArn) may read, created after the public access block', () => {
    const { json } = synth();
    const bucketPolicy = resourceAt(json, 'aws_s3_bucket_policy', 'output/Policy');
    expect(bucketPolicy.bucket).toMatch(/^\$\{aws_s3_bucket_public_access_block\.output_PublicAccessBlock_[0-9A-F]+\.bucket\}$/);
    const allow = statement(JSON.parse(bucketPolicy.policy), 'AllowCloudFrontServicePrincipalReadOnly');
    expect(allow).toEqual({
      Sid: 'AllowCloudFrontServicePrincipalReadOnly',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: `${bucketRef(json, 'output', 'arn')}/*`,
      Condition: {
        StringEquals: { 'AWS:SourceArn': [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.distribution_[0-9A-F]+\.arn\}$/)] },
      },
    });
  });

  it('has a behavior per manifest and segment extension, in that order, and no Smooth Streaming by default', () => {
    const { behaviors, json } = synth();
    expect(behaviors.map((b) => b.path_pattern)).toEqual(['*.m3u8', '*.mpd', ...VOD_SEGMENT_EXTENSIONS.map((e) => `*.${e}`)]);
    expect(behaviors.map((b) => b.path_pattern)).toEqual(expect.arrayContaining(['*.ts', '*.mp4', '*.m4s', '*.cmfv', '*.cmfa', '*.vtt']));
    expect(behaviors.some((b) => b.smooth_streaming)).toBe(false);
    expect(resources(json, 'aws_s3_object')).toHaveLength(0);
  });

  it('segment extensions are configurable', () => {
    const { behaviors } = synth({ segmentExtensions: ['ts', 'aac'] });
    expect(behaviors.map((b) => b.path_pattern)).toEqual(['*.m3u8', '*.mpd', '*.ts', '*.aac']);
  });

  it('manifests: VOD manifest policy (1 h default, up to a day); segments: VOD segment policy (a week, up to a year); no query strings', () => {
    const { json, byPattern, distribution } = synth();
    const policies = Object.fromEntries(resources(json, 'aws_cloudfront_cache_policy').map((p) => [p.comment, p]));
    const manifest = policies['VOD manifests'];
    const segment = policies['VOD segments: immutable transcoder output'];
    expect(manifest).toMatchObject({ min_ttl: 0, default_ttl: 3600, max_ttl: 86400 });
    expect(segment).toMatchObject({ min_ttl: 0, default_ttl: 604800, max_ttl: 31536000 });
    for (const policy of [manifest, segment]) {
      expect(policy.parameters_in_cache_key_and_forwarded_to_origin.query_strings_config).toEqual({ query_string_behavior: 'none' });
    }
    const manifestId = byPattern['*.m3u8'].cache_policy_id;
    const segmentId = byPattern['*.ts'].cache_policy_id;
    expect(manifestId).toMatch(/^\$\{aws_cloudfront_cache_policy\.manifest-cache_[0-9A-F]+\.id\}$/);
    expect(segmentId).toMatch(/^\$\{aws_cloudfront_cache_policy\.segment-cache_[0-9A-F]+\.id\}$/);
    expect(byPattern['*.mpd'].cache_policy_id).toBe(manifestId);
    for (const extension of ['mp4', 'm4s', 'cmfv', 'cmfa', 'vtt']) expect(byPattern[`*.${extension}`].cache_policy_id).toBe(segmentId);
    expect(distribution.default_cache_behavior.cache_policy_id).toBe(manifestId);
    expect(manifestId).not.toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
  });

  it('cache TTLs are configurable', () => {
    const { json } = synth({ cache: { manifestTtlSeconds: 60, segmentTtlSeconds: 86400 } });
    const ttls = resources(json, 'aws_cloudfront_cache_policy')
      .map((p) => p.default_ttl)
      .sort((a, b) => a - b);
    expect(ttls).toEqual([60, 86400]);
  });

  it('every behavior: HTTPS redirect, GET/HEAD/OPTIONS allowed (CORS preflight), GET/HEAD cached, CORS headers policy, CORS-S3Origin forwarding', () => {
    const { distribution, behaviors } = synth();
    for (const behavior of [distribution.default_cache_behavior, ...behaviors]) {
      expect(behavior).toMatchObject({
        target_origin_id: 'mediaconvert-output',
        viewer_protocol_policy: 'redirect-to-https',
        allowed_methods: ['GET', 'HEAD', 'OPTIONS'],
        cached_methods: ['GET', 'HEAD'],
        origin_request_policy_id: OriginRequestPolicy.CORS_S3_ORIGIN.originRequestPolicyId,
        response_headers_policy_id: expect.stringMatching(/^\$\{aws_cloudfront_response_headers_policy\.player-cors_[0-9A-F]+\.id\}$/),
      });
    }
  });

  it('CORS response headers policy for players on other domains, origins from the configuration', () => {
    const { json } = synth({ corsAllowedOrigins: ['https://player.example.com'] });
    expect(onlyResource(json, 'aws_cloudfront_response_headers_policy').cors_config).toMatchObject({
      access_control_allow_origins: { items: ['https://player.example.com'] },
      access_control_allow_methods: { items: ['GET', 'HEAD', 'OPTIONS'] },
      origin_override: true,
    });
  });

  it('distribution settings come from the section (price class, comment)', () => {
    const { distribution } = synth({ distribution: { priceClass: 'PriceClass_All', comment: 'catalogue' } });
    expect(distribution).toMatchObject({ price_class: 'PriceClass_All', comment: 'catalogue' });
  });
});

describe('vod-s3-mediaconvert stack: Smooth Streaming', () => {
  it('puts a smooth_streaming behavior for *.ism/* first, and clientaccesspolicy.xml at the root of the output bucket', () => {
    const { json, behaviors } = synth({ smoothStreaming: {} });
    expect(behaviors[0]).toMatchObject({ path_pattern: '*.ism/*', smooth_streaming: true, target_origin_id: 'mediaconvert-output' });
    expect(behaviors[0].cache_policy_id).toMatch(/segment-cache/);
    expect(behaviors.slice(1).some((b) => b.smooth_streaming)).toBe(false);
    const object = onlyResource(json, 'aws_s3_object');
    expect(object).toMatchObject({ key: 'clientaccesspolicy.xml', content_type: 'text/xml' });
    expect(object.bucket).toMatch(/^\$\{aws_s3_bucket_public_access_block\.output_PublicAccessBlock_[0-9A-F]+\.bucket\}$/);
    const compact = object.content.replace(/\s+/g, ' ');
    expect(compact).toContain('<allow-from http-request-headers="*"> <domain uri="*"/> </allow-from>');
    expect(compact).toContain('<grant-to> <resource path="/" include-subpaths="true"/> </grant-to>');
    expect(outputs(json)['smooth-streaming-url-pattern']).toMatch(
      /^https:\/\/\$\{aws_cloudfront_distribution\..+\.domain_name\}\/\{presentation\}\.ism\/Manifest$/,
    );
  });

  it('takes a path prefix instead, and lets only the players allowed by CORS in', () => {
    const { json, behaviors } = synth({
      outputKeyPrefix: 'vod/',
      corsAllowedOrigins: ['https://player.example.com'],
      smoothStreaming: { pathPattern: '/vod/smooth/*' },
    });
    expect(behaviors[0]).toMatchObject({ path_pattern: '/vod/smooth/*', smooth_streaming: true });
    expect(onlyResource(json, 'aws_s3_object').content).toContain('<domain uri="https://player.example.com"/>');
  });

  it('enabled: false turns it off', () => {
    const { json, behaviors } = synth({ smoothStreaming: { enabled: false } });
    expect(behaviors.some((b) => b.smooth_streaming)).toBe(false);
    expect(resources(json, 'aws_s3_object')).toHaveLength(0);
  });
});

describe('vod-s3-mediaconvert stack: custom domain and outputs', () => {
  it('custom domain: us-east-1 certificate validated in DNS, alias on the distribution, CNAME in Route 53', () => {
    const { json, distribution } = synth({ customDomain: CUSTOM_DOMAIN });
    expect(onlyResource(json, 'aws_acm_certificate')).toMatchObject({
      domain_name: 'ondemand.video.example.com',
      validation_method: 'DNS',
      provider: 'aws.us_east_1',
    });
    expect(distribution.aliases).toEqual(['ondemand.video.example.com']);
    expect(distribution.viewer_certificate).toMatchObject({ ssl_support_method: 'sni-only', minimum_protocol_version: 'TLSv1.2_2021' });
    const cname = resources(json, 'aws_route53_record').find(
      (record) => record.type === 'CNAME' && record.name === 'ondemand.video.example.com',
    );
    expect(cname).toMatchObject({
      zone_id: 'Z0123456789ABCDEFGHIJ',
      records: [expect.stringMatching(/aws_cloudfront_distribution\..+\.domain_name/)],
    });
  });

  it('outputs: distribution, base URL, playback pattern, buckets, role, queue and the s3:// destination', () => {
    const { json } = synth({ customDomain: CUSTOM_DOMAIN, outputKeyPrefix: 'vod/' });
    const values = outputs(json);
    const baseUrl = Object.entries(values).find(([name]) => name.includes('base-url'))?.[1];
    expect(baseUrl).toBe('https://ondemand.video.example.com');
    expect(values).toMatchObject({
      'distribution-id': expect.stringMatching(/aws_cloudfront_distribution\..+\.id\}$/),
      'distribution-domain-name': expect.stringMatching(/aws_cloudfront_distribution\..+\.domain_name\}$/),
      'playback-url-pattern': 'https://ondemand.video.example.com/vod/{key}',
      'source-bucket-name': expect.stringMatching(/source_PublicAccessBlock_.+\.bucket\}$/),
      'output-bucket-name': expect.stringMatching(/output_PublicAccessBlock_.+\.bucket\}$/),
      'mediaconvert-role-arn': expect.stringMatching(/^\$\{aws_iam_role\..+\.arn\}$/),
      'mediaconvert-queue-arn': expect.stringMatching(/^\$\{aws_media_convert_queue\..+\.arn\}$/),
      'mediaconvert-destination': expect.stringMatching(/^s3:\/\/\$\{aws_s3_bucket_public_access_block\.output_.+\.bucket\}\/vod\/$/),
    });
    expect(values['smooth-streaming-url-pattern']).toBeUndefined();
  });

  it('without a custom domain the playback pattern uses the cloudfront.net name', () => {
    const { json, distribution } = synth();
    expect(outputs(json)['playback-url-pattern']).toMatch(/^https:\/\/\$\{aws_cloudfront_distribution\..+\.domain_name\}\/\{key\}$/);
    expect(distribution.viewer_certificate).toEqual({ cloudfront_default_certificate: true });
    expect(resources(json, 'aws_acm_certificate')).toHaveLength(0);
  });

  it('the vod section of examples/default.json parses and builds, with the custom domain on', () => {
    const section = JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8')).vod;
    const { distribution } = synth(section);
    expect(distribution.aliases).toEqual([section.customDomain.domainName]);
  });

  it('the library example (README snippet) synthesizes Smooth Streaming and the MediaConvert pieces', () => {
    const json = synthJson(buildVodExample(Testing.app()));
    const behaviors = onlyResource(json, 'aws_cloudfront_distribution').ordered_cache_behavior;
    expect(behaviors[0]).toMatchObject({ path_pattern: '*.ism/*', smooth_streaming: true });
    expect(onlyResource(json, 'aws_s3_object').key).toBe('clientaccesspolicy.xml');
    expect(resources(json, 'aws_media_convert_queue')).toHaveLength(1);
    expect(resources(json, 'aws_iam_role')).toHaveLength(1);
  });
});

describe('vod-s3-mediaconvert stack: bad settings', () => {
  it.each([
    [{ sourceBucket: { bucketName: 'My_Bucket' } }, /'vod\.sourceBucket\.bucketName' is not a valid S3 bucket name/],
    [{ outputBucket: { bucketName: 'ab' } }, /'vod\.outputBucket\.bucketName' is not a valid S3 bucket name/],
    [
      { sourceBucket: { lifecycle: { expireAfterDays: 0 } } },
      /'vod\.sourceBucket\.lifecycle\.expireAfterDays' must be a whole number of days, at least 1/,
    ],
    [
      { sourceBucket: { lifecycle: { transitionAfterDays: 30, transitionStorageClass: 'DEEP_ARCHIVE' } } },
      /'vod\.sourceBucket\.lifecycle\.transitionStorageClass'/,
    ],
    [{ sourceBucket: { bucketName: 'xn--masters' } }, /'vod\.sourceBucket\.bucketName' uses "xn--", which S3 reserves/],
    [{ sourceBucket: { kmsKeyArn: 'alias/masters' } }, /'vod\.sourceBucket\.kmsKeyArn' is not a KMS key ARN/],
    [{ corsAllowedOrigins: ['https://player.example.com/'] }, /'vod\.corsAllowedOrigins\[0\]' is not an origin/],
    [{ corsAllowedOrigins: [] }, /'vod\.corsAllowedOrigins' is an empty list/],
    [{ outputKeyPrefix: '/vod' }, /'vod\.outputKeyPrefix' must be a key prefix ending in \//],
    [
      { smoothStreaming: { pathPattern: '*' } },
      /'vod\.smoothStreaming\.pathPattern' matches every request \(or all but the shortest\), which only the default behavior may do/,
    ],
    [
      { smoothStreaming: { pathPattern: '/smooth streams/*' } },
      /'vod\.smoothStreaming\.pathPattern' contains characters CloudFront does not accept/,
    ],
    [{ segmentExtensions: ['ts', 'ts'] }, /'vod\.segmentExtensions' lists "ts" twice/],
    [{ segmentExtensions: ['m3u8'] }, /'vod\.segmentExtensions' contains the manifest extension m3u8/],
    [{ segmentExtensions: ['.ts'] }, /'vod\.segmentExtensions' contains "\.ts", which is not a file extension without the dot/],
    [{ mediaConvert: { concurrentJobs: 0 } }, /'vod\.mediaConvert\.concurrentJobs' must be a whole number, at least 1/],
    [{ mediaConvert: { queue: 'x' } }, /'vod\.mediaConvert' has unknown key\(s\) "queue"/],
    [{ bucketName: 'x' }, /'vod' has unknown key\(s\) "bucketName"/],
  ])('config %j is rejected with its key path', (section, message) => {
    expect(() => parseConfig({ awsRegion: 'eu-west-1', vod: section })).toThrow(message);
  });

  it.each([
    [
      { sourceBucket: { lifecycle: { noncurrentVersionExpireAfterDays: 30 } } },
      /'sourceBucket\.lifecycle\.noncurrentVersionExpireAfterDays' needs a versioned bucket/,
    ],
    [
      { sourceBucket: { lifecycle: { transitionAfterDays: 10, transitionStorageClass: 'STANDARD_IA' } } },
      /'sourceBucket\.lifecycle\.transitionAfterDays' must be at least 30 for STANDARD_IA, got: 10/,
    ],
    [
      { sourceBucket: { lifecycle: { transitionAfterDays: 30, expireAfterDays: 30 } } },
      /'sourceBucket\.lifecycle\.expireAfterDays' must be later than transitionAfterDays \(30\), got: 30/,
    ],
    [
      { sourceBucket: { lifecycle: { transitionStorageClass: 'GLACIER_IR' } } },
      /'sourceBucket\.lifecycle\.transitionStorageClass' is set but transitionAfterDays is not/,
    ],
    [
      { outputKeyPrefix: 'vod/', smoothStreaming: { pathPattern: '/smooth/*' } },
      /'smoothStreaming\.pathPattern' never matches a playback path \(they all start with \/vod\/\), got: "\/smooth\/\*"/,
    ],
    [{ smoothStreaming: { pathPattern: '*.mpd' } }, /'pathPattern' is already used by another behavior \("\*\.mpd"\)/],
  ])('construct check %j fails at synth with the setting and the fix', (section, message) => {
    expect(() => vodStack(section)).toThrow(message);
  });
});
