import { TerraformVariable } from 'cdktf';
import { AntMediaCdn, AntMediaPlayOrder, AntMediaProtocol } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('AntMediaCdn', () => {
  it('minimal: HTTPS 5443 to /live, the player page, playlists and segments, 404s cached 3 s', () => {
    const stack = testStack();
    const antMedia = new AntMediaCdn(stack, 'ams', { serverHostName: 'ams.example.com' });
    const distribution = onlyResource(synthJson(stack), 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({
      origin_path: '/live',
      custom_origin_config: { https_port: 5443, origin_protocol_policy: 'https-only' },
    });
    expect(distribution.ordered_cache_behavior.map((behavior: { path_pattern: string }) => behavior.path_pattern)).toEqual([
      '*.m3u8',
      '*.ts',
      '*.m4s',
      '*.mp4',
    ]);
    expect(distribution.custom_error_response).toEqual([{ error_code: 404, error_caching_min_ttl: 3 }]);
    expect(antMedia.lowLatencyHls).toBe(false);
    expect(antMedia.playerUrl(AntMediaPlayOrder.HLS)).toMatch(/\/play\.html\?id=<stream-id>&playOrder=hls$/);
  });

  it('maximal: HTTP on its own port, LL-HLS, Origin Shield, TTLs, the stream id, a custom domain', () => {
    const stack = testStack();
    const antMedia = new AntMediaCdn(stack, 'ams', {
      serverHostName: 'ams.example.com',
      originProtocol: AntMediaProtocol.HTTP,
      originPort: 8080,
      applicationName: 'LiveApp',
      lowLatencyHls: true,
      originShieldRegion: 'eu-central-1',
      manifestTtlSeconds: 2,
      segmentTtlSeconds: 120,
      notFoundCachingSeconds: 5,
      streamId: 'stream1',
      customDomain: { domainName: 'ams.video.example.com', hostedZoneId: 'Z1' },
    });
    const distribution = onlyResource(synthJson(stack), 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({
      origin_path: '/LiveApp',
      custom_origin_config: { http_port: 8080, origin_protocol_policy: 'http-only' },
    });
    expect(distribution.custom_error_response).toEqual([{ error_code: 404, error_caching_min_ttl: 5 }]);
    expect(antMedia.llHlsManifestUrl()).toBe('https://ams.video.example.com/streams/ll-hls/stream1/stream1__master.m3u8');
    expect(antMedia.hlsManifestUrl('other')).toBe('https://ams.video.example.com/streams/other.m3u8');
  });

  it.each([
    [{ originPort: 22 }, /^'originPort' is a port CloudFront cannot connect to, got: 22/],
    [{ serverHostName: 'https://ams.example.com' }, /^'serverHostName' must be a host name, not a URL/],
    [{ manifestTtlSeconds: 6 }, /^'manifestTtlSeconds' must be a whole number from 1 to 5, got: 6/],
    [{ manifestTtlSeconds: 3, segmentTtlSeconds: 2 }, /^'segmentTtlSeconds' must be at least manifestTtlSeconds \(3\)/],
    [{ streamId: 'my stream' }, /^'streamId' must be an Ant Media stream id/],
    [{ applicationName: 'live/streams' }, /^'applicationName' must be one Ant Media application name/],
  ])('names the prop of a bad setting: %j', (props, message) => {
    expect(() => new AntMediaCdn(testStack(), 'ams', { serverHostName: 'ams.example.com', ...props })).toThrow(message);
  });

  it('settings known only at apply (tokens) do not throw', () => {
    const stack = testStack();
    const ttl = new TerraformVariable(stack, 'ttl', { type: 'number' });
    const stream = new TerraformVariable(stack, 'stream', { type: 'string' });
    expect(
      () =>
        new AntMediaCdn(stack, 'ams', {
          serverHostName: 'ams.example.com',
          segmentTtlSeconds: ttl.numberValue,
          streamId: stream.stringValue,
        }),
    ).not.toThrow();
  });
});
