import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { ClientAccessPolicy, clientAccessPolicyXml } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('ClientAccessPolicy (Smooth Streaming)', () => {
  it('writes the CloudFront guide policy to clientaccesspolicy.xml at the bucket root, as text/xml', () => {
    const stack = testStack();
    const bucket = new S3Bucket(stack, 'out');
    new ClientAccessPolicy(stack, 'policy', { bucket });
    const object = onlyResource(synthJson(stack), 'aws_s3_object');
    expect(object).toMatchObject({ bucket: '${aws_s3_bucket.out.bucket}', key: 'clientaccesspolicy.xml', content_type: 'text/xml' });
    // The seed's example policy, whitespace aside.
    expect(object.content.replace(/>\s+</g, '><').trim()).toBe(
      '<?xml version="1.0" encoding="utf-8"?><access-policy><cross-domain-access><policy><allow-from http-request-headers="*"><domain uri="*"/></allow-from><grant-to><resource path="/" include-subpaths="true"/></grant-to></policy></cross-domain-access></access-policy>',
    );
  });

  it('lists each allowed domain, XML-escaped', () => {
    expect(clientAccessPolicyXml(['https://a.example.com', 'http://b.example.com'])).toContain(
      '<domain uri="https://a.example.com"/>\n        <domain uri="http://b.example.com"/>',
    );
    expect(clientAccessPolicyXml(['https://a.example.com/?x="1"&y'])).toContain('uri="https://a.example.com/?x=&quot;1&quot;&amp;y"');
  });

  it.each([
    [[], /'allowFromDomains' is empty/],
    [['player.example.com'], /'allowFromDomains' contains an entry that is not an origin, got: "player.example.com"/],
    [['https://a.example.com/"><x'], /'allowFromDomains' contains an entry that is not an origin/],
  ])('rejects %j', (allowFromDomains, message) => {
    const stack = testStack();
    expect(() => new ClientAccessPolicy(stack, 'p', { bucket: new S3Bucket(stack, 'b'), allowFromDomains })).toThrow(message);
  });
});
