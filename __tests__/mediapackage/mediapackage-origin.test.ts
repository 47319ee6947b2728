import { TerraformOutput, TerraformVariable } from 'cdktf';
import { MediaPackageEndpointUrl, MediaPackageOrigin, MediaPackageVersion, VideoDistribution } from '../../modules';
import { onlyResource, outputs, resources, synthJson, testStack } from '../support/synth';

const V1_HLS = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b/index.m3u8';
const V1_SMOOTH =
  'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1/9c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f/index.ism/Manifest';
const V2_HLS = 'https://abcde.egress.vwxyz.mediapackagev2.us-west-2.amazonaws.com/out/v1/live-group/channel-1/hls-endpoint/index.m3u8';

describe('MediaPackageEndpointUrl', () => {
  it('splits a v1 URL into host (origin domain), endpoint path (origin path) and manifest', () => {
    const url = MediaPackageEndpointUrl.parse(V1_HLS);
    expect(url).toMatchObject({
      version: MediaPackageVersion.V1,
      domainName: 'c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com',
      region: 'eu-west-1',
      endpointPath: '/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b',
      manifest: 'index.m3u8',
      manifestType: 'm3u8',
      partition: 'aws',
    });
  });

  it('keeps a Smooth presentation folder in the manifest, with or without /Manifest', () => {
    expect(MediaPackageEndpointUrl.parse(V1_SMOOTH)).toMatchObject({
      endpointPath: '/out/v1/9c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f',
      manifest: 'index.ism/Manifest',
      manifestType: 'ism',
    });
    expect(MediaPackageEndpointUrl.parse(V1_SMOOTH.replace('/Manifest', '')).manifest).toBe('index.ism/Manifest');
  });

  it('reads the channel group, channel and endpoint of a v2 egress URL and builds its ARN', () => {
    const url = MediaPackageEndpointUrl.parse(V2_HLS);
    expect(url).toMatchObject({
      version: MediaPackageVersion.V2,
      domainName: 'abcde.egress.vwxyz.mediapackagev2.us-west-2.amazonaws.com',
      region: 'us-west-2',
      endpointPath: '/out/v1/live-group/channel-1/hls-endpoint',
      v2Names: { channelGroup: 'live-group', channel: 'channel-1', originEndpoint: 'hls-endpoint' },
    });
    expect(url.originEndpointArn('123456789012')).toBe(
      'arn:aws:mediapackagev2:us-west-2:123456789012:channelGroup/live-group/channel/channel-1/originEndpoint/hls-endpoint',
    );
  });

  it.each([
    ['not a URL', 'mediapackage endpoint', /'url' is not a URL/],
    ['http', V1_HLS.replace('https:', 'http:'), /'url' must start with https:\/\//],
    ['a port', V1_HLS.replace('.com/', '.com:8443/'), /must not contain credentials, a port/],
    ['a query string', `${V1_HLS}?m=1`, /must not contain .* a query string/],
    ['another host', 'https://origin.example.com/out/v1/abc/index.m3u8', /does not have the host of a MediaPackage origin endpoint/],
    [
      'the ingest host of v2',
      'https://abcde-1.ingest.vwxyz.mediapackagev2.us-west-2.amazonaws.com/in/v1/g/1/c/index',
      /does not have the host/,
    ],
    ['no manifest', V1_HLS.replace('/index.m3u8', '/'), /does not end in a manifest/],
    [
      'a v1 path outside /out/v1/<hash>',
      V1_HLS.replace('/out/v1/', '/out/v2/'),
      /MediaPackage v1 endpoints live under \/out\/v1\/<hash>\//,
    ],
    [
      'a v2 path without the endpoint',
      V2_HLS.replace('/hls-endpoint', ''),
      /MediaPackage v2 endpoints live under \/out\/v1\/<group>\/<channel>\/<endpoint>\//,
    ],
  ])('rejects %s with the fix', (_case, url, message) => {
    expect(() => MediaPackageEndpointUrl.parse(url)).toThrow(message);
  });

  it('names the version mismatch when a version is expected', () => {
    expect(MediaPackageEndpointUrl.problemWith(V2_HLS, MediaPackageVersion.V1)?.problem).toMatch(
      /v2 egress URL, but MediaPackage v1 is configured/,
    );
    expect(MediaPackageEndpointUrl.problemWith(V1_HLS, MediaPackageVersion.V2)?.problem).toMatch(
      /v1 endpoint URL, but MediaPackage v2 is configured/,
    );
    expect(MediaPackageEndpointUrl.problemWith(V1_HLS, MediaPackageVersion.V1)).toBeUndefined();
  });

  it('refuses a token: the origin and patterns are derived from the URL at synth time', () => {
    const stack = testStack();
    const variable = new TerraformVariable(stack, 'url', { type: 'string' });
    expect(() => MediaPackageEndpointUrl.parse(variable.stringValue, 'endpoints[0].url')).toThrow(
      /'endpoints\[0\]\.url' must be known at synth time/,
    );
  });
});

describe('MediaPackageOrigin.fromEndpointUrl (v1)', () => {
  it('is an HTTPS-only custom origin on the endpoint host with the endpoint path as origin path', () => {
    const stack = testStack();
    const origin = MediaPackageOrigin.fromEndpointUrl(V1_HLS);
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    const json = synthJson(stack);
    const block = onlyResource(json, 'aws_cloudfront_distribution').origin[0];
    expect(block).toMatchObject({
      domain_name: 'c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com',
      origin_path: '/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b',
      custom_origin_config: { origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] },
    });
    expect(block.origin_access_control_id).toBeUndefined();
    expect(resources(json, 'aws_cloudfront_origin_access_control')).toHaveLength(0);
    expect(origin.manifestPath).toBe('/index.m3u8');
    expect(origin.endpointPolicyJson).toBeUndefined();
  });

  it('originPathFromEndpoint: false leaves the path to the viewer request', () => {
    const stack = testStack();
    const origin = MediaPackageOrigin.fromEndpointUrl(V1_HLS, { originPathFromEndpoint: false });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_distribution').origin[0].origin_path).toBeUndefined();
    expect(origin.manifestPath).toBe('/out/v1/6f1e5c9a2b3d4e5f8a9b0c1d2e3f4a5b/index.m3u8');
  });

  it('CDN authorization: X-MediaPackage-CDNIdentifier with the given value (a token stays a token)', () => {
    const stack = testStack();
    const secret = new TerraformVariable(stack, 'cdn_identifier', { type: 'string', sensitive: true });
    const origin = MediaPackageOrigin.fromEndpointUrl(V1_HLS, { cdnIdentifier: secret.stringValue, originShieldRegion: 'eu-west-1' });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    const block = onlyResource(synthJson(stack), 'aws_cloudfront_distribution').origin[0];
    expect(block.custom_header).toEqual([{ name: 'X-MediaPackage-CDNIdentifier', value: '${var.cdn_identifier}' }]);
    expect(block.origin_shield).toEqual({ enabled: true, origin_shield_region: 'eu-west-1' });
  });

  it.each([
    ['a v2 URL', () => MediaPackageOrigin.fromEndpointUrl(V2_HLS), /'url' is a MediaPackage v2 egress URL.*withOriginAccessControl/],
    [
      'a short CDN identifier',
      () => MediaPackageOrigin.fromEndpointUrl(V1_HLS, { cdnIdentifier: 'short' }),
      /'cdnIdentifier' must be 8-128 characters .* got: "\(hidden\)"/,
    ],
    [
      'the CDN header twice',
      () =>
        MediaPackageOrigin.fromEndpointUrl(V1_HLS, {
          cdnIdentifier: '9ceebbe7-9607-4552-8764-876e47032660',
          customHeaders: { 'x-mediapackage-cdnidentifier': 'x' },
        }),
      /'customHeaders' sets X-MediaPackage-CDNIdentifier, which cdnIdentifier already sets/,
    ],
    [
      'a bad Origin Shield region',
      () => MediaPackageOrigin.fromEndpointUrl(V1_HLS, { originShieldRegion: 'eu-north-1' }),
      /'originShieldRegion' is not a region where CloudFront offers Origin Shield/,
    ],
  ])('rejects %s', (_case, build, message) => {
    expect(build).toThrow(message);
  });
});

describe('MediaPackageOrigin.withOriginAccessControl (v2)', () => {
  it('signs with an OAC of type mediapackagev2 and stays HTTPS only', () => {
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: MediaPackageOrigin.withOriginAccessControl(V2_HLS) } });
    const json = synthJson(stack);
    const oac = onlyResource(json, 'aws_cloudfront_origin_access_control');
    expect(oac).toMatchObject({
      origin_access_control_origin_type: 'mediapackagev2',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
    const block = onlyResource(json, 'aws_cloudfront_distribution').origin[0];
    expect(block).toMatchObject({
      domain_name: 'abcde.egress.vwxyz.mediapackagev2.us-west-2.amazonaws.com',
      origin_path: '/out/v1/live-group/channel-1/hls-endpoint',
      custom_origin_config: { origin_protocol_policy: 'https-only' },
    });
    expect(block.origin_access_control_id).toMatch(/^\$\{aws_cloudfront_origin_access_control\..+\.id\}$/);
  });

  it('endpoint policy: CloudFront service principal, GetObject and GetHeadObject, only for this distribution', () => {
    const stack = testStack();
    const origin = MediaPackageOrigin.withOriginAccessControl(V2_HLS);
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    new TerraformOutput(stack, 'policy', { value: origin.endpointPolicyJson });
    const resolved = outputs(synthJson(stack)).policy as string;
    // The account comes from the distribution ARN at apply time.
    expect(resolved).toMatch(/:\$\{element\(split\(":", aws_cloudfront_distribution\.cdn_[0-9A-F]+\.arn\), 4\)\}:channelGroup\//);
    const policy = JSON.parse(resolved.replace(/\$\{element\(split\(":", [^)]+\), 4\)\}/, '<account>'));
    expect(policy.Statement).toEqual([
      {
        Sid: 'AllowCloudFrontServicePrincipalReadOnly',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: ['mediapackagev2:GetObject', 'mediapackagev2:GetHeadObject'],
        Resource: 'arn:aws:mediapackagev2:us-west-2:<account>:channelGroup/live-group/channel/channel-1/originEndpoint/hls-endpoint',
        Condition: {
          StringEquals: { 'AWS:SourceArn': [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.cdn_[0-9A-F]+\.arn\}$/)] },
        },
      },
    ]);
  });

  it('endpointAccountId names the account owning the endpoint', () => {
    const stack = testStack();
    const origin = MediaPackageOrigin.withOriginAccessControl(V2_HLS, { endpointAccountId: '210987654321' });
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    new TerraformOutput(stack, 'policy', { value: origin.endpointPolicyJson });
    const policy = JSON.parse(outputs(synthJson(stack)).policy as string);
    expect(policy.Statement[0].Resource).toBe(
      'arn:aws:mediapackagev2:us-west-2:210987654321:channelGroup/live-group/channel/channel-1/originEndpoint/hls-endpoint',
    );
  });

  it('CDN authorization on v2 uses X-MediaPackageV2-CDNIdentifier', () => {
    const origin = MediaPackageOrigin.withOriginAccessControl(V2_HLS, { cdnIdentifier: '9ceebbe7-9607-4552-8764-876e47032660' });
    expect(origin.cdnIdentifierHeader).toBe('X-MediaPackageV2-CDNIdentifier');
    const stack = testStack();
    new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin } });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_distribution').origin[0].custom_header[0].name).toBe(
      'X-MediaPackageV2-CDNIdentifier',
    );
  });

  it.each([
    ['a v1 URL', () => MediaPackageOrigin.withOriginAccessControl(V1_HLS), /'url' is a MediaPackage v1 endpoint URL.*fromEndpointUrl/],
    [
      'a malformed account id',
      () => MediaPackageOrigin.withOriginAccessControl(V2_HLS, { endpointAccountId: '1234' }),
      /'endpointAccountId' must be a 12-digit AWS account id/,
    ],
  ])('rejects %s', (_case, build, message) => {
    expect(build).toThrow(message);
  });
});
