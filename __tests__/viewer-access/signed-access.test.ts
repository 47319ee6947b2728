/**
 * Signed cookies and URLs as an app server makes them (examples/sign-playback.ts, with
 * @aws-sdk/cloudfront-signer), verified with node:crypto against the public keys found in the
 * synthesized JSON: proof that the key group every behavior trusts holds the signers' keys.
 */
import { createPublicKey, verify } from 'crypto';
import { Testing } from 'cdktf';
import { presentationCookies, signedFileUrl } from '../../examples/sign-playback';
import { buildProtectedVodExample } from '../../examples/protect-playback';
import { ViewerAccess, VideoDistribution, HttpOrigin } from '../../modules';
import { onlyResource, resources, synthJson, testStack, TerraformJson } from '../support/synth';
import { EC_PAIR, RSA_PAIR, TestKeyPair } from '../support/viewer-access-fixtures';

/** CloudFront's URL-safe base64: `+ = /` written as `- _ ~`. */
const fromCloudFrontBase64 = (text: string) => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '=').replace(/~/g, '/'), 'base64');

function protectedStack(): TerraformJson {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin: new HttpOrigin('origin.example.com') },
    viewerAccess: ViewerAccess.signedCookies({
      publicKeys: [
        { name: 'rsa', publicKeyPem: RSA_PAIR.publicKeyPem },
        { name: 'ec', publicKeyPem: EC_PAIR.publicKeyPem },
      ],
    }),
  });
  return synthJson(stack);
}

/** The PEMs of the public keys in the key group the default behavior trusts, followed through the references. */
function trustedPublicKeys(json: TerraformJson): string[] {
  const distribution = onlyResource(json, 'aws_cloudfront_distribution');
  const [groupRef] = distribution.default_cache_behavior.trusted_key_groups as string[];
  const groupName = /^\$\{aws_cloudfront_key_group\.([\w-]+)\.id\}$/.exec(groupRef)![1];
  const group = json.resource!.aws_cloudfront_key_group[groupName] as { items: string[] };
  return group.items.map((item) => {
    const keyName = /^\$\{aws_cloudfront_public_key\.([\w-]+)\.id\}$/.exec(item)![1];
    return (json.resource!.aws_cloudfront_public_key[keyName] as { encoded_key: string }).encoded_key;
  });
}

const json = protectedStack();
const publicKeys = trustedPublicKeys(json);
const PAIRS: Array<[string, TestKeyPair, number]> = [
  ['RSA 2048', RSA_PAIR, 0],
  ['ECDSA P-256', EC_PAIR, 1],
];

describe.each(PAIRS)('%s signatures verify against the key group in the JSON', (_kind, pair, index) => {
  const publicKey = createPublicKey(publicKeys[index]);
  const signer = { keyPairId: 'K2JCJMDEHXQW5F', privateKeyPem: pair.privateKeyPem };

  it('signed cookies: the custom policy opens the presentation folder, signed with SHA-256', () => {
    const cookies = presentationCookies(signer, 'https://video.example.com/vod/show-1/index.m3u8');
    const policy = fromCloudFrontBase64(cookies['CloudFront-Policy']!);
    expect(JSON.parse(policy.toString()).Statement[0].Resource).toBe('https://video.example.com/vod/show-1/*');
    expect(cookies['CloudFront-Hash-Algorithm']).toBe('SHA256');
    expect(cookies['CloudFront-Key-Pair-Id']).toBe(signer.keyPairId);
    const signature = fromCloudFrontBase64(cookies['CloudFront-Signature']);
    expect(verify('sha256', policy, publicKey, signature)).toBe(true);
    // A widened policy no longer matches its signature.
    const widened = Buffer.from(policy.toString().replace('/vod/show-1/*', '/*'));
    expect(verify('sha256', widened, publicKey, signature)).toBe(false);
  });

  it('signed URL: the canned policy (URL and expiry) verifies', () => {
    const url = new URL(signedFileUrl(signer, 'https://video.example.com/downloads/show-1.mp4'));
    const expires = url.searchParams.get('Expires');
    const canned = `{"Statement":[{"Resource":"https://video.example.com/downloads/show-1.mp4","Condition":{"DateLessThan":{"AWS:EpochTime":${expires}}}}]}`;
    const signature = fromCloudFrontBase64(url.searchParams.get('Signature')!);
    expect(url.searchParams.get('Key-Pair-Id')).toBe(signer.keyPairId);
    expect(verify('sha256', Buffer.from(canned), publicKey, signature)).toBe(true);
    expect(verify('sha256', Buffer.from(canned.replace('show-1', 'show-2')), publicKey, signature)).toBe(false);
  });

  it('a signature by the other key does not verify', () => {
    const other = PAIRS[1 - index][1];
    const cookies = presentationCookies({ ...signer, privateKeyPem: other.privateKeyPem }, 'https://video.example.com/vod/a/index.m3u8');
    const policy = fromCloudFrontBase64(cookies['CloudFront-Policy']!);
    expect(verify('sha256', policy, publicKey, fromCloudFrontBase64(cookies['CloudFront-Signature']))).toBe(false);
  });
});

describe('the protected VOD example', () => {
  it('trusts its key on every behavior but the public clientaccesspolicy.xml', () => {
    const example = synthJson(buildProtectedVodExample(Testing.app(), RSA_PAIR.publicKeyPem));
    const distribution = onlyResource(example, 'aws_cloudfront_distribution');
    const [first, ...rest] = distribution.ordered_cache_behavior as Array<Record<string, any>>;
    expect(first.path_pattern).toBe('/clientaccesspolicy.xml');
    expect(first.trusted_key_groups).toBeUndefined();
    expect([...rest, distribution.default_cache_behavior].every((behavior) => behavior.trusted_key_groups?.length === 1)).toBe(true);
    expect(trustedPublicKeys(example)).toEqual([RSA_PAIR.publicKeyPem]);
    expect(resources(example, 'aws_cloudfront_response_headers_policy')[0].cors_config.access_control_allow_credentials).toBe(true);
  });
});
