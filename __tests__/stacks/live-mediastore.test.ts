import * as fs from 'fs';
import * as path from 'path';
import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { parseConfig } from '../../config/load';
import { buildLiveMediaStoreExample } from '../../examples/live-mediastore';
import { MEDIASTORE_END_OF_SUPPORT_WARNING } from '../../modules';
import { LiveMediaStoreStack } from '../../stacks/live-mediastore';
import { onlyResource, outputs, resources, synthJson, TerraformJson } from '../support/synth';
import { singleSection } from '../support/app-stacks';

const ENDPOINT = 'abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com';
const CONTAINER_ARN = 'arn:aws:mediastore:eu-west-1:111122223333:container/live';
const CORS_CUSTOM_ORIGIN = '59781a5b-3903-41f3-afcb-af62929ccde1';
const CORS_S3_ORIGIN = '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf';
const CUSTOM_DOMAIN = { domainName: 'live.video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };

/** Builds the stack from a `liveMediaStore` section, through the same schema the app uses. */
function build(section: Record<string, unknown>): LiveMediaStoreStack {
  const config = parseConfig({ awsRegion: 'eu-west-1', tags: { project: 'video-cdn' }, liveMediaStore: section });
  return new LiveMediaStoreStack(Testing.app(), 'live-mediastore', singleSection(config, 'liveMediaStore'), {
    awsRegion: config.awsRegion,
    tags: config.tags,
  });
}

function synth(section: Record<string, unknown>): TerraformJson {
  return synthJson(build(section));
}

function distribution(json: TerraformJson): Record<string, any> {
  return onlyResource(json, 'aws_cloudfront_distribution');
}

/** Every behavior, the default one last, keyed by path pattern ('*' for the default). */
function behaviors(json: TerraformJson): Record<string, Record<string, any>> {
  const dist = distribution(json);
  return Object.fromEntries([
    ...(dist.ordered_cache_behavior as Array<Record<string, any>>).map((behavior) => [behavior.path_pattern, behavior]),
    ['*', dist.default_cache_behavior],
  ]);
}

/** The cache policy resource a behavior points at. */
function cachePolicyOf(json: TerraformJson, behavior: Record<string, any>): Record<string, any> {
  const name = /^\$\{aws_cloudfront_cache_policy\.(.+)\.id\}$/.exec(behavior.cache_policy_id)![1];
  return json.resource!.aws_cloudfront_cache_policy[name];
}

/** Same as in the origin test: quotes inside `${...}` are HCL, rendered before AWS parses the JSON. */
function parsePolicy(text: string): { Statement: Array<Record<string, any>> } {
  return JSON.parse(text.replace(/\$\{[^}]*\}/g, (interpolation) => interpolation.replace(/"/g, '\\"')));
}

/** Warnings as `cdktf synth` prints them: the annotations in the synthesized manifest. */
function synthWarnings(stack: LiveMediaStoreStack): string[] {
  const outdir = Testing.fullSynth(stack);
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  return manifest.stacks[stack.node.id].annotations
    .filter((annotation: { level: string }) => annotation.level === AnnotationMetadataEntryType.WARN)
    .map((annotation: { message: string }) => annotation.message);
}

const CREATED = { origin: { type: 'created-container' } };
const EXISTING = { origin: { type: 'existing-endpoint', endpoint: ENDPOINT, containerArn: CONTAINER_ARN } };
const S3_MIGRATION = { origin: { type: 's3-migration' } };

describe('live-mediastore stack: created container', () => {
  const json = synth(CREATED);

  it('creates the container with a stack-unique name and makes its data endpoint the origin, with the folder as origin path', () => {
    const container = onlyResource(json, 'aws_media_store_container');
    expect(container.name).toMatch(/^live_mediastore_container_[0-9a-f]{8}$/);
    const origin = distribution(json).origin[0];
    expect(origin).toMatchObject({
      origin_id: 'mediastore',
      domain_name: '${trimprefix(aws_media_store_container.container.endpoint, "https://")}',
      origin_path: '/live',
      custom_origin_config: { origin_protocol_policy: 'https-only', https_port: 443, origin_ssl_protocols: ['TLSv1.2'] },
    });
  });

  it('signs origin requests with an Origin Access Control of type mediastore', () => {
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control')).toMatchObject({
      origin_access_control_origin_type: 'mediastore',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
    expect(distribution(json).origin[0].origin_access_control_id).toMatch(/^\$\{aws_cloudfront_origin_access_control\..+\.id\}$/);
  });

  it('container policy: only this distribution (AWS:SourceArn) may GetObject, only over TLS, using the container resource ARN', () => {
    const policy = onlyResource(json, 'aws_media_store_container_policy');
    expect(policy.container_name).toBe('${aws_media_store_container.container.name}');
    const cloudFront = parsePolicy(policy.policy).Statement.find(
      (statement) => statement.Principal.Service === 'cloudfront.amazonaws.com',
    )!;
    expect(cloudFront).toEqual({
      Sid: 'AllowCloudFrontServicePrincipalReadOnly',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 'mediastore:GetObject',
      Resource: '${aws_media_store_container.container.arn}/*',
      Condition: {
        StringEquals: { 'AWS:SourceArn': [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.distribution_[0-9A-F]+\.arn\}$/)] },
        Bool: { 'aws:SecureTransport': 'true' },
      },
    });
    // No data source: the plan runs offline (aws_caller_identity would need AWS).
    expect(json.data).toBeUndefined();
  });

  it('manifests (*.m3u8, *.mpd) and segments (default) all redirect viewers to HTTPS and forward CORS-CustomOrigin', () => {
    const all = behaviors(json);
    expect(Object.keys(all)).toEqual(['*.m3u8', '*.mpd', '*']);
    for (const behavior of Object.values(all)) {
      expect(behavior).toMatchObject({
        target_origin_id: 'mediastore',
        viewer_protocol_policy: 'redirect-to-https',
        origin_request_policy_id: CORS_CUSTOM_ORIGIN,
        allowed_methods: ['GET', 'HEAD'],
      });
    }
  });

  it('cache policies sized from the default 6 s segment: manifests 3 s (max one segment), segments a day', () => {
    const all = behaviors(json);
    expect(all['*.m3u8'].cache_policy_id).toBe(all['*.mpd'].cache_policy_id);
    expect(cachePolicyOf(json, all['*.m3u8'])).toMatchObject({ min_ttl: 3, default_ttl: 3, max_ttl: 6 });
    expect(cachePolicyOf(json, all['*'])).toMatchObject({ min_ttl: 1, default_ttl: 86400, max_ttl: 31536000 });
    expect(resources(json, 'aws_cloudfront_cache_policy')).toHaveLength(2);
  });

  it('caches origin errors 1 s so a request that raced the encoder is retried soon', () => {
    expect(distribution(json).custom_error_response).toEqual(
      [403, 404, 500, 502, 503, 504].map((code) => ({ error_code: code, error_caching_min_ttl: 1 })),
    );
  });

  it('answers browser players with CORS (all origins by default)', () => {
    const policy = onlyResource(json, 'aws_cloudfront_response_headers_policy');
    expect(policy.cors_config.access_control_allow_origins.items).toEqual(['*']);
    for (const behavior of Object.values(behaviors(json))) {
      expect(behavior.response_headers_policy_id).toMatch(/^\$\{aws_cloudfront_response_headers_policy\.player-cors_[0-9A-F]+\.id\}$/);
    }
  });

  it('outputs the playback URL on the CloudFront domain, the MediaLive destination and the container name', () => {
    expect(outputs(json)).toMatchObject({
      'distribution-id': expect.stringMatching(/aws_cloudfront_distribution\..+\.id/),
      'distribution-domain-name': expect.stringMatching(/aws_cloudfront_distribution\..+\.domain_name/),
      'playback-urls': [expect.stringMatching(/^https:\/\/\$\{aws_cloudfront_distribution\..+\.domain_name\}\/index\.m3u8$/)],
      'medialive-destination': 'mediastoressl://${trimprefix(aws_media_store_container.container.endpoint, "https://")}/live/',
      'container-name': '${aws_media_store_container.container.name}',
    });
    expect(outputs(json)['cloudfront-playback-urls']).toBeUndefined();
  });

  it('synth warns that AWS ended MediaStore support on 2025-11-13 and points to the migration', () => {
    const warnings = synthWarnings(build(CREATED));
    expect(warnings).toContain(MEDIASTORE_END_OF_SUPPORT_WARNING);
    expect(warnings.join('\n')).toMatch(/2025-11-13.*s3-migration/s);
  });
});

describe('live-mediastore stack: settings', () => {
  it.each([
    [2, { min_ttl: 1, default_ttl: 1, max_ttl: 2 }],
    [10, { min_ttl: 5, default_ttl: 5, max_ttl: 10 }],
    [30, { min_ttl: 5, default_ttl: 15, max_ttl: 30 }],
  ])('segmentDurationSeconds %d sizes the manifest policy to %j', (segmentDurationSeconds, ttls) => {
    const json = synth({ ...CREATED, segmentDurationSeconds });
    expect(cachePolicyOf(json, behaviors(json)['*.m3u8'])).toMatchObject(ttls);
  });

  it('segmentTtlSeconds sets the segment policy TTL', () => {
    const json = synth({ ...CREATED, segmentTtlSeconds: 120 });
    expect(cachePolicyOf(json, behaviors(json)['*'])).toMatchObject({ min_ttl: 1, default_ttl: 120 });
  });

  it('folder, custom headers and Origin Shield reach the origin; the folder shapes the MediaLive destination', () => {
    const json = synth({
      ...EXISTING,
      folder: 'events/final/',
      customHeaders: { 'X-Origin-Verify': 'abc123' },
      originShieldRegion: 'eu-west-1',
    });
    expect(distribution(json).origin[0]).toMatchObject({
      domain_name: ENDPOINT,
      origin_path: '/events/final',
      custom_header: [{ name: 'X-Origin-Verify', value: 'abc123' }],
      origin_shield: { enabled: true, origin_shield_region: 'eu-west-1' },
    });
    expect(outputs(json)['medialive-destination']).toBe(`mediastoressl://${ENDPOINT}/events/final/`);
  });

  it('custom domain: aliases and certificate on the distribution, playback URLs on the custom domain and on CloudFront', () => {
    const json = synth({ ...CREATED, customDomain: CUSTOM_DOMAIN, manifestPaths: ['/channel1/index.m3u8', 'channel1/index.mpd'] });
    expect(distribution(json).aliases).toEqual(['live.video.example.com']);
    expect(distribution(json).viewer_certificate).toMatchObject({
      ssl_support_method: 'sni-only',
      minimum_protocol_version: 'TLSv1.2_2021',
    });
    expect(resources(json, 'aws_route53_record').map((record) => record.name)).toContain('live.video.example.com');
    const out = outputs(json);
    expect(out['playback-urls']).toEqual([
      'https://live.video.example.com/channel1/index.m3u8',
      'https://live.video.example.com/channel1/index.mpd',
    ]);
    expect(out['cloudfront-playback-urls']).toEqual([
      expect.stringMatching(/^https:\/\/\$\{aws_cloudfront_distribution\..+\.domain_name\}\/channel1\/index\.m3u8$/),
      expect.stringMatching(/\/channel1\/index\.mpd$/),
    ]);
  });

  it('corsAllowOrigins narrows the players allowed', () => {
    const json = synth({ ...CREATED, corsAllowOrigins: ['https://player.example.com'] });
    expect(onlyResource(json, 'aws_cloudfront_response_headers_policy').cors_config.access_control_allow_origins.items).toEqual([
      'https://player.example.com',
    ]);
  });
});

describe('live-mediastore stack: existing endpoint', () => {
  it('with containerArn: OAC signing, no container created, the policy to apply as an output', () => {
    const json = synth(EXISTING);
    expect(resources(json, 'aws_media_store_container')).toHaveLength(0);
    expect(resources(json, 'aws_media_store_container_policy')).toHaveLength(0);
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control').origin_access_control_origin_type).toBe('mediastore');
    const policy = parsePolicy(outputs(json)['container-policy-json'] as string);
    expect(policy.Statement[1]).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 'mediastore:GetObject',
      Resource: `${CONTAINER_ARN}/*`,
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    expect(policy.Statement[1].Condition.StringEquals['AWS:SourceArn']).toHaveLength(1);
  });

  it('manageContainerPolicy: the stack applies the policy to the named container instead', () => {
    const json = synth({ origin: { ...EXISTING.origin, manageContainerPolicy: true } });
    expect(onlyResource(json, 'aws_media_store_container_policy').container_name).toBe('live');
    expect(outputs(json)['container-policy-json']).toBeUndefined();
  });

  it('without containerArn: unsigned requests, and synth warns about it too', () => {
    const stack = build({ origin: { type: 'existing-endpoint', endpoint: ENDPOINT } });
    const json = synthJson(stack);
    expect(resources(json, 'aws_cloudfront_origin_access_control')).toHaveLength(0);
    expect(synthWarnings(stack)).toEqual([MEDIASTORE_END_OF_SUPPORT_WARNING, expect.stringMatching(/without Origin Access Control/)]);
  });

  it.each([
    [
      { containerArn: 'arn:aws:mediastore:us-east-1:111122223333:container/live' },
      /'containerArn' is in us-east-1 but the endpoint is in eu-west-1/,
    ],
    [{ containerArn: undefined, manageContainerPolicy: true }, /'manageContainerPolicy' needs containerArn/],
  ])('rejects %j', (change, message) => {
    expect(() => build({ origin: { ...EXISTING.origin, ...change } })).toThrow(message);
  });
});

describe('live-mediastore stack: S3 migration', () => {
  const json = synth({ ...S3_MIGRATION, customHeaders: { 'X-Origin-Verify': 'abc123' } });

  it('no MediaStore at all: a private, encrypted bucket whose objects expire after a day', () => {
    expect(resources(json, 'aws_media_store_container')).toHaveLength(0);
    expect(resources(json, 'aws_media_store_container_policy')).toHaveLength(0);
    expect(onlyResource(json, 'aws_s3_bucket')).toMatchObject({ bucket_prefix: 'live-', force_destroy: false });
    expect(onlyResource(json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(onlyResource(json, 'aws_s3_bucket_ownership_controls').rule.object_ownership).toBe('BucketOwnerEnforced');
    expect(
      onlyResource(json, 'aws_s3_bucket_server_side_encryption_configuration').rule[0].apply_server_side_encryption_by_default
        .sse_algorithm,
    ).toBe('AES256');
    const rules = onlyResource(json, 'aws_s3_bucket_lifecycle_configuration').rule as Array<Record<string, any>>;
    expect(rules.find((rule) => rule.expiration)?.expiration).toEqual([{ days: 1 }]);
  });

  it('the same live layout: folder as origin path, same behaviors and TTLs, CORS-S3Origin instead of CORS-CustomOrigin', () => {
    const origin = distribution(json).origin[0];
    expect(origin).toMatchObject({
      origin_id: 'live-bucket',
      domain_name: expect.stringMatching(/aws_s3_bucket\..+\.bucket_regional_domain_name/),
      origin_path: '/live',
      custom_header: [{ name: 'X-Origin-Verify', value: 'abc123' }],
    });
    expect(origin.custom_origin_config).toBeUndefined();
    const all = behaviors(json);
    expect(Object.keys(all)).toEqual(['*.m3u8', '*.mpd', '*']);
    for (const behavior of Object.values(all)) {
      expect(behavior).toMatchObject({ viewer_protocol_policy: 'redirect-to-https', origin_request_policy_id: CORS_S3_ORIGIN });
    }
    expect(cachePolicyOf(json, all['*.m3u8'])).toMatchObject({ min_ttl: 3, default_ttl: 3, max_ttl: 6 });
  });

  it('Origin Access Control of type s3 and a bucket policy scoped to this distribution', () => {
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control').origin_access_control_origin_type).toBe('s3');
    const [allow] = JSON.parse(onlyResource(json, 'aws_s3_bucket_policy').policy).Statement;
    expect(allow).toMatchObject({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' });
    expect(allow.Condition.StringEquals['AWS:SourceArn']).toEqual([expect.stringMatching(/aws_cloudfront_distribution\..+\.arn/)]);
  });

  it('outputs the bucket and the MediaLive S3 destination', () => {
    expect(outputs(json)).toMatchObject({
      'bucket-name': expect.stringMatching(/^\$\{aws_s3_bucket_public_access_block\..+\.bucket\}$|^\$\{aws_s3_bucket\..+\.bucket\}$/),
      'medialive-destination': expect.stringMatching(/^s3ssl:\/\/\$\{.+\}\/live\/$/),
    });
  });

  it('bucketName, forceDestroy and expireObjectsAfterDays: false are honoured', () => {
    const custom = synth({
      origin: { type: 's3-migration', bucketName: 'acme-live-output', forceDestroy: true, expireObjectsAfterDays: false },
    });
    expect(onlyResource(custom, 'aws_s3_bucket')).toMatchObject({ bucket: 'acme-live-output', force_destroy: true });
    const rules = (resources(custom, 'aws_s3_bucket_lifecycle_configuration')[0]?.rule ?? []) as Array<Record<string, any>>;
    expect(rules.some((rule) => rule.expiration)).toBe(false);
  });

  it('synth prints no MediaStore warning', () => {
    expect(synthWarnings(build(S3_MIGRATION)).filter((warning) => /MediaStore/.test(warning))).toEqual([]);
  });
});

describe('live-mediastore configuration errors name the key', () => {
  it.each([
    [{}, /'liveMediaStore\.origin'/],
    [{ origin: { type: 'mediastore' } }, /'liveMediaStore\.origin\.type'/],
    [
      { origin: { type: 'existing-endpoint', endpoint: `https://${ENDPOINT}` } },
      /'liveMediaStore\.origin\.endpoint' must be the data endpoint host, not a URL/,
    ],
    [
      { origin: { type: 'existing-endpoint', endpoint: ENDPOINT, containerArn: 'live' } },
      /'liveMediaStore\.origin\.containerArn' is not a MediaStore container ARN/,
    ],
    [{ origin: { type: 'created-container', endpoint: ENDPOINT } }, /'liveMediaStore\.origin' has unknown key\(s\) "endpoint"/],
    [
      { origin: { type: 'created-container', containerName: 'has space' } },
      /'liveMediaStore\.origin\.containerName' must be 1-255 letters, digits or underscores \(no hyphens\)/,
    ],
    [{ origin: { type: 'created-container', containerName: 'live-events' } }, /'liveMediaStore\.origin\.containerName'/],
    [{ origin: { type: 's3-migration', expireObjectsAfterDays: 0 } }, /'liveMediaStore\.origin\.expireObjectsAfterDays'/],
    [{ ...CREATED, segmentDurationSeconds: 0.5 }, /'liveMediaStore\.segmentDurationSeconds' must be from 1 to 30 seconds, got: 0.5/],
    [{ ...CREATED, segmentDurationSeconds: 31 }, /'liveMediaStore\.segmentDurationSeconds' must be from 1 to 30 seconds, got: 31/],
    [
      { ...CREATED, manifestPaths: ['channel1/segment1.ts'] },
      /'liveMediaStore\.manifestPaths\[0\]' must be a manifest path .* ending in \.m3u8 or \.mpd/,
    ],
    [{ ...CREATED, corsAllowOrigins: ['https://player.example.com/'] }, /'liveMediaStore\.corsAllowOrigins\[0\]' is not an origin/],
    [{ ...CREATED, folder: '/live stream' }, /'liveMediaStore\.folder' must be a plain path without \?, #, \*, spaces or empty segments/],
    [{ ...CREATED, segmentTtlSeconds: 0 }, /'liveMediaStore\.segmentTtlSeconds' must be a whole number from 1 to 31536000/],
    [{ ...CREATED, segmentLength: 6 }, /'liveMediaStore' has unknown key\(s\) "segmentLength"/],
  ])('%j', (section, message) => {
    expect(() => build(section)).toThrow(message);
  });

  it('a header CloudFront cannot add is refused by the schema, in the words of the origin construct', () => {
    expect(() => build({ ...CREATED, customHeaders: { Host: 'x' } })).toThrow(
      /'liveMediaStore\.customHeaders\.Host' is not a valid key \(is a header CloudFront cannot add to origin requests\), got: "Host"\. Pick another name/,
    );
  });
});

describe('the README example (examples/live-mediastore.ts)', () => {
  it.each([
    [false, 'aws_s3_bucket', 's3'],
    [true, 'aws_media_store_container', 'mediastore'],
  ])('useMediaStore %s: %s behind an OAC of type %s, manifest behaviors, playback URL', (useMediaStore, storage, oacType) => {
    const json = synthJson(buildLiveMediaStoreExample(Testing.app(), 'example', useMediaStore));
    expect(resources(json, storage)).toHaveLength(1);
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control').origin_access_control_origin_type).toBe(oacType);
    expect(Object.keys(behaviors(json))).toEqual(['*.m3u8', '*.mpd', '*']);
    expect(outputs(json)['playback-url']).toBe('https://live.example.com/channel1/index.m3u8');
  });
});
