// Viewer-request CloudFront Function (cloudfront-js-2.0), shipped with video-cdn-cdktf:
// lets a request through only with a valid HS256 JWT, taken from a query string or a cookie and
// removed before the cache key and the origin see it. The HMAC key is the UTF-8 value stored in
// the key value store under the JWT's kid. JwtValidationFunction fills in the settings at synth.
import cf from 'cloudfront';
import crypto from 'crypto';

const settings = __VIDEO_CDN_SETTINGS__;
const kvs = cf.kvs();
const keyIdPattern = new RegExp(settings.keyIdPattern);
const base64url = /^[A-Za-z0-9_-]+$/;
// "/free/../paid/" would pass a "/free/" prefix: no dot segments where paths are checked.
const dotSegment = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

async function handler(event) {
  const request = event.request;
  // CORS preflights carry no credentials; the origin or the response headers policy answers them.
  if (request.method === 'OPTIONS') return request;
  const token = takeToken(request);
  if (!token) return forbidden();
  try {
    const claims = await verifiedClaims(token);
    return allows(claims, request.uri, Date.now() / 1000) ? request : forbidden();
  } catch (e) {
    return forbidden();
  }
}

// The token, removed from the request wherever it was; a name sent twice is refused as ambiguous.
function takeToken(request) {
  const query = settings.queryString ? request.querystring[settings.queryString] : undefined;
  const cookie = settings.cookie ? request.cookies[settings.cookie] : undefined;
  if (query) delete request.querystring[settings.queryString];
  if (cookie) delete request.cookies[settings.cookie];
  const found = query || cookie;
  return found && !(found.multiValue && found.multiValue.length > 1) ? found.value : undefined;
}

async function verifiedClaims(token) {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => base64url.test(part))) throw new Error('malformed');
  const header = JSON.parse(decode(parts[0]));
  if (header.alg !== 'HS256') throw new Error('algorithm');
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
  if (!Array.isArray(claims.paths) || dotSegment.test(uri)) return false;
  return claims.paths.some((prefix) => typeof prefix === 'string' && prefix.length > 0 && uri.startsWith(prefix));
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
