/**
 * Each rule is stated once, in the library, and the app's configuration schema uses it: the same
 * wrong value is refused by both, with the same problem and the same fix. (Found by a mutation
 * trial when the rules were written twice: a 300-character folder was refused as 'originPath', a
 * tag value with a NUL character was accepted, and a KMS alias ARN was accepted by the bucket but
 * refused by the MediaConvert role.)
 */
import { Testing, TerraformStack } from 'cdktf';
import { ConfigError, parseConfig } from '../../config/load';
import {
  AntMediaCdn,
  MediaPackageLiveCdn,
  MediaPackagePackaging,
  MediaPackageVersion,
  MediaStoreLiveCdn,
  MediaStoreLiveOrigin,
  MkioCdn,
  PrivateBucket,
  SecurityPolicyProtocol,
  VideoCdnStack,
  VideoCdnValidationError,
  VodCdn,
} from '../../modules';
import { testStack } from '../support/synth';

const MKIO_HOST = 'production.westeurope.streaming.mediakind.com';
const V1_ENDPOINT = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1/aaaa1111/index.m3u8';

/** The one problem the configuration loader reports for `config`, without its `'<key path>' ` head. */
function configProblem(config: object, keyPath: string): string {
  try {
    parseConfig({ awsRegion: 'eu-west-1', ...config });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const line = (error as Error).message.split('\n').find((candidate) => candidate.startsWith(`  - '${keyPath}' `));
    if (line === undefined) throw new Error(`no problem at '${keyPath}' in:\n${(error as Error).message}`);
    return line.slice(`  - '${keyPath}' `.length);
  }
  throw new Error(`the configuration was accepted: ${JSON.stringify(config)}`);
}

/** The problem the library throws, without its `'<prop>' ` head. */
function libraryProblem(build: (stack: TerraformStack) => unknown, prop: string): string {
  try {
    build(testStack());
  } catch (error) {
    expect(error).toBeInstanceOf(VideoCdnValidationError);
    const message = (error as Error).message;
    expect(message.startsWith(`'${prop}' `) ? prop : message).toBe(prop);
    return message.slice(`'${prop}' `.length);
  }
  throw new Error('the library accepted the value');
}

describe('the configuration and the library refuse a value the same way, in the same words', () => {
  it.each([
    [
      'a KMS alias ARN for the VOD source bucket (the MediaConvert role can only be granted a key ARN)',
      { vod: { sourceBucket: { kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/masters' } } },
      'vod.sourceBucket.kmsKeyArn',
      (stack: TerraformStack) =>
        new VodCdn(stack, 'vod', { sourceBucket: { kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/masters' } }),
      'sourceBucket.kmsKeyArn',
    ],
    [
      'a 300-character live folder (named as the folder, not as the origin path it becomes)',
      { liveMediaStore: { origin: { type: 's3-migration' }, folder: `/${'a'.repeat(300)}` } },
      'liveMediaStore.folder',
      (stack: TerraformStack) =>
        new MediaStoreLiveCdn(stack, 'live', { origin: MediaStoreLiveOrigin.s3Migration(), folder: `/${'a'.repeat(300)}` }),
      'folder',
    ],
    [
      'a viewer TLS policy without a custom domain (MK.IO)',
      { mkio: { streamingEndpointHostName: MKIO_HOST, distribution: { minimumProtocolVersion: 'TLSv1.3_2025' } } },
      'mkio.distribution.minimumProtocolVersion',
      (stack: TerraformStack) =>
        new MkioCdn(stack, 'mkio', {
          streamingEndpointHostName: MKIO_HOST,
          distribution: { minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_3_2025 },
        }),
      'distribution.minimumProtocolVersion',
    ],
    [
      'a viewer TLS policy without a custom domain (VOD)',
      { vod: { distribution: { minimumProtocolVersion: 'TLSv1.2_2025' } } },
      'vod.distribution.minimumProtocolVersion',
      (stack: TerraformStack) =>
        new VodCdn(stack, 'vod', { distribution: { minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2025 } }),
      'distribution.minimumProtocolVersion',
    ],
    [
      'a viewer TLS policy without a custom domain (MediaStore migration)',
      { liveMediaStore: { origin: { type: 's3-migration' }, distribution: { minimumProtocolVersion: 'TLSv1.2_2021' } } },
      'liveMediaStore.distribution.minimumProtocolVersion',
      (stack: TerraformStack) =>
        new MediaStoreLiveCdn(stack, 'live', {
          origin: MediaStoreLiveOrigin.s3Migration(),
          distribution: { minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 },
        }),
      'distribution.minimumProtocolVersion',
    ],
    [
      'a bucket name with upper case',
      { vod: { outputBucket: { bucketName: 'My_Bucket' } } },
      'vod.outputBucket.bucketName',
      (stack: TerraformStack) => new PrivateBucket(stack, 'b', { bucketName: 'My_Bucket' }),
      'bucketName',
    ],
    [
      'a CORS origin with a path',
      { vod: { corsAllowedOrigins: ['https://player.example.com/app'] } },
      'vod.corsAllowedOrigins[0]',
      (stack: TerraformStack) => new VodCdn(stack, 'vod', { corsAllowedOrigins: ['https://player.example.com/app'] }),
      'corsAllowedOrigins',
    ],
    [
      'an MK.IO host that is not a streaming endpoint',
      { mkio: { streamingEndpointHostName: 'cdn.example.com' } },
      'mkio.streamingEndpointHostName',
      (stack: TerraformStack) => new MkioCdn(stack, 'mkio', { streamingEndpointHostName: 'cdn.example.com' }),
      'streamingEndpointHostName',
    ],
    [
      'an Ant Media port CloudFront cannot connect to',
      { antMedia: { serverHostName: 'ams.example.com', originPort: 22 } },
      'antMedia.originPort',
      (stack: TerraformStack) => new AntMediaCdn(stack, 'ams', { serverHostName: 'ams.example.com', originPort: 22 }),
      'originPort',
    ],
    [
      'an Ant Media segment TTL below the playlist TTL',
      { antMedia: { serverHostName: 'ams.example.com', manifestTtlSeconds: 3, segmentTtlSeconds: 2 } },
      'antMedia.segmentTtlSeconds',
      (stack: TerraformStack) =>
        new AntMediaCdn(stack, 'ams', { serverHostName: 'ams.example.com', manifestTtlSeconds: 3, segmentTtlSeconds: 2 }),
      'segmentTtlSeconds',
    ],
    [
      'LL-HLS on MediaPackage v1',
      { liveMediaPackage: { endpoints: [{ packaging: 'hls', url: V1_ENDPOINT }], lowLatencyHls: true } },
      'liveMediaPackage.lowLatencyHls',
      (stack: TerraformStack) =>
        new MediaPackageLiveCdn(stack, 'live', {
          endpoints: [{ packaging: MediaPackagePackaging.HLS, url: V1_ENDPOINT }],
          mediaPackageVersion: MediaPackageVersion.V1,
          lowLatencyHls: true,
        }),
      'lowLatencyHls',
    ],
    [
      'a Smooth Streaming path pattern that matches everything',
      { vod: { smoothStreaming: { pathPattern: '*' } } },
      'vod.smoothStreaming.pathPattern',
      (stack: TerraformStack) => new VodCdn(stack, 'vod', { smoothStreaming: { pathPattern: '*' } }),
      'smoothStreaming.pathPattern',
    ],
    [
      'a VOD manifest TTL above a year',
      { vod: { cache: { manifestTtlSeconds: 31536001 } } },
      'vod.cache.manifestTtlSeconds',
      (stack: TerraformStack) => new VodCdn(stack, 'vod', { cache: { manifestTtlSeconds: 31536001 } }),
      'cache.manifestTtlSeconds',
    ],
    [
      'a live segment TTL of 0',
      { liveMediaStore: { origin: { type: 's3-migration' }, segmentTtlSeconds: 0 } },
      'liveMediaStore.segmentTtlSeconds',
      (stack: TerraformStack) => new MediaStoreLiveCdn(stack, 'live', { origin: MediaStoreLiveOrigin.s3Migration(), segmentTtlSeconds: 0 }),
      'segmentTtlSeconds',
    ],
    [
      'no player origin at all',
      { liveMediaStore: { origin: { type: 's3-migration' }, corsAllowOrigins: [] } },
      'liveMediaStore.corsAllowOrigins',
      (stack: TerraformStack) => new MediaStoreLiveCdn(stack, 'live', { origin: MediaStoreLiveOrigin.s3Migration(), corsAllowOrigins: [] }),
      'corsAllowOrigins',
    ],
  ])('%s', (_case, config, keyPath, build, prop) => {
    const fromConfig = configProblem(config, keyPath);
    const fromLibrary = libraryProblem(build, prop);
    // A list entry is named by its index in the file and as "an entry" of the prop in the library.
    expect(fromConfig).toBe(fromLibrary.replace(/^contains an entry that /, ''));
  });

  it('a KMS key ARN (not an alias) passes both', () => {
    const kmsKeyArn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(() => parseConfig({ awsRegion: 'eu-west-1', vod: { sourceBucket: { kmsKeyArn } } })).not.toThrow();
    expect(() => new VodCdn(testStack(), 'vod', { sourceBucket: { kmsKeyArn } })).not.toThrow();
  });

  it('a KMS alias ARN stays fine for a bucket alone (S3 encryption takes aliases; only IAM grants need key ARNs)', () => {
    expect(() => new PrivateBucket(testStack(), 'b', { kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/masters' })).not.toThrow();
  });

  it('a tag value with a NUL character (AWS refuses it at apply)', () => {
    const value = 'a\u0000b';
    expect(configProblem({ tags: { owner: value } }, 'tags.owner')).toMatch(
      /^contains a character AWS does not allow in tags, got: "a\\u0000b"\. Use letters/,
    );
    expect(() => new VideoCdnStack(Testing.app(), 's', { awsRegion: 'eu-west-1', tags: { owner: value } })).toThrow(
      /^'tags\["owner"\]' contains a character AWS does not allow in tags, got: "a\\u0000b"\. Use letters/,
    );
  });
});
