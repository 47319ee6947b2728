/**
 * Viewer access in every scenario: the default configuration's sections (without custom domains)
 * with each kind of `viewerAccess`, and the key pairs signers would hold, made for this test run.
 */
import { generateKeyPairSync, KeyObject } from 'crypto';
import * as fs from 'fs';
import { DEFAULT_CONFIG_PATH } from '../../config/load';

export interface TestKeyPair {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
  readonly privateKey: KeyObject;
}

function keyPair(pair: { privateKey: KeyObject; publicKey: KeyObject }): TestKeyPair {
  return {
    privateKey: pair.privateKey,
    privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** An RSA 2048 and an ECDSA P-256 pair: the two kinds CloudFront verifies. */
export const RSA_PAIR = keyPair(generateKeyPairSync('rsa', { modulusLength: 2048 }));
export const EC_PAIR = keyPair(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }));

export const SECTION_KEYS = ['vod', 'liveMediaPackage', 'liveMediaStore', 'mkio', 'antMedia'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const STACK_OF: Record<SectionKey, string> = {
  vod: 'vod-s3-mediaconvert',
  liveMediaPackage: 'live-mediapackage',
  liveMediaStore: 'live-mediastore',
  mkio: 'mkio',
  antMedia: 'ant-media',
};

export const PUBLIC_PATHS = ['/clientaccesspolicy.xml', '/public/*'];

/** One `viewerAccess` of each type, as a configuration file writes it. */
export const VIEWER_ACCESS = {
  'signed-cookies': {
    type: 'signed-cookies',
    publicKeys: [
      // A PEM pasted with Windows line ends and no final newline: stored normalized.
      { name: 'player-rsa', publicKeyPem: RSA_PAIR.publicKeyPem.trim().replace(/\n/g, '\r\n') },
      { name: 'player-ec', publicKeyPem: EC_PAIR.publicKeyPem },
    ],
    publicPaths: PUBLIC_PATHS,
  },
  'signed-urls': {
    type: 'signed-urls',
    publicKeys: [{ name: 'downloads', publicKeyPem: RSA_PAIR.publicKeyPem }],
    publicPaths: PUBLIC_PATHS,
  },
  jwt: { type: 'jwt', cookie: 'video-token', publicPaths: PUBLIC_PATHS },
} as const;
export type AccessType = keyof typeof VIEWER_ACCESS;

/** The default configuration with every section protected by `type`, without custom domains (nothing else changes). */
export function configWithViewerAccess(type: AccessType): Record<string, unknown> {
  const config = JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));
  for (const key of SECTION_KEYS) {
    delete config[key].customDomain;
    config[key].viewerAccess = VIEWER_ACCESS[type];
  }
  return config;
}
