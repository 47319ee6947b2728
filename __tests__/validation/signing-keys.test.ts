import { generateKeyPairSync } from 'crypto';
import {
  jwtKeyIdProblem,
  keyGroupSizeProblem,
  namedPublicKeysProblem,
  normalizePublicKeyPem,
  publicKeyPemProblem,
  VideoCdnValidationError,
} from '../../modules';
import { EC_PAIR, RSA_PAIR } from '../support/viewer-access-fixtures';
import { ruleCases } from './rule-cases';

const pem = (pair: { publicKey: { export(options: object): string | Buffer } }) =>
  pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('publicKeyPemProblem', () => {
  ruleCases(
    publicKeyPemProblem,
    [RSA_PAIR.publicKeyPem, EC_PAIR.publicKeyPem, RSA_PAIR.publicKeyPem.trim().replace(/\n/g, '\r\n')],
    [
      [RSA_PAIR.privateKeyPem, /is a PRIVATE key \(not shown here\)/],
      [EC_PAIR.privateKeyPem, /is a PRIVATE key/],
      [EC_PAIR.privateKeyPem.split('\n').slice(1, -2).join('\n'), /is a PRIVATE key/],
      [JSON.stringify(EC_PAIR.privateKey.export({ format: 'jwk' })), /is a PRIVATE key/],
      [
        pem(generateKeyPairSync('rsa', { modulusLength: 1024 })),
        /is a rsa 1024 key; CloudFront verifies RSA 2048 or ECDSA P-256 keys only/,
      ],
      [pem(generateKeyPairSync('ec', { namedCurve: 'secp384r1' })), /is an EC key on secp384r1/],
      [pem(generateKeyPairSync('ed25519')), /is a ed25519 key/],
      // A PEM cut short: the header, one line of the key, the footer.
      [
        RSA_PAIR.publicKeyPem
          .split('\n')
          .filter((_line, index, lines) => index < 2 || index >= lines.length - 2)
          .join('\n'),
        /is not a PEM public key/,
      ],
      ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ', /is not a PEM public key/],
      [
        generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        /is a PKCS#1 RSA public key/,
      ],
    ],
  );

  it('never repeats a private key in an error message, wherever it was given', () => {
    const message = VideoCdnValidationError.messageFor('name', 'is wrong', { publicKeyPem: RSA_PAIR.privateKeyPem });
    expect(message).toBe("'name' is wrong, got: a value holding a private key (not shown).");
    const body = RSA_PAIR.privateKeyPem.split('\n')[1];
    expect(message).not.toContain(body);
  });

  it('normalizes line ends and keeps exactly one final newline (no replacement on the next plan)', () => {
    const pasted = `\r\n${RSA_PAIR.publicKeyPem.trim().replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(normalizePublicKeyPem(pasted)).toBe(RSA_PAIR.publicKeyPem);
    expect(RSA_PAIR.publicKeyPem.endsWith('-----\n')).toBe(true);
  });
});

describe('keyGroupSizeProblem', () =>
  ruleCases(
    keyGroupSizeProblem,
    [[1], [1, 2, 3, 4, 5]],
    [
      [[], /is an empty list/],
      [[1, 2, 3, 4, 5, 6], /has 6 keys, more than CloudFront allows in one key group \(5\)/],
    ],
  ));

describe('namedPublicKeysProblem', () =>
  ruleCases(namedPublicKeysProblem, [[{ name: 'a' }, { name: 'b' }]], [[[{ name: 'a' }, { name: 'a' }], /lists "a" twice/]]));

describe('jwtKeyIdProblem', () =>
  ruleCases(
    jwtKeyIdProblem,
    ['default', '2026-12', 'k.1_a'],
    [
      ['', /1-128 letters/],
      ['../x', /1-128 letters/],
      ['a b', /1-128 letters/],
    ],
  ));
