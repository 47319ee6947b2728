/**
 * The shipped JWT check, run as CloudFront runs it: the code is taken from the synthesized
 * `aws_cloudfront_function` and executed under the cloudfront-js-2.0 harness, with the key value
 * store holding the HMAC keys by kid.
 */
import * as crypto from 'crypto';
import { JwtValidationFunction, JwtValidationFunctionProps } from '../../modules';
import {
  FunctionHandler,
  isResponse,
  loadCloudFrontFunction,
  unsupportedSyntax,
  ViewerRequest,
  viewerRequestEvent,
} from '../support/cloudfront-function';
import { onlyResource, synthJson, testStack } from '../support/synth';

const KEYS = { default: 'first-secret-0123456789abcdef', '2026-12': 'second-secret-with-ünïcode' };
const now = () => Math.floor(Date.now() / 1000);

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** An HS256 JWT signed here with node:crypto, independently of the function's code. */
function jwt(claims: Record<string, unknown>, options: { kid?: string; alg?: string; secret?: string } = {}): string {
  const header = { alg: options.alg ?? 'HS256', typ: 'JWT', ...(options.kid ? { kid: options.kid } : {}) };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const secret = options.secret ?? KEYS[(options.kid ?? 'default') as keyof typeof KEYS];
  return `${signingInput}.${crypto.createHmac('sha256', Buffer.from(secret, 'utf8')).update(signingInput).digest('base64url')}`;
}

function synthesizedCode(props: JwtValidationFunctionProps = {}): string {
  const stack = testStack();
  new JwtValidationFunction(stack, 'jwt', props);
  return onlyResource(synthJson(stack), 'aws_cloudfront_function').code;
}

const handler: FunctionHandler = loadCloudFrontFunction(synthesizedCode({ cookie: 'video-token' }), KEYS);

async function expectForbidden(url: string, options?: Parameters<typeof viewerRequestEvent>[1]): Promise<void> {
  const result = await handler(viewerRequestEvent(url, options));
  expect(isResponse(result) && result.statusCode).toBe(403);
}

async function expectAllowed(url: string, options?: Parameters<typeof viewerRequestEvent>[1]): Promise<ViewerRequest> {
  const result = await handler(viewerRequestEvent(url, options));
  if (isResponse(result)) throw new Error(`expected the request to pass, got ${result.statusCode}`);
  return result;
}

describe('JWT validation function (cloudfront-js-2.0)', () => {
  const valid = () => jwt({ exp: now() + 300 });

  it('passes a valid token from the query string and removes it, keeping the other query strings', async () => {
    const request = await expectAllowed(`/vod/show/index.m3u8?token=${valid()}&aws.manifestfilter=video_height:1-720`);
    expect(Object.keys(request.querystring)).toEqual(['aws.manifestfilter']);
    expect(request.uri).toBe('/vod/show/index.m3u8');
  });

  it('passes a valid token from the cookie and removes the cookie, keeping the others', async () => {
    const request = await expectAllowed('/vod/show/seg-1.ts', { cookies: { 'video-token': valid(), lang: 'en' } });
    expect(Object.keys(request.cookies)).toEqual(['lang']);
  });

  it('answers 403 without a token, and is not cached', async () => {
    const result = await handler(viewerRequestEvent('/vod/show/seg-1.ts'));
    expect(result).toMatchObject({ statusCode: 403, headers: { 'cache-control': { value: 'no-store' } } });
  });

  it('answers 403 to an expired token, a token without exp, and one not valid yet (nbf)', async () => {
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() - 1 })}`);
    await expectForbidden(`/a.ts?token=${jwt({ sub: 'viewer' })}`);
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() + 300, nbf: now() + 60 })}`);
    await expectAllowed(`/a.ts?token=${jwt({ exp: now() + 300, nbf: now() - 60 })}`);
  });

  it('answers 403 to a tampered payload, a wrong secret and a truncated signature', async () => {
    const [header, , signature] = valid().split('.');
    const forged = base64url(JSON.stringify({ exp: now() + 86400 * 365 }));
    await expectForbidden(`/a.ts?token=${header}.${forged}.${signature}`);
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() + 300 }, { secret: 'guessed' })}`);
    await expectForbidden(`/a.ts?token=${valid().slice(0, -2)}`);
    await expectForbidden(`/a.ts?token=${header}.${forged}.`);
    await expectForbidden('/a.ts?token=not-a-jwt');
  });

  it('answers 403 to alg none and to other algorithms, even correctly signed', async () => {
    const unsigned = `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify({ exp: now() + 300 }))}.`;
    await expectForbidden(`/a.ts?token=${unsigned}`);
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() + 300 }, { alg: 'HS512' })}`);
  });

  it('selects the key by kid, so two keys work side by side during a rotation', async () => {
    await expectAllowed(`/a.ts?token=${jwt({ exp: now() + 300 }, { kid: '2026-12' })}`);
    await expectAllowed(`/a.ts?token=${jwt({ exp: now() + 300 }, { kid: 'default' })}`);
    // Signed with the default key but naming the other kid: the signature does not match.
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() + 300 }, { kid: '2026-12', secret: KEYS.default })}`);
  });

  it('answers 403 to a kid the store does not hold, or one that is not a plain key id', async () => {
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() + 300 }, { kid: 'retired', secret: 'old' })}`);
    await expectForbidden(`/a.ts?token=${jwt({ exp: now() + 300 }, { kid: '../default', secret: KEYS.default })}`);
  });

  it('opens only the prefixes of a paths claim, at path segment boundaries', async () => {
    const token = jwt({ exp: now() + 300, paths: ['/vod/premium/show-1', '/vod/trailers/'] });
    await expectAllowed(`/vod/premium/show-1/index.m3u8?token=${token}`);
    await expectAllowed(`/vod/trailers/t.mp4?token=${token}`);
    await expectForbidden(`/vod/premium/show-2/index.m3u8?token=${token}`);
    await expectForbidden(`/vod/premium/show-10/index.m3u8?token=${token}`);
    await expectForbidden(`/vod/trailers/a.ts?token=${jwt({ exp: now() + 300, paths: '/vod/' })}`);
    await expectForbidden(`/vod/trailers/a.ts?token=${jwt({ exp: now() + 300, paths: ['vod/'] })}`);
  });

  it.each([
    '/vod/trailers/../premium/show-2/seg.ts',
    '/vod/trailers/./../premium/seg.ts',
    '/vod/trailers/%2e%2e/premium/show-2/seg.ts',
    '/vod/trailers/..%2fpremium/seg.ts',
    '/vod/trailers/..%5Cpremium/seg.ts',
    '/vod/trailers/..\\premium/seg.ts',
    '/vod/trailers/..;/premium/seg.ts',
  ])('refuses %s, which a server could read as a path outside the paths claim', async (uri) => {
    await expectForbidden(`${uri}?token=${jwt({ exp: now() + 300, paths: ['/vod/trailers/'] })}`);
  });

  it('refuses a token sent twice (ambiguous)', async () => {
    await expectForbidden(`/a.ts?token=${valid()}&token=${valid()}`);
    await expectForbidden('/a.ts', { cookies: { 'video-token': [valid(), valid()] } });
  });

  it('reads the cookie when the query string is empty, and refuses an empty token', async () => {
    await expectAllowed('/a.ts?token=', { cookies: { 'video-token': valid() } });
    await expectForbidden('/a.ts?token=');
  });

  it('refuses a header with crit (an extension the check does not understand)', async () => {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', crit: ['exp-policy'], 'exp-policy': 'x' }));
    const payload = base64url(JSON.stringify({ exp: now() + 300 }));
    const signature = crypto.createHmac('sha256', KEYS.default).update(`${header}.${payload}`).digest('base64url');
    await expectForbidden(`/a.ts?token=${header}.${payload}.${signature}`);
  });

  it('lets a CORS preflight through without a token, removing any token; another OPTIONS needs one', async () => {
    const preflight = await expectAllowed(`/a.ts?token=${valid()}`, {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'GET', origin: 'https://player.example.com' },
    });
    expect(preflight.querystring).toEqual({});
    await expectForbidden('/a.ts', { method: 'OPTIONS' });
  });

  it('is written in the JavaScript the runtime runs (the harness refuses the rest)', () => {
    expect(unsupportedSyntax(synthesizedCode().replace(/\$\$\{/g, '${'))).toEqual([]);
    expect(unsupportedSyntax('async function handler(e) { const { request } = e; return request?.uri ?? [...e.list]; }')).toEqual([
      expect.stringMatching(/^destructuring/),
      expect.stringMatching(/^nullish coalescing/),
      expect.stringMatching(/^optional chaining/),
      expect.stringMatching(/^spread/),
    ]);
    expect(unsupportedSyntax('const f = async () => 1; for (const x of []) {} try {} catch {}')).toEqual([
      expect.stringMatching(/^async closures/),
      expect.stringMatching(/^for-of/),
      expect.stringMatching(/^catch without a binding/),
    ]);
  });

  it('reads the query string and cookie names it is configured with, and the default kid', async () => {
    const custom = loadCloudFrontFunction(synthesizedCode({ queryString: 'jwt', defaultKeyId: '2026-12' }), KEYS);
    const token = jwt({ exp: now() + 300 }, { secret: KEYS['2026-12'] });
    const passed = await custom(viewerRequestEvent(`/a.ts?jwt=${token}`));
    expect(isResponse(passed)).toBe(false);
    const ignoredName = await custom(viewerRequestEvent(`/a.ts?token=${token}`));
    expect(isResponse(ignoredName) && ignoredName.statusCode).toBe(403);
    // No cookie configured: a cookie named like the default query string is not read.
    const noCookie = await custom(viewerRequestEvent('/a.ts', { cookies: { jwt: token } }));
    expect(isResponse(noCookie) && noCookie.statusCode).toBe(403);
  });
});
