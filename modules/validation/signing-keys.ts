/**
 * The keys viewers' access is checked with: PEM public keys CloudFront verifies signed URLs and
 * cookies with, and the ids of the HMAC keys JWTs are signed with. A private key given by mistake
 * is refused without being echoed: it must reach neither an error message, the synthesized JSON
 * nor the Terraform state.
 */
import { createPrivateKey, createPublicKey, KeyObject } from 'crypto';
import { noDuplicates } from './lists';
import { allOf, SettingProblem, ValueRule } from './value-rule';

/** CloudFront's quota of public keys in one key group. */
export const MAX_PUBLIC_KEYS_PER_KEY_GROUP = 5;
/** CloudFront's quota of trusted key groups on one behavior. */
export const MAX_KEY_GROUPS_PER_BEHAVIOR = 4;

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const SPKI_PEM = /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/;

/** A JSON Web Key with its private part (`d`). */
const PRIVATE_JWK = /"kty"[\s\S]*"d"\s*:|"d"\s*:[\s\S]*"kty"/;
/** A run of base64 long enough to be a DER key (an EC P-256 private key is about 160 characters). */
const BASE64_RUN = /[A-Za-z0-9+/]{100,}={0,2}/g;

/**
 * Whether a text holds a private key: a PEM of any kind (PKCS#8, RSA, EC, encrypted), a private
 * JSON Web Key, or a PEM's base64 body pasted without its header lines.
 */
export function containsPrivateKey(text: string): boolean {
  if (PRIVATE_KEY.test(text) || PRIVATE_JWK.test(text)) return true;
  const compact = text.replace(/\\n|\s/g, '');
  return (compact.match(BASE64_RUN) ?? []).some(isPrivateKeyDer);
}

function isPrivateKeyDer(base64: string): boolean {
  const der = Buffer.from(base64, 'base64');
  const types = ['pkcs8', 'pkcs1', 'sec1'] as const;
  return types.some((type) => {
    try {
      createPrivateKey({ key: der, format: 'der', type });
      return true;
    } catch {
      return false;
    }
  });
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

/** The keys of signed access: new public keys (one key group), existing key groups, or both. */
export interface SignedAccessKeys {
  readonly publicKeys?: readonly unknown[];
  readonly keyGroups?: readonly unknown[];
}

/**
 * Signed cookies or URLs need a key to be checked with, and every behavior then trusts the new key
 * group and the existing ones: at most 4. `keyGroupsProp` names the existing groups' setting
 * (`keyGroups` in the library, `keyGroupIds` in the app's configuration).
 */
export function signedAccessKeysProblems(settings: SignedAccessKeys, keyGroupsProp = 'keyGroups'): SettingProblem[] {
  const created = (settings.publicKeys ?? []).length > 0 ? 1 : 0;
  const existing = (settings.keyGroups ?? []).length;
  if (created + existing === 0) {
    return [
      {
        prop: 'publicKeys',
        problem: `is missing or empty, and so is ${keyGroupsProp}: no signature could ever be valid`,
        fix: `List the public keys your signing service uses, or the existing key groups in ${keyGroupsProp}.`,
      },
    ];
  }
  if (created + existing > MAX_KEY_GROUPS_PER_BEHAVIOR) {
    return [
      {
        prop: keyGroupsProp,
        problem: `would make ${created + existing} key groups on every behavior, more than CloudFront allows (${MAX_KEY_GROUPS_PER_BEHAVIOR})`,
        fix: 'Put the public keys into fewer key groups (5 keys each).',
      },
    ];
  }
  return [];
}
