import { AnnotationMetadataEntryType, TerraformVariable } from 'cdktf';
import { MediaPackageLiveCdn, MediaPackagePackaging, MediaPackageVersion } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';

const CHANNEL = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';
const V2 = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live/channel-1';

describe('MediaPackageLiveCdn', () => {
  it('minimal: one endpoint, its behaviors, errors cached 1 s, the playback URL by endpoint name', () => {
    const stack = testStack();
    const live = new MediaPackageLiveCdn(stack, 'live', {
      endpoints: [{ packaging: MediaPackagePackaging.HLS, url: `${CHANNEL}/aaaa/index.m3u8` }],
    });
    const distribution = onlyResource(synthJson(stack), 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({ origin_id: 'mediapackage-hls', origin_path: '/out/v1/aaaa' });
    expect(distribution.ordered_cache_behavior.map((behavior: { path_pattern: string }) => behavior.path_pattern)).toEqual([
      '*.m3u8',
      '*.ts',
    ]);
    expect(live.playbackUrls('https://live.example.com')).toEqual({ hls: 'https://live.example.com/index.m3u8' });
    expect(live.endpointPolicies()).toEqual({});
    expect(live.channel).toBeUndefined();
  });

  it('v2: Origin Access Control and an endpoint policy per endpoint', () => {
    const stack = testStack();
    const live = new MediaPackageLiveCdn(stack, 'live', {
      mediaPackageVersion: MediaPackageVersion.V2,
      endpoints: [{ packaging: MediaPackagePackaging.CMAF, url: `${V2}/cmaf/index.m3u8` }],
      endpointAccountId: '111122223333',
    });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_origin_access_control').origin_access_control_origin_type).toBe('mediapackagev2');
    expect(Object.keys(live.endpointPolicies())).toEqual(['cmaf']);
  });

  it('the channel alone, before its endpoints exist: no distribution yet', () => {
    const stack = testStack();
    const live = new MediaPackageLiveCdn(stack, 'live', { createChannel: { channelId: 'live-1' }, tags: { team: 'live' } });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_media_package_channel')).toMatchObject({ channel_id: 'live-1', tags: { team: 'live' } });
    expect(resources(json, 'aws_cloudfront_distribution')).toHaveLength(0);
    expect(live.distribution).toBeUndefined();
    expect(live.playbackUrls()).toEqual({});
  });

  it('settings that only apply to a distribution are kept, with a warning, until endpoints are listed', () => {
    const stack = testStack();
    const live = new MediaPackageLiveCdn(stack, 'live', {
      createChannel: { channelId: 'live-1' },
      customDomain: { domainName: 'live.example.com' },
    });
    const warnings = live.node.metadata.filter((entry) => entry.type === AnnotationMetadataEntryType.WARN).map((entry) => entry.data);
    expect(warnings).toEqual(['No MediaPackage endpoints yet: customDomain take effect once endpoints are listed.']);
  });

  it('a minimum TTL known only at apply (a token) does not throw', () => {
    const stack = testStack();
    const ttl = new TerraformVariable(stack, 'ttl', { type: 'number' });
    expect(
      () =>
        new MediaPackageLiveCdn(stack, 'live', {
          endpoints: [{ packaging: MediaPackagePackaging.HLS, url: `${CHANNEL}/aaaa/index.m3u8` }],
          errorCachingTtlSeconds: ttl.numberValue,
        }),
    ).not.toThrow();
  });

  it.each([
    [{}, /^'endpoints' must list at least one origin endpoint/],
    [
      { endpoints: [{ packaging: MediaPackagePackaging.DASH, url: `${CHANNEL}/aaaa/index.m3u8` }] },
      /^'endpoints\[0\]\.url' ends in a \.m3u8 manifest, but the endpoint is declared dash/,
    ],
    [
      {
        createChannel: { channelId: 'c' },
        mediaPackageVersion: MediaPackageVersion.V2,
        endpoints: [{ packaging: MediaPackagePackaging.HLS, url: `${V2}/hls/index.m3u8` }],
      },
      /^'createChannel' only works with MediaPackage v1/,
    ],
    [
      { endpointAccountId: '111122223333', endpoints: [{ packaging: MediaPackagePackaging.HLS, url: `${CHANNEL}/aaaa/index.m3u8` }] },
      /^'endpointAccountId' only applies to MediaPackage v2/,
    ],
    [{ createChannel: { channelId: 'bad id' } }, /^'createChannel\.channelId' must be 1-128 letters, digits, hyphens or underscores/],
    [
      {
        endpoints: [{ packaging: MediaPackagePackaging.HLS, url: `${CHANNEL}/aaaa/index.m3u8` }],
        cdnAuthorization: { secretId: 'my secret' },
      },
      /^'cdnAuthorization\.secretId' is not a Secrets Manager secret name/,
    ],
    [
      {
        endpoints: Array.from({ length: 31 }, (_, index) => ({
          packaging: MediaPackagePackaging.HLS,
          url: `${CHANNEL}/e${index}/index.m3u8`,
        })),
      },
      /^'endpoints' lists 31 endpoints, more than 30/,
    ],
  ])('names the prop of a bad setting: %j', (props, message) => {
    expect(() => new MediaPackageLiveCdn(testStack(), 'live', props)).toThrow(message);
  });
});
