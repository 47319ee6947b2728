import { TerraformVariable } from 'cdktf';
import { KeyGroup, PublicKey } from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';
import { EC_PAIR, RSA_PAIR } from '../support/viewer-access-fixtures';

describe('PublicKey and KeyGroup', () => {
  it('minimal: the normalized PEM under a generated name; the group lists the keys by id', () => {
    const stack = testStack();
    const key = new PublicKey(stack, 'player', { publicKeyPem: RSA_PAIR.publicKeyPem.trim() });
    new KeyGroup(stack, 'group', { publicKeys: [key] });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_cloudfront_public_key')).toEqual({
      name: expect.stringMatching(/^test-player-[0-9a-f]{8}$/),
      encoded_key: RSA_PAIR.publicKeyPem,
    });
    expect(onlyResource(json, 'aws_cloudfront_key_group')).toEqual({
      name: expect.stringMatching(/^test-group-[0-9a-f]{8}$/),
      items: [expect.stringMatching(/^\$\{aws_cloudfront_public_key\.player_[0-9A-F]+\.id\}$/)],
    });
  });

  it('maximal: names and comments, an EC key, a key made elsewhere', () => {
    const stack = testStack();
    const key = new PublicKey(stack, 'player', { publicKeyPem: EC_PAIR.publicKeyPem, publicKeyName: 'player-2026', comment: 'web player' });
    new KeyGroup(stack, 'group', {
      publicKeys: [key, PublicKey.fromPublicKeyId('K2JCJMDEHXQW5F')],
      keyGroupName: 'players',
      comment: 'rotation',
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_cloudfront_public_key')).toMatchObject({ name: 'player-2026', comment: 'web player' });
    expect(onlyResource(json, 'aws_cloudfront_key_group').items).toEqual([expect.stringMatching(/^\$\{/), 'K2JCJMDEHXQW5F']);
  });

  it('refuses a private key without repeating it', () => {
    let message = '';
    try {
      new PublicKey(testStack(), 'player', { publicKeyPem: RSA_PAIR.privateKeyPem });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^'publicKeyPem' is a PRIVATE key \(not shown here\).*got: a value holding a private key \(not shown\)\. Give the public half/,
    );
    expect(message).not.toContain(RSA_PAIR.privateKeyPem.split('\n')[2]);
  });

  it('refuses a malformed PEM, too many keys and an empty group', () => {
    expect(() => new PublicKey(testStack(), 'k', { publicKeyPem: 'not a key' })).toThrow(/^'publicKeyPem' is not a PEM public key/);
    const keys = Array.from({ length: 6 }, (_, index) => PublicKey.fromPublicKeyId(`K${index}`));
    expect(() => new KeyGroup(testStack(), 'g', { publicKeys: keys })).toThrow(
      /^'publicKeys' has 6 keys, more than CloudFront allows in one key group \(5\)/,
    );
    expect(() => new KeyGroup(testStack(), 'g', { publicKeys: [] })).toThrow(/^'publicKeys' is an empty list/);
  });

  it('a PEM known only at apply (a token) does not throw and is passed as it is', () => {
    const stack = testStack();
    const pem = new TerraformVariable(stack, 'pem', { type: 'string' });
    new PublicKey(stack, 'k', { publicKeyPem: pem.stringValue });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_public_key').encoded_key).toBe('${var.pem}');
  });
});
