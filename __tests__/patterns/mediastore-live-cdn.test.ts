import { AnnotationMetadataEntryType } from 'cdktf';
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

  it.each([
    [{ folder: '/live stream' }, /^'folder' must be a plain path without/],
    [{ manifestPaths: ['index.html'] }, /^'manifestPaths' contains an entry that must be a manifest path under the folder/],
    [{ corsAllowOrigins: ['player.example.com'] }, /^'corsAllowOrigins' contains an entry that is not an origin/],
    [{ segmentDurationSeconds: 60 }, /^'segmentDurationSeconds' must be from 1 to 30 seconds/],
  ])('names the prop of a bad setting: %j', (props, message) => {
    expect(() => new MediaStoreLiveCdn(testStack(), 'live', { origin: MediaStoreLiveOrigin.s3Migration(), ...props })).toThrow(message);
  });
});
