import { TerraformVariable } from 'cdktf';
import { HttpOrigin, OriginProtocolPolicy, OriginSslPolicy } from '../../modules';
import { originBlock, testStack } from '../support/synth';

describe('HttpOrigin', () => {
  it('minimal: HTTPS only, TLSv1.2, default ports and timeouts, no shield', () => {
    expect(originBlock(new HttpOrigin('origin.example.com'))).toEqual({
      origin_id: 'origin-1',
      domain_name: 'origin.example.com',
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

  it('maximal: ports, path (normalised), headers, shield, timeouts', () => {
    const block = originBlock(
      new HttpOrigin('ams.example.com', {
        originId: 'ant-media',
        protocolPolicy: OriginProtocolPolicy.HTTP_ONLY,
        httpPort: 5080,
        httpsPort: 5443,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        originPath: 'live/',
        customHeaders: { 'X-Origin-Verify': 'abc' },
        originShieldRegion: 'eu-central-1',
        connectionAttempts: 2,
        connectionTimeoutSeconds: 5,
        readTimeoutSeconds: 60,
        keepaliveTimeoutSeconds: 30,
      }),
    );
    expect(block).toEqual({
      origin_id: 'ant-media',
      domain_name: 'ams.example.com',
      origin_path: '/live',
      custom_header: [{ name: 'X-Origin-Verify', value: 'abc' }],
      origin_shield: { enabled: true, origin_shield_region: 'eu-central-1' },
      connection_attempts: 2,
      connection_timeout: 5,
      custom_origin_config: {
        origin_protocol_policy: 'http-only',
        http_port: 5080,
        https_port: 5443,
        origin_ssl_protocols: ['TLSv1.2'],
        origin_read_timeout: 60,
        origin_keepalive_timeout: 30,
      },
    });
  });

  it.each([
    ['/live/', '/live'],
    ['live', '/live'],
    ['/out/v1/abc', '/out/v1/abc'],
    ['/', undefined],
  ])('normalises origin path %j to %j', (given, expected) => {
    expect(originBlock(new HttpOrigin('o.example.com', { originPath: given })).origin_path).toBe(expected);
  });

  it.each([
    ['https://origin.example.com', {}, /'domainName' must be a host name, not a URL.*Drop the scheme/],
    ['origin.example.com/live', {}, /'domainName' must be a host name, not a URL/],
    ['origin.example.com:5080', {}, /'domainName' must not contain a port/],
    ['bad_host!', {}, /'domainName' is not a valid host name/],
    ['o.example.com', { httpPort: 1023 }, /'httpPort' is a port CloudFront cannot connect to, got: 1023/],
    [
      'o.example.com',
      { httpsPort: 444 },
      /'httpsPort' is a port CloudFront cannot connect to, got: 444\. Use 80, 443 or a port from 1024 to 65535/,
    ],
    ['o.example.com', { connectionAttempts: 4 }, /'connectionAttempts' must be a whole number from 1 to 3, got: 4/],
    ['o.example.com', { connectionTimeoutSeconds: 11 }, /'connectionTimeoutSeconds' must be a whole number from 1 to 10, got: 11/],
    ['o.example.com', { readTimeoutSeconds: 61 }, /'readTimeoutSeconds' must be a whole number from 1 to 60/],
    ['o.example.com', { keepaliveTimeoutSeconds: 0 }, /'keepaliveTimeoutSeconds' must be a whole number from 1 to 60/],
    [
      'o.example.com',
      { originShieldRegion: 'eu-north-1' },
      /'originShieldRegion' is not a region where CloudFront offers Origin Shield, got: "eu-north-1"/,
    ],
    ['o.example.com', { originPath: '/live?x=1' }, /'originPath' must be a plain path/],
    ['o.example.com', { originPath: '/a//b' }, /'originPath' must be a plain path/],
    [
      'o.example.com',
      { customHeaders: { Host: 'x' } },
      /'customHeaders' contains an entry that is a header CloudFront cannot add to origin requests, got: "Host"/,
    ],
    ['o.example.com', { customHeaders: { 'X-Amz-Date': 'x' } }, /cannot add to origin requests, got: "X-Amz-Date"/],
    ['o.example.com', { customHeaders: { 'x-edge-foo': 'x' } }, /cannot add to origin requests/],
    ['o.example.com', { customHeaders: { 'Bad Header': 'x' } }, /not a valid HTTP token/],
    ['o.example.com', { originId: 'has space' }, /'originId' must be 1-128 letters/],
  ])('rejects %j with %j', (domain, props, message) => {
    expect(() => new HttpOrigin(domain, props)).toThrow(message);
  });

  it('accepts ports 80, 443, 1024 and 65535', () => {
    for (const port of [80, 443, 1024, 65535]) expect(() => new HttpOrigin('o.example.com', { httpPort: port })).not.toThrow();
  });

  it('rejects more than 10 custom headers', () => {
    const headers = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`X-H${i}`, 'v']));
    expect(() => new HttpOrigin('o.example.com', { customHeaders: headers })).toThrow(
      /has 11 headers, more than CloudFront allows per origin \(10\)/,
    );
  });

  it('does not check tokens (domain from another resource, port from a variable)', () => {
    const stack = testStack();
    const host = new TerraformVariable(stack, 'host', { type: 'string' });
    const port = new TerraformVariable(stack, 'port', { type: 'number' });
    expect(() => new HttpOrigin(host.stringValue, { httpPort: port.numberValue, originPath: host.stringValue })).not.toThrow();
  });
});
