/** The `viewerAccess` block of every section: its errors name the key, never repeat a private key. */
import { parseConfig } from '../../config/load';
import { RSA_PAIR } from '../support/viewer-access-fixtures';

const HOST = 'production.westeurope.streaming.mediakind.com';
const parseAccess = (viewerAccess: unknown) => () =>
  parseConfig({ awsRegion: 'eu-west-1', mkio: { streamingEndpointHostName: HOST, viewerAccess } });

describe('viewerAccess configuration', () => {
  it('accepts each type', () => {
    expect(parseAccess({ type: 'jwt' })).not.toThrow();
    expect(parseAccess({ type: 'signed-urls', keyGroupIds: ['5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2f'] })).not.toThrow();
    expect(parseAccess({ type: 'signed-cookies', publicKeys: [{ name: 'p', publicKeyPem: RSA_PAIR.publicKeyPem }] })).not.toThrow();
  });

  it.each([
    [
      { type: 'signed-cookies' },
      /'mkio\.viewerAccess\.publicKeys' is missing or empty, and so is keyGroupIds: no signature could ever be valid/,
    ],
    [
      {
        type: 'signed-urls',
        publicKeys: [{ name: 'p', publicKeyPem: RSA_PAIR.publicKeyPem }],
        keyGroupIds: ['k1-aaaaaaaa', 'k2-aaaaaaaa', 'k3-aaaaaaaa', 'k4-aaaaaaaa'],
      },
      /'mkio\.viewerAccess\.keyGroupIds' would make 5 key groups on every behavior, more than CloudFront allows \(4\)/,
    ],
    [
      { type: 'signed-cookies', keyGroupIds: ['no spaces here'] },
      /'mkio\.viewerAccess\.keyGroupIds\[0\]' is not a CloudFront key group id/,
    ],
    [
      { type: 'signed-cookies', publicKeys: [{ name: 'p', publicKeyPem: 'not a key' }] },
      /'mkio\.viewerAccess\.publicKeys\[0\]\.publicKeyPem' is not a PEM public key/,
    ],
    [{ type: 'jwt', queryString: 'to ken' }, /'mkio\.viewerAccess\.queryString' must be a query string name/],
    [{ type: 'jwt', publicPaths: ['*'] }, /'mkio\.viewerAccess\.publicPaths' contains "\*", which matches every request/],
    [{ type: 'jwt', secret: 'x' }, /'mkio\.viewerAccess' has unknown key\(s\) "secret"/],
    [{ type: 'tokens' }, /'mkio\.viewerAccess\.type'/],
  ])('%j is refused, naming the key', (access, message) => {
    expect(parseAccess(access)).toThrow(message);
  });

  it('refuses a private key without repeating it, even pasted without its PEM header', () => {
    const body = RSA_PAIR.privateKeyPem.split('\n').slice(1, -2).join('');
    for (const publicKeyPem of [RSA_PAIR.privateKeyPem, body]) {
      let message = '';
      try {
        parseAccess({ type: 'signed-cookies', publicKeys: [{ name: 'p', publicKeyPem }] })();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(
        /'mkio\.viewerAccess\.publicKeys\[0\]\.publicKeyPem' is a PRIVATE key \(not shown here\).*got: a value holding a private key \(not shown\)/,
      );
      expect(message).not.toContain(body.slice(40, 80));
    }
  });
});
