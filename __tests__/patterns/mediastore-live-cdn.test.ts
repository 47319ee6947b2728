import { AnnotationMetadataEntryType, TerraformVariable } from 'cdktf';
import { IConstruct } from 'constructs';
import { MediaStoreLiveCdn, MediaStoreLiveOrigin } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';

const ENDPOINT = 'abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com';

/** The warnings recorded on a construct and below it (what `cdktf synth` prints). */
function warningsUnder(scope: IConstruct): string[] {
  return scope.node
    .findAll()
    .flatMap((construct) => construct.node.metadata)
    .filter((entry) => entry.type === AnnotationMetadataEntryType.WARN)
    .map((entry) => String(entry.data));
}

describe('MediaStoreLiveCdn', () => {
  it('S3 migration: a private bucket behind OAC, manifests half a segment, the MediaLive destination', () => {
    const stack = testStack();
    const live = new MediaStoreLiveCdn(stack, 'live', { origin: MediaStoreLiveOrigin.s3Migration(), segmentDurationSeconds: 4 });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_s3_bucket').bucket_prefix).toBe('live-');
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control').origin_access_control_origin_type).toBe('s3');
    expect(
      resources(json, 'aws_cloudfront_cache_policy')
        .map((policy) => policy.default_ttl)
        .sort(),
    ).toEqual([2, 86400]);
    expect(live.ingestDestination).toMatch(/^s3ssl:\/\/\$\{TfToken\[.*\]\}\/live\/$/);
    expect(live.storage.bucket).toBeDefined();
    expect(live.playbackUrls('https://live.example.com')).toEqual(['https://live.example.com/index.m3u8']);
  });

  it('a created container: its policy, OAC of type mediastore, and the end-of-support warning', () => {
    const stack = testStack();
    const live = new MediaStoreLiveCdn(stack, 'live', {
      origin: MediaStoreLiveOrigin.createdContainer({ containerName: 'live_events' }),
      folder: 'channels/',
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_media_store_container').name).toBe('live_events');
    expect(resources(json, 'aws_media_store_container_policy')).toHaveLength(1);
    expect(onlyResource(json, 'aws_cloudfront_distribution').origin[0].origin_path).toBe('/channels');
    expect(live.storage.container).toBeDefined();
    expect(warningsUnder(live)).toEqual([expect.stringMatching(/^AWS ended support for AWS Elemental MediaStore on 2025-11-13/)]);
  });

  it('an existing endpoint with its container ARN: the policy to apply by hand', () => {
    const stack = testStack();
    const live = new MediaStoreLiveCdn(stack, 'live', {
      origin: MediaStoreLiveOrigin.existingEndpoint(ENDPOINT, { containerArn: 'arn:aws:mediastore:eu-west-1:111122223333:container/live' }),
    });
    expect(live.storage.containerPolicyJson).toBeDefined();
    expect(resources(synthJson(stack), 'aws_media_store_container_policy')).toHaveLength(0);
    expect(live.ingestDestination).toBe(`mediastoressl://${ENDPOINT}/live/`);
  });

  it('maximal: folder, segment length and TTL, manifests, origin headers, Origin Shield, CORS, a custom domain, tags', () => {
    const stack = testStack();
    const live = new MediaStoreLiveCdn(stack, 'live', {
      origin: MediaStoreLiveOrigin.s3Migration({ bucketName: 'acme-live', forceDestroy: true, expireObjectsAfterDays: false }),
      folder: '/events',
      segmentDurationSeconds: 2,
      segmentTtlSeconds: 3600,
      manifestPaths: ['/channel1/index.m3u8', 'channel1/index.mpd'],
      customHeaders: { 'X-Origin-Verify': 'abc' },
      originShieldRegion: 'eu-west-1',
      corsAllowOrigins: ['https://player.example.com'],
      customDomain: { domainName: 'live.example.com', hostedZoneId: 'Z1' },
      tags: { team: 'live' },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_s3_bucket')).toMatchObject({ bucket: 'acme-live', force_destroy: true, tags: { team: 'live' } });
    expect(onlyResource(json, 'aws_s3_bucket_lifecycle_configuration').rule).toHaveLength(1);
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({
      origin_path: '/events',
      custom_header: [{ name: 'X-Origin-Verify', value: 'abc' }],
      origin_shield: { enabled: true, origin_shield_region: 'eu-west-1' },
    });
    expect(live.playbackUrls()).toEqual(['https://live.example.com/channel1/index.m3u8', 'https://live.example.com/channel1/index.mpd']);
  });

  it.each([
    [
      () => MediaStoreLiveOrigin.createdContainer({ containerName: 'live-events' }),
      /^'containerName' must be 1-255 letters, digits or underscores/,
    ],
    [() => MediaStoreLiveOrigin.existingEndpoint(`https://${ENDPOINT}`), /^'endpoint' must be the data endpoint host, not a URL/],
    [() => MediaStoreLiveOrigin.existingEndpoint(ENDPOINT, { containerArn: 'live' }), /^'containerArn' is not a MediaStore container ARN/],
    [
      () => MediaStoreLiveOrigin.s3Migration({ expireObjectsAfterDays: 0 }),
      /^'expireObjectsAfterDays' must be a whole number of days, at least 1/,
    ],
    [() => MediaStoreLiveOrigin.s3Migration({ bucketName: 'Live' }), /^'bucketName' is not a valid S3 bucket name/],
  ])('a storage factory names its own setting: %s', (factory, message) => {
    expect(factory).toThrow(message);
  });

  it('a folder and an endpoint known only at apply (tokens) do not throw', () => {
    const stack = testStack();
    const folder = new TerraformVariable(stack, 'folder', { type: 'string' });
    expect(
      () => new MediaStoreLiveCdn(stack, 'live', { origin: MediaStoreLiveOrigin.s3Migration(), folder: folder.stringValue }),
    ).not.toThrow();
  });

  it.each([
    [{ folder: '/live stream' }, /^'folder' must be a plain path without/],
    [{ manifestPaths: [] }, /^'manifestPaths' lists 0 manifests; 1 to 20/],
    [{ manifestPaths: ['index.html'] }, /^'manifestPaths' contains an entry that must be a manifest path under the folder/],
    [{ corsAllowOrigins: ['player.example.com'] }, /^'corsAllowOrigins' contains an entry that is not an origin/],
    [{ segmentDurationSeconds: 60 }, /^'segmentDurationSeconds' must be from 1 to 30 seconds/],
  ])('names the prop of a bad setting: %j', (props, message) => {
    expect(() => new MediaStoreLiveCdn(testStack(), 'live', { origin: MediaStoreLiveOrigin.s3Migration(), ...props })).toThrow(message);
  });
});
