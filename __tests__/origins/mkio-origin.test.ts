import { TerraformVariable } from 'cdktf';
import { MkioOrigin } from '../../modules';
import { originBlock, testStack } from '../support/synth';

describe('MkioOrigin', () => {
  it('minimal: the endpoint host, HTTPS only on 443 with TLSv1.2, no origin path, no shield', () => {
    expect(originBlock(MkioOrigin.fromStreamingEndpoint('production.westeurope.streaming.mediakind.com'))).toEqual({
      origin_id: 'origin-1',
      domain_name: 'production.westeurope.streaming.mediakind.com',
      custom_origin_config: {
        origin_protocol_policy: 'https-only',
        http_port: 80,
        https_port: 443,
        origin_ssl_protocols: ['TLSv1.2'],
        origin_read_timeout: 30,
        origin_keepalive_timeout: 5,
      },
    });
  });

  it('maximal: origin id, Origin Shield, read timeout, custom header', () => {
    const block = originBlock(
      MkioOrigin.fromStreamingEndpoint('live-01.eastus.streaming.mediakind.com', {
        originId: 'mkio',
        originShieldRegion: 'us-east-1',
        readTimeoutSeconds: 45,
        customHeaders: { 'X-Cdn': 'cloudfront' },
      }),
    );
    expect(block).toMatchObject({
      origin_id: 'mkio',
      domain_name: 'live-01.eastus.streaming.mediakind.com',
      origin_shield: { enabled: true, origin_shield_region: 'us-east-1' },
      custom_header: [{ name: 'X-Cdn', value: 'cloudfront' }],
      custom_origin_config: { origin_protocol_policy: 'https-only', https_port: 443, origin_read_timeout: 45 },
    });
    expect(block.origin_path).toBeUndefined();
  });

  it('parses the endpoint name and region from the host', () => {
    const origin = MkioOrigin.fromStreamingEndpoint('production.westeurope.streaming.mediakind.com');
    expect([origin.endpointName, origin.region]).toEqual(['production', 'westeurope']);
  });

  it.each([
    ['https://production.westeurope.streaming.mediakind.com'],
    ['production.westeurope.streaming.mediakind.com/abc/manifest'],
    ['production.streaming.mediakind.com'],
    ['a.b.westeurope.streaming.mediakind.com'],
    ['production.westeurope.streaming.mediakind.com.evil.example'],
    ['cdn.example.com'],
    ['Production.WestEurope.streaming.mediakind.com'],
  ])('rejects %j as a streaming endpoint host, saying where to find it', (host) => {
    expect(() => MkioOrigin.fromStreamingEndpoint(host)).toThrow(
      /'hostName' is not an MK.IO streaming endpoint host \(<endpoint-name>.<region>.streaming.mediakind.com\), got: .*Copy the host name from MK.IO > Streaming Endpoints/,
    );
  });

  it('keeps the shared origin checks (Origin Shield region, timeouts)', () => {
    const host = 'p.westeurope.streaming.mediakind.com';
    expect(() => MkioOrigin.fromStreamingEndpoint(host, { originShieldRegion: 'westeurope' })).toThrow(
      /'originShieldRegion' is not a region where CloudFront offers Origin Shield/,
    );
    expect(() => MkioOrigin.fromStreamingEndpoint(host, { readTimeoutSeconds: 61 })).toThrow(
      /'readTimeoutSeconds' must be a whole number from 1 to 60/,
    );
  });

  it('builds playback URLs that keep the locator path', () => {
    expect(MkioOrigin.playbackUrl('https://vod.example.com/', 'abc-123', '/clip.ism/manifest(format=m3u8-cmaf)')).toBe(
      'https://vod.example.com/abc-123/clip.ism/manifest(format=m3u8-cmaf)',
    );
    expect(MkioOrigin.playbackUrl('https://vod.example.com', '<locator-id>')).toBe('https://vod.example.com/<locator-id>/...');
  });

  it('does not check a host that is a token', () => {
    const stack = testStack();
    const host = new TerraformVariable(stack, 'host', { type: 'string' });
    expect(() => MkioOrigin.fromStreamingEndpoint(host.stringValue)).not.toThrow();
  });
});
