import { MediaPackageCdnIdentifierSecret, MediaPackageOrigin, MediaPackageVersion, VideoDistribution } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

const V1_HLS = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1/aaaa1111/index.m3u8';

describe('MediaPackageCdnIdentifierSecret', () => {
  it('reads the value from the secret at plan time: the JSON holds an expression, never the value', () => {
    const stack = testStack();
    const secret = new MediaPackageCdnIdentifierSecret(stack, 'cdn-id', { secretId: 'MediaPackage/live-channel' });
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: MediaPackageOrigin.fromEndpointUrl(V1_HLS, { cdnIdentifier: secret.cdnIdentifier }) },
    });
    const json = synthJson(stack);
    const data = Object.entries(json.data!.aws_secretsmanager_secret_version);
    expect(data).toHaveLength(1);
    expect(data[0][1]).toEqual({ secret_id: 'MediaPackage/live-channel' });
    expect(onlyResource(json, 'aws_cloudfront_distribution').origin[0].custom_header).toEqual([
      {
        name: 'X-MediaPackage-CDNIdentifier',
        value: `\${jsondecode(data.aws_secretsmanager_secret_version.${data[0][0]}.secret_string).MediaPackageCDNIdentifier}`,
      },
    ]);
  });

  it('v2 reads the MediaPackageV2CDNIdentifier key into X-MediaPackageV2-CDNIdentifier; a custom key wins', () => {
    const stack = testStack();
    const v2 = new MediaPackageCdnIdentifierSecret(stack, 'v2', { secretId: 'a', version: MediaPackageVersion.V2 });
    const custom = new MediaPackageCdnIdentifierSecret(stack, 'custom', { secretId: 'b', secretKey: 'cdn' });
    const V2_HLS = 'https://abcde.egress.vwxyz.mediapackagev2.us-west-2.amazonaws.com/out/v1/g/c/e/index.m3u8';
    new VideoDistribution(stack, 'a', {
      defaultBehavior: { origin: MediaPackageOrigin.withOriginAccessControl(V2_HLS, { cdnIdentifier: v2.cdnIdentifier }) },
    });
    new VideoDistribution(stack, 'b', {
      defaultBehavior: { origin: MediaPackageOrigin.fromEndpointUrl(V1_HLS, { cdnIdentifier: custom.cdnIdentifier }) },
    });
    const headers = Object.values(synthJson(stack).resource!.aws_cloudfront_distribution).map(
      (distribution: any) => distribution.origin[0].custom_header[0],
    );
    expect(headers[0].name).toBe('X-MediaPackageV2-CDNIdentifier');
    expect(headers[0].value).toMatch(
      /^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\.v2_.+\.secret_string\)\.MediaPackageV2CDNIdentifier\}$/,
    );
    expect(headers[1].value).toMatch(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\.custom_.+\.secret_string\)\.cdn\}$/);
  });

  it.each([
    ['a malformed ARN', 'arn:aws:secretsmanager:eu-west-1:123:secret:x', /'secretId' is not a Secrets Manager secret ARN/],
    ['a name with spaces', 'my secret', /'secretId' is not a Secrets Manager secret name/],
  ])('rejects %s', (_case, secretId, message) => {
    expect(() => new MediaPackageCdnIdentifierSecret(testStack(), 'x', { secretId })).toThrow(message);
  });
});
