/**
 * What an app server runs to let one viewer play (docs/guides/protect-playback.md): signed cookies
 * for a whole HLS/DASH presentation, a signed URL for one file, or an HS256 JWT for the edge check.
 * The tests sign with these functions and verify against the keys the stacks synthesize.
 */
import { createHmac } from 'crypto';
import { CloudfrontSignedCookiesOutput, getSignedCookies, getSignedUrl } from '@aws-sdk/cloudfront-signer';

/** Who signs: the Key-Pair-Id from the stack output `viewer-access-public-key-ids`, and its private key (PEM). */
export interface Signer {
  readonly keyPairId: string;
  readonly privateKeyPem: string;
}

/**
 * Signed cookies opening every file under one presentation (`https://video.example.com/vod/show-1/*`)
 * for a few hours: the player then loads the manifest, its variants and segments with no change.
 */
export function presentationCookies(signer: Signer, presentationUrl: string, hours = 6): CloudfrontSignedCookiesOutput {
  const policy = JSON.stringify({
    Statement: [
      {
        Resource: `${presentationUrl.replace(/\/[^/]*$/, '')}/*`,
        Condition: { DateLessThan: { 'AWS:EpochTime': Math.floor(Date.now() / 1000) + hours * 3600 } },
      },
    ],
  });
  // Set each as a cookie for the distribution's domain: Secure, HttpOnly, SameSite=None for cross-site players.
  return getSignedCookies({ keyPairId: signer.keyPairId, privateKey: signer.privateKeyPem, policy, algorithm: 'SHA256' });
}

/** A signed URL for one file (a progressive MP4 or a download), valid for `minutes`. */
export function signedFileUrl(signer: Signer, url: string, minutes = 60): string {
  return getSignedUrl({
    url,
    keyPairId: signer.keyPairId,
    privateKey: signer.privateKeyPem,
    dateLessThan: new Date(Date.now() + minutes * 60_000),
    algorithm: 'SHA256',
  });
}

/**
 * An HS256 JWT for `viewerAccess: { type: 'jwt' }`: `hmacKey` is the value put into the key value
 * store under `kid` (its UTF-8 bytes are the key); `paths` limits it to prefixes, e.g. ['/vod/show-1/'].
 */
export function playbackToken(hmacKey: string, kid: string, paths: string[], hours = 6): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT', kid })}.${encode({ exp: now + hours * 3600, nbf: now - 60, paths })}`;
  return `${unsigned}.${createHmac('sha256', Buffer.from(hmacKey, 'utf8')).update(unsigned).digest('base64url')}`;
}
