import { TerraformVariable } from 'cdktf';
import { AntMediaOrigin, AntMediaPlayOrder, AntMediaProtocol } from '../../modules';
import { originBlock, testStack } from '../support/synth';

describe('AntMediaOrigin', () => {
  it('https(): HTTPS only on 5443, application "live" as origin path', () => {
    const origin = AntMediaOrigin.https('ams.example.com');
    expect(origin.protocol).toBe(AntMediaProtocol.HTTPS);
    expect(originBlock(origin)).toEqual({
      origin_id: 'origin-1',
      domain_name: 'ams.example.com',
      origin_path: '/live',
      custom_origin_config: {
        origin_protocol_policy: 'https-only',
        http_port: 80,
        https_port: 5443,
        origin_ssl_protocols: ['TLSv1.2'],
        origin_read_timeout: 30,
        origin_keepalive_timeout: 5,
      },
    });
  });

  it('http(): HTTP only on 5080', () => {
    const block = originBlock(AntMediaOrigin.http('ams.example.com'));
    expect(block.custom_origin_config).toMatchObject({ origin_protocol_policy: 'http-only', http_port: 5080 });
  });

  it('maximal: application name (leading slash dropped), port, shield, id, timeout', () => {
    const origin = AntMediaOrigin.https('ams.example.com', {
      applicationName: '/LiveApp',
      port: 443,
      originShieldRegion: 'eu-central-1',
      originId: 'ams',
      readTimeoutSeconds: 20,
    });
    expect(origin.applicationName).toBe('LiveApp');
    expect(originBlock(origin)).toMatchObject({
      origin_id: 'ams',
      origin_path: '/LiveApp',
      origin_shield: { enabled: true, origin_shield_region: 'eu-central-1' },
      custom_origin_config: { origin_protocol_policy: 'https-only', https_port: 443, origin_read_timeout: 20 },
    });
  });

  it.each([
    [
      { applicationName: 'live/streams' },
      /'applicationName' must be one Ant Media application name \(letters, digits, _ and -\), got: "live\/streams"/,
    ],
    [{ applicationName: '' }, /'applicationName' must be one Ant Media application name/],
    [{ applicationName: 'my app' }, /'applicationName' must be one Ant Media application name/],
    [{ port: 5000.5 }, /'port' is a port CloudFront cannot connect to, got: 5000.5/],
    [
      { port: 1000 },
      /'port' is a port CloudFront cannot connect to, got: 1000\. Use the server's HTTP port \(5080\) or HTTPS port \(5443\)/,
    ],
    [{ originShieldRegion: 'eu-north-1' }, /'originShieldRegion' is not a region where CloudFront offers Origin Shield/],
  ])('rejects %j', (props, message) => {
    expect(() => AntMediaOrigin.https('ams.example.com', props)).toThrow(message);
  });

  it('checks the port with HTTP too', () => {
    expect(() => AntMediaOrigin.http('ams.example.com', { port: 22 })).toThrow(
      /'port' is a port CloudFront cannot connect to, got: 22\. Use the server's HTTP port/,
    );
  });

  it.each([['https://ams.example.com:5443'], ['ams.example.com:5443'], ['203.0.113.10/live']])(
    'rejects the server %j (host name only)',
    (host) => {
      expect(() => AntMediaOrigin.https(host)).toThrow(/'domainName' must (be a host name, not a URL|not contain a port)/);
    },
  );

  it('builds the player, HLS and LL-HLS URLs without the application name (it is the origin path)', () => {
    const base = 'https://live.example.com';
    expect(AntMediaOrigin.playerUrl(base, 'stream1', AntMediaPlayOrder.HLS)).toBe(
      'https://live.example.com/play.html?id=stream1&playOrder=hls',
    );
    expect(AntMediaOrigin.playerUrl(`${base}/`, 'stream1', AntMediaPlayOrder.LL_HLS)).toBe(
      'https://live.example.com/play.html?id=stream1&playOrder=ll-hls',
    );
    expect(AntMediaOrigin.hlsManifestUrl(base, 'stream1')).toBe('https://live.example.com/streams/stream1.m3u8');
    expect(AntMediaOrigin.llHlsManifestUrl(base, 'stream1')).toBe('https://live.example.com/streams/ll-hls/stream1/stream1__master.m3u8');
  });

  it('does not check tokens (host and application from variables)', () => {
    const stack = testStack();
    const host = new TerraformVariable(stack, 'host', { type: 'string' });
    const app = new TerraformVariable(stack, 'app', { type: 'string' });
    expect(() => AntMediaOrigin.https(host.stringValue, { applicationName: app.stringValue })).not.toThrow();
  });
});
