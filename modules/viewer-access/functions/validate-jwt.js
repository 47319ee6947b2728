// Viewer-request CloudFront Function (cloudfront-js-2.0), shipped with video-cdn-cdktf:
// lets a request through only with a valid HS256 JWT, taken from a query string or a cookie and
// removed before the cache key and the origin see it. The HMAC key is the UTF-8 value stored in
// the key value store under the JWT's kid. JwtValidationFunction fills in the settings at synth.
// Written for the runtime's subset of JavaScript: no for-of, destructuring, spread, optional
// chaining or async closures.
import cf from 'cloudfront';
import crypto from 'crypto';

const settings = __VIDEO_CDN_SETTINGS__;
const kvs = cf.kvs();
const keyIdPattern = new RegExp(settings.keyIdPattern);
const base64url = /^[A-Za-z0-9_-]+$/;
// Where paths are checked, a path that a server could read as another one is refused: dot
// segments ("/free/../paid/"), encoded dots and slashes, backslashes, and ";" (Tomcat's "..;/").
const ambiguousPath = /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\|;/i;

async function handler(event) {
  const request = event.request;
  const token = takeToken(request);
  // A CORS preflight carries no credentials; the origin or the response headers policy answers it.
  if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) return request;
  if (token === undefined) return forbidden();
  try {
    const claims = await verifiedClaims(token);
    return allows(claims, request.uri, Date.now() / 1000) ? request : forbidden();
  } catch (e) {
    return forbidden();
  }
}

// The token, removed from the request wherever it was (the query string wins over the cookie); a
// name sent twice is refused as ambiguous.
function takeToken(request) {
  const query = settings.queryString ? request.querystring[settings.queryString] : undefined;
  const cookie = settings.cookie ? request.cookies[settings.cookie] : undefined;
  if (query) delete request.querystring[settings.queryString];
  if (cookie) delete request.cookies[settings.cookie];
  const found = query && query.value ? query : cookie;
  if (!found || !found.value || (found.multiValue && found.multiValue.length > 1)) return undefined;
  return found.value;
}

async function verifiedClaims(token) {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('malformed');
  for (let i = 0; i < 3; i++) if (!base64url.test(parts[i])) throw new Error('malformed');
  const header = JSON.parse(decode(parts[0]));
  // HS256 only (never "none"), and no extension the check does not understand (RFC 7515 "crit").
  if (header.alg !== 'HS256' || header.crit !== undefined) throw new Error('header');
  const keyId = header.kid === undefined ? settings.defaultKeyId : header.kid;
  if (typeof keyId !== 'string' || !keyIdPattern.test(keyId)) throw new Error('kid');
  const secret = await kvs.get(keyId, { format: 'string' });
  if (!secret) throw new Error('key');
  const signature = crypto
    .createHmac('sha256', secret)
    .update(parts[0] + '.' + parts[1])
    .digest('base64');
  if (!sameText(toBase64url(signature), parts[2])) throw new Error('signature');
  const claims = JSON.parse(decode(parts[1]));
  if (claims === null || typeof claims !== 'object') throw new Error('claims');
  return claims;
}

function allows(claims, uri, now) {
  if (typeof claims.exp !== 'number' || now >= claims.exp) return false;
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || now < claims.nbf)) return false;
  if (claims.paths === undefined) return true;
  if (!Array.isArray(claims.paths) || ambiguousPath.test(uri)) return false;
  for (let i = 0; i < claims.paths.length; i++) if (underPrefix(uri, claims.paths[i])) return true;
  return false;
}

// "/vod/show-1" opens "/vod/show-1" and "/vod/show-1/...", never "/vod/show-10/".
function underPrefix(uri, prefix) {
  if (typeof prefix !== 'string' || prefix.charAt(0) !== '/' || uri.indexOf(prefix) !== 0) return false;
  return prefix.charAt(prefix.length - 1) === '/' || uri.length === prefix.length || uri.charAt(prefix.length) === '/';
}

function decode(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  return Buffer.from(base64 + '==='.slice((base64.length + 3) % 4), 'base64').toString('utf8');
}

function toBase64url(base64) {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Compares in time independent of where the texts differ.
function sameText(a, b) {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i % (b.length || 1));
  return difference === 0;
}

function forbidden() {
  return { statusCode: 403, statusDescription: 'Forbidden', headers: { 'cache-control': { value: 'no-store' } } };
}
