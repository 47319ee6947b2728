import { ResponseHeadersPolicy, VideoResponseHeadersPresets } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('ResponseHeadersPolicy', () => {
  it('minimal (CORS for players): any origin, GET/HEAD/OPTIONS, the headers MSE players read', () => {
    const stack = testStack();
    new ResponseHeadersPolicy(stack, 'cors', VideoResponseHeadersPresets.corsForPlayers());
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_response_headers_policy').cors_config).toEqual({
      access_control_allow_origins: { items: ['*'] },
      access_control_allow_methods: { items: ['GET', 'HEAD', 'OPTIONS'] },
      access_control_allow_headers: { items: ['*'] },
      access_control_expose_headers: { items: ['Content-Length', 'Content-Range', 'Date', 'ETag'] },
      access_control_allow_credentials: false,
      access_control_max_age_sec: 86400,
      origin_override: true,
    });
  });

  it('maximal: named origins with credentials, HSTS and custom headers', () => {
    const stack = testStack();
    new ResponseHeadersPolicy(stack, 'rhp', {
      responseHeadersPolicyName: 'players',
      cors: { allowOrigins: ['https://player.example.com'], allowCredentials: true, maxAgeSeconds: 600, originOverride: false },
      strictTransportSecurityMaxAgeSeconds: 31536000,
      customHeaders: { 'X-Served-By': 'video-cdn' },
    });
    const policy = onlyResource(synthJson(stack), 'aws_cloudfront_response_headers_policy');
    expect(policy).toMatchObject({
      name: 'players',
      cors_config: {
        access_control_allow_origins: { items: ['https://player.example.com'] },
        access_control_allow_credentials: true,
        access_control_max_age_sec: 600,
        origin_override: false,
      },
      security_headers_config: {
        strict_transport_security: { access_control_max_age_sec: 31536000, include_subdomains: true, override: true },
      },
      custom_headers_config: { items: [{ header: 'X-Served-By', value: 'video-cdn', override: true }] },
    });
  });

  it.each([
    [{}, /'cors' is missing and so are the other headers/],
    [{ cors: { allowOrigins: [] } }, /'cors.allowOrigins' is empty/],
    [
      { cors: { allowOrigins: ['https://player.example.com/'] } },
      /'cors.allowOrigins' contains an entry that is not an origin, got: "https:\/\/player.example.com\/"/,
    ],
    [{ cors: { allowOrigins: ['*'], allowCredentials: true } }, /'cors.allowCredentials' cannot be true when allowOrigins is '\*'/],
    [{ cors: { allowOrigins: ['*'], allowMethods: ['FETCH'] } }, /'cors.allowMethods' contains an unknown method, got: "FETCH"/],
  ])('rejects %j', (props, message) => {
    expect(() => new ResponseHeadersPolicy(testStack(), 'rhp', props)).toThrow(message);
  });
});
