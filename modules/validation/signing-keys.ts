/**
 * The keys viewers' access is checked with: PEM public keys CloudFront verifies signed URLs and
 * cookies with, and the ids of the HMAC keys JWTs are signed with. A private key given by mistake
 * is refused without being echoed: it must reach neither an error message, the synthesized JSON
 * nor the Terraform state.
 */
import { createPublicKey, KeyObject } from 'crypto';
import { noDuplicates } from './lists';
import { allOf, ValueRule } from './value-rule';

/** CloudFront's quota of public keys in one key group. */
export const MAX_PUBLIC_KEYS_PER_KEY_GROUP = 5;

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const SPKI_PEM = /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/;

/** Whether a text holds a PEM private key (any kind: PKCS#8, RSA, EC, encrypted). */
export function containsPrivateKey(text: string): boolean {
  return PRIVATE_KEY.test(text);
}

/**
 * The PEM as CloudFront stores it: LF line ends and exactly one trailing newline. Without the
 * newline every later plan replaces the key (hashicorp/terraform-provider-aws#20081), and the new
 * key id breaks every signed URL already handed out.
 */
export function normalizePublicKeyPem(pem: string): string {
  return `${pem.replace(/\r\n?/g, '\n').trim()}\n`;
}

/** An RSA 2048 or ECDSA P-256 public key in PEM (SubjectPublicKeyInfo), never a private key. */
export const publicKeyPemProblem: ValueRule<string> = (pem) => {
  if (containsPrivateKey(pem)) {
    return {
      problem: 'is a PRIVATE key (not shown here); it must never be in configuration, synthesized JSON or Terraform state',
      fix: 'Give the public half (openssl pkey -in private.pem -pubout) and keep the private key with the service that signs; if it was committed anywhere, treat it as leaked and make a new pair.',
    };
  }
  const normalized = normalizePublicKeyPem(pem);
  if (normalized.startsWith('-----BEGIN RSA PUBLIC KEY-----')) {
    return {
      problem: 'is a PKCS#1 RSA public key, which CloudFront does not accept',
      fix: 'Convert it to a "BEGIN PUBLIC KEY" PEM: openssl rsa -RSAPublicKey_in -in key.pem -pubout.',
    };
  }
  let key: KeyObject | undefined;
  try {
    key = SPKI_PEM.test(normalized) ? createPublicKey(normalized) : undefined;
  } catch {
    key = undefined;
  }
  if (!key) {
    return {
      problem: 'is not a PEM public key (-----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY-----)',
      fix: 'Export the public key of the signing pair with openssl pkey -in private.pem -pubout and paste it whole, with its BEGIN and END lines.',
    };
  }
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' && details.modulusLength === 2048) return undefined;
  if (key.asymmetricKeyType === 'ec' && details.namedCurve === 'prime256v1') return undefined;
  const kind =
    key.asymmetricKeyType === 'ec' ? `an EC key on ${details.namedCurve}` : `a ${key.asymmetricKeyType} ${details.modulusLength ?? ''} key`;
  return {
    problem: `is ${kind.replace(/ +/g, ' ').trim()}; CloudFront verifies RSA 2048 or ECDSA P-256 keys only`,
    fix: 'Make a pair CloudFront accepts: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048, or openssl ecparam -name prime256v1 -genkey.',
  };
};

/** The public keys of one key group: 1 to 5 (CloudFront's quota), none twice. */
export const keyGroupSizeProblem: ValueRule<readonly unknown[]> = (keys) => {
  if (keys.length === 0) return { problem: 'is an empty list', fix: 'List at least one public key.' };
  if (keys.length > MAX_PUBLIC_KEYS_PER_KEY_GROUP) {
    return {
      problem: `has ${keys.length} keys, more than CloudFront allows in one key group (${MAX_PUBLIC_KEYS_PER_KEY_GROUP})`,
      fix: 'Remove keys no signer uses any more (rotation needs two at most), or split them into a second key group.',
    };
  }
  return undefined;
};

/** The public keys of one key group, by name: 1 to 5, each name once. */
export const namedPublicKeysProblem: ValueRule<ReadonlyArray<{ readonly name: string }>> = allOf<ReadonlyArray<{ readonly name: string }>>(
  keyGroupSizeProblem,
  (keys) => noDuplicates<string>('Give each key its own name (name the year or the signer: player-2026).')(keys.map((key) => key.name)),
);

/** What a JWT `kid` (and so a key value store key) may be: short, printable, no separators. */
export const JWT_KEY_ID_PATTERN = '^[A-Za-z0-9._-]{1,128}$';

/** The id of an HMAC key in the key value store, as JWTs name it in their `kid` header. */
export const jwtKeyIdProblem: ValueRule<string> = (keyId) =>
  new RegExp(JWT_KEY_ID_PATTERN).test(keyId)
    ? undefined
    : {
        problem: 'must be 1-128 letters, digits, dots, hyphens or underscores',
        fix: 'Use a short key id such as default or 2026-11 (it is the JWT kid and the key value store key).',
      };
