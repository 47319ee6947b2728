import { MediaStoreContainer } from '@cdktf/provider-aws/lib/media-store-container';
import { AnnotationMetadataEntryType, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { MEDIASTORE_END_OF_SUPPORT_WARNING, mediaStoreEndOfSupportWarning, MediaStoreOrigin, VideoDistribution } from '../../modules';
import { onlyResource, resources, synthJson, testStack } from '../support/synth';

const ENDPOINT = 'abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com';
const CONTAINER_ARN = 'arn:aws:mediastore:eu-west-1:111122223333:container/live';

function warningsOn(scope: Construct): string[] {
  return scope.node.metadata.filter((entry) => entry.type === AnnotationMetadataEntryType.WARN).map((entry) => String(entry.data));
}

/**
 * Parses a policy document whose strings hold Terraform interpolations: quotes inside `${...}` are
 * HCL (Terraform renders them before AWS sees the JSON), so escape them for JSON.parse.
 */
function parsePolicy(text: string): { Statement: Array<Record<string, any>> } {
  return JSON.parse(text.replace(/\$\{[^}]*\}/g, (interpolation) => interpolation.replace(/"/g, '\\"')));
}

function distribute(stack: TerraformStack, origin: MediaStoreOrigin, id = 'cdn'): VideoDistribution {
  return new VideoDistribution(stack, id, { defaultBehavior: { origin } });
}

describe('MediaStoreOrigin.fromContainer', () => {
  function setup(props = {}) {
    const stack = testStack();
    const container = new MediaStoreContainer(stack, 'container', { name: 'live' });
    const origin = MediaStoreOrigin.fromContainer(container, props);
    return { stack, container, origin };
  }

  it('reaches the data endpoint (scheme trimmed) over HTTPS only, signed by an OAC of type mediastore', () => {
    const { stack, origin } = setup({ originPath: 'live/' });
    distribute(stack, origin);
    const json = synthJson(stack);
    const block = onlyResource(json, 'aws_cloudfront_distribution').origin[0];
    expect(block.domain_name).toBe('${trimprefix(aws_media_store_container.container.endpoint, "https://")}');
    expect(block.origin_path).toBe('/live');
    expect(block.custom_origin_config).toMatchObject({ origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] });
    expect(block.origin_access_control_id).toMatch(/^\$\{aws_cloudfront_origin_access_control\..+\.id\}$/);
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control')).toMatchObject({
      origin_access_control_origin_type: 'mediastore',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
  });

  it('container policy: CloudFront may only GetObject, only for this distribution and only over TLS; the owner keeps access', () => {
    const { stack, origin } = setup();
    distribute(stack, origin);
    const policyResource = onlyResource(synthJson(stack), 'aws_media_store_container_policy');
    expect(policyResource.container_name).toBe('${aws_media_store_container.container.name}');
    const [owner, cloudFront] = parsePolicy(policyResource.policy).Statement;
    expect(cloudFront).toEqual({
      Sid: 'AllowCloudFrontServicePrincipalReadOnly',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 'mediastore:GetObject',
      Resource: '${aws_media_store_container.container.arn}/*',
      Condition: {
        StringEquals: { 'AWS:SourceArn': [expect.stringMatching(/^\$\{aws_cloudfront_distribution\.cdn_[0-9A-F]+\.arn\}$/)] },
        Bool: { 'aws:SecureTransport': 'true' },
      },
    });
    // The account id comes from the container's own ARN: no aws_caller_identity data source.
    expect(owner).toEqual({
      Sid: 'MediaStoreFullAccess',
      Effect: 'Allow',
      Principal: {
        AWS: 'arn:${element(split(":", aws_media_store_container.container.arn), 1)}:iam::${element(split(":", aws_media_store_container.container.arn), 4)}:root',
      },
      Action: 'mediastore:*',
      Resource: '${aws_media_store_container.container.arn}/*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    expect(synthJson(stack).data).toBeUndefined();
  });

  it('one container behind two distributions: one policy naming both ARNs', () => {
    const { stack, origin } = setup();
    distribute(stack, origin, 'a');
    distribute(stack, origin, 'b');
    const json = synthJson(stack);
    const arns = parsePolicy(onlyResource(json, 'aws_media_store_container_policy').policy).Statement[1].Condition.StringEquals[
      'AWS:SourceArn'
    ];
    expect(arns).toHaveLength(2);
  });

  it('createContainerPolicy: false leaves the policy to the user, who gets the JSON', () => {
    const { stack, origin } = setup({ createContainerPolicy: false });
    distribute(stack, origin);
    expect(resources(synthJson(stack), 'aws_media_store_container_policy')).toHaveLength(0);
    expect(origin.containerPolicyJson).toEqual(expect.any(String));
    expect(origin.signsRequests).toBe(true);
  });

  it('warns at synth that AWS ended MediaStore support on 2025-11-13 and names the migration', () => {
    const { stack, origin } = setup();
    const cdn = distribute(stack, origin);
    expect(warningsOn(cdn)).toEqual([MEDIASTORE_END_OF_SUPPORT_WARNING]);
    expect(MEDIASTORE_END_OF_SUPPORT_WARNING).toMatch(/ended support .*MediaStore on 2025-11-13/);
    expect(MEDIASTORE_END_OF_SUPPORT_WARNING).toMatch(/S3 bucket behind Origin Access Control.*s3-migration/);
  });

  it('on hashicorp/aws 6 (the cdktn flavor) the warning adds that the Terraform resources are deprecated; 5.100 does not deprecate them', () => {
    expect(mediaStoreEndOfSupportWarning(6)).toBe(
      `${mediaStoreEndOfSupportWarning(5)} hashicorp/aws 6 also deprecates aws_media_store_container and aws_media_store_container_policy: a later major version removes them.`,
    );
    expect(MEDIASTORE_END_OF_SUPPORT_WARNING).toBe(mediaStoreEndOfSupportWarning(5));
  });
});

describe('MediaStoreOrigin.fromEndpoint', () => {
  it('minimal: the host as given, HTTPS only, unsigned, and a second warning saying so', () => {
    const stack = testStack();
    const origin = MediaStoreOrigin.fromEndpoint(ENDPOINT);
    const cdn = distribute(stack, origin);
    const json = synthJson(stack);
    const block = onlyResource(json, 'aws_cloudfront_distribution').origin[0];
    expect(block).toMatchObject({ domain_name: ENDPOINT, custom_origin_config: { origin_protocol_policy: 'https-only' } });
    expect(block.origin_access_control_id).toBeUndefined();
    expect(resources(json, 'aws_cloudfront_origin_access_control')).toHaveLength(0);
    expect(origin.containerPolicyJson).toBeUndefined();
    expect(warningsOn(cdn)).toEqual([
      MEDIASTORE_END_OF_SUPPORT_WARNING,
      expect.stringMatching(/without Origin Access Control.*Set containerArn/),
    ]);
  });

  it('with containerArn: signed, and the policy document uses the literal ARN and account; no policy resource by default', () => {
    const stack = testStack();
    const origin = MediaStoreOrigin.fromEndpoint(ENDPOINT, {
      containerArn: CONTAINER_ARN,
      customHeaders: { 'X-Origin-Verify': 'secret' },
    });
    distribute(stack, origin);
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_cloudfront_origin_access_control').origin_access_control_origin_type).toBe('mediastore');
    expect(onlyResource(json, 'aws_cloudfront_distribution').origin[0].custom_header).toEqual([
      { name: 'X-Origin-Verify', value: 'secret' },
    ]);
    expect(resources(json, 'aws_media_store_container_policy')).toHaveLength(0);
    expect(origin.containerPolicyJson).toEqual(expect.any(String));
  });

  it('manageContainerPolicy: replaces the policy of the named container', () => {
    const stack = testStack();
    distribute(stack, MediaStoreOrigin.fromEndpoint(ENDPOINT, { containerArn: CONTAINER_ARN, manageContainerPolicy: true }));
    const policyResource = onlyResource(synthJson(stack), 'aws_media_store_container_policy');
    expect(policyResource.container_name).toBe('live');
    const [owner, cloudFront] = parsePolicy(policyResource.policy).Statement;
    expect(owner.Principal).toEqual({ AWS: 'arn:aws:iam::111122223333:root' });
    expect(cloudFront.Resource).toBe(`${CONTAINER_ARN}/*`);
    expect(cloudFront.Action).toBe('mediastore:GetObject');
  });

  it.each([
    [`https://${ENDPOINT}`, {}, /'endpoint' must be the data endpoint host, not a URL.*Drop https:\/\//],
    [`${ENDPOINT}/live`, {}, /'endpoint' must be the data endpoint host, not a URL/],
    [
      'abcdefghijklmn.mediastore.eu-west-1.amazonaws.com',
      {},
      /'endpoint' is not a MediaStore data endpoint, got: "abcdefghijklmn\.mediastore/,
    ],
    ['origin.example.com', {}, /'endpoint' is not a MediaStore data endpoint/],
    [ENDPOINT, { manageContainerPolicy: true }, /'manageContainerPolicy' needs containerArn/],
    [ENDPOINT, { containerArn: 'arn:aws:s3:::bucket' }, /'containerArn' is not a MediaStore container ARN/],
    [
      ENDPOINT,
      { containerArn: 'arn:aws:mediastore:us-east-1:111122223333:container/live' },
      /'containerArn' is in us-east-1 but the endpoint is in eu-west-1/,
    ],
    [ENDPOINT, { customHeaders: { Host: 'x' } }, /'customHeaders' contains an entry that is a header CloudFront cannot add/],
    [ENDPOINT, { readTimeoutSeconds: 61 }, /'readTimeoutSeconds' must be a whole number from 1 to 60/],
  ])('rejects %j with %j', (endpoint, props, message) => {
    expect(() => MediaStoreOrigin.fromEndpoint(endpoint, props)).toThrow(message);
  });

  it('tokens skip the checks: endpoint and ARN from variables', () => {
    const stack = testStack();
    const endpoint = new TerraformVariable(stack, 'endpoint', { type: 'string' });
    const arn = new TerraformVariable(stack, 'arn', { type: 'string' });
    const origin = MediaStoreOrigin.fromEndpoint(endpoint.stringValue, { containerArn: arn.stringValue, manageContainerPolicy: true });
    distribute(stack, origin);
    const policyResource = onlyResource(synthJson(stack), 'aws_media_store_container_policy');
    expect(policyResource.container_name).toBe('${element(split("/", var.arn), 1)}');
  });
});
