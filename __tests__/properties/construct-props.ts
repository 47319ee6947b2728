/**
 * Random props for the library constructs: valid values mixed with the mistakes users make
 * (URLs for hosts, ports out of range, fractional or negative TTLs, duplicate names, trailing
 * dots...). Each arbitrary yields a plain description; the property turns it into constructs, so
 * that errors thrown by factories (GeoRestriction.allowlist, CacheQueryStringBehavior.allowList)
 * happen inside the property too.
 *
 * Library strings may be Terraform expressions on purpose (cdktf passes `${...}` through), so
 * no generated text contains `${` or `%{`.
 */
import fc from 'fast-check';
import { ORIGIN_SHIELD_REGIONS } from '../../modules/cloudfront/distribution-settings';
import { accountId, label } from './arbitraries';

const noTemplate = (text: string) => !/[$%]\{/.test(text);

/**
 * Mostly a valid value, sometimes a bad one: with every field bad half the time, almost no
 * combination would get past the first check and the build would never be exercised.
 */
function mostly<T>(valid: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: bad });
}

/** Any text, edge cases included. */
export const text = (maxLength: number) =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.stringMatching(new RegExp(`^[A-Za-z0-9 ,.:/_-]{0,${Math.min(maxLength, 60)}}$`)) },
      { weight: 1, arbitrary: fc.string({ maxLength }) },
      { weight: 1, arbitrary: fc.string({ maxLength: Math.min(maxLength, 40), unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a b', 'über ✓', 'line\nbreak', 'quote " \\') },
    )
    .filter(noTemplate);

/** Numbers nobody means: negative, fractional, NaN, infinite, huge. */
export const awkwardNumber = fc.oneof(
  fc.constantFrom(-1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, 3153600001, Number.MAX_SAFE_INTEGER),
  fc.double({ noDefaultInfinity: true }),
  fc.integer({ min: -100, max: -1 }),
);
const wholeNumber = (min: number, max: number) =>
  mostly(fc.integer({ min, max }), fc.oneof(awkwardNumber, fc.constantFrom(min - 1, max + 1)));

/** Names in a zone: the apex, hosts, sometimes a wildcard, sometimes upper case. */
const domainIn = (zone: string) =>
  fc.tuple(fc.array(label, { minLength: 0, maxLength: 2 }), fc.nat({ max: 5 }), fc.nat({ max: 7 })).map(([labels, wildcard, upper]) => {
    const name = [...(wildcard === 0 ? ['*'] : []), ...labels, zone].join('.');
    return upper === 0 ? name.toUpperCase() : name;
  });
const exampleDomain = fc.oneof({ weight: 3, arbitrary: domainIn('example.com') }, { weight: 1, arbitrary: domainIn('example.org') });

/** Domain names: valid (apex, hosts, wildcards, any case) and not. */
export const domainLike = mostly(
  exampleDomain,
  fc.oneof(
    fc.constantFrom(
      'a.example.com.',
      'https://a.example.com',
      'a.example.com/path',
      'a.example.com:443',
      'a..example.com',
      '-a.example.com',
      'a_b.example.com',
      '*.*.example.com',
      'a.*.example.com',
      'localhost',
      '1.2.3.4',
      `${'a'.repeat(64)}.example.com`,
      `${'abcdefghi.'.repeat(25)}com`,
      ' a.example.com',
      'wildcard.example.com',
      '',
    ),
    text(20),
  ),
);

/** Origin hosts: valid and the usual mistakes. */
export const hostLike = mostly(
  exampleDomain.filter((name) => !name.startsWith('*')),
  fc.oneof(
    domainLike,
    fc.constantFrom(
      '10.0.0.1',
      '192.168.1.20',
      '[::1]',
      'origin.example.com:8080',
      'http://origin.example.com',
      'ORIGIN.EXAMPLE.COM',
      'origin',
    ),
  ),
);

const countryLike = mostly(fc.stringMatching(/^[A-Z]{2}$/), fc.constantFrom('us', 'USA', '', ' U'));
const policyNameLike = mostly(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
  fc.oneof(fc.constantFrom('', 'has space', 'a'.repeat(129), 'ü'), text(10)),
);
const listNameLike = mostly(
  fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/),
  fc.oneof(fc.constantFrom('', ' ', 'Token', 'token', 'x-amz-date', 'Origin'), text(8)),
);

/** A cache key list: a behavior and names, mostly within the quota of 10. */
export const nameList = (behaviors: readonly string[]) =>
  fc.record({
    behavior: fc.constantFrom(...behaviors),
    names: mostly(fc.array(listNameLike, { minLength: 1, maxLength: 6 }), fc.array(listNameLike, { minLength: 0, maxLength: 12 })),
  });

/** A TTL: mostly whole seconds up to a few days, sometimes huge or awkward. */
const ttl = mostly(
  fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 400000 })),
  fc.oneof(awkwardNumber, fc.constant(31536000 * 2)),
);
/** min, default and max TTLs: mostly in order (each may be left out), sometimes any three. */
const ttls = mostly(
  fc
    .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 31536000 }))
    .map((values) => [...values].sort((a, b) => a - b)),
  fc.tuple(ttl, ttl, ttl),
).chain(([minTtlSeconds, defaultTtlSeconds, maxTtlSeconds]) =>
  fc.record(
    {
      minTtlSeconds: fc.constant(minTtlSeconds),
      defaultTtlSeconds: fc.constant(defaultTtlSeconds),
      maxTtlSeconds: fc.constant(maxTtlSeconds),
    },
    { requiredKeys: [] },
  ),
);

export const cachePolicyProps = fc.record(
  {
    cachePolicyName: policyNameLike,
    comment: text(60),
    ttls,
    queryStrings: nameList(['none', 'all', 'allowList', 'denyList']),
    headers: nameList(['none', 'allowList']),
    cookies: nameList(['none', 'all', 'allowList', 'denyList']),
    enableAcceptEncodingGzip: fc.boolean(),
    enableAcceptEncodingBrotli: fc.boolean(),
  },
  { requiredKeys: [] },
);
export type CachePolicyDescription = typeof cachePolicyProps extends fc.Arbitrary<infer T> ? T : never;

const portLike = mostly(
  fc.oneof(fc.constantFrom(80, 443, 1024, 5080, 5443, 65535), fc.integer({ min: 1024, max: 65535 })),
  fc.constantFrom(0, 79, 1023, 65536, -1, 8080.5, Number.NaN),
);
const originPathLike = mostly(
  fc.oneof(
    fc.constantFrom('live', '/live/', '/out/v1/abc', '', '/', 'a/b/c/'),
    fc.stringMatching(/^\/?[A-Za-z0-9._~-]{1,10}(\/[A-Za-z0-9._~-]{1,10}){0,2}\/?$/),
  ),
  fc.constantFrom('//', '/a//b', 'a b', '/x?y', '/x#y', '/*', `/${'x'.repeat(300)}`, '/ü'),
);
const headerNameLike = mostly(
  fc.stringMatching(/^X-[A-Za-z0-9-]{1,12}$/).filter((name) => !/^x-(amz|edge)-|^x-real-ip$/i.test(name)),
  fc.constantFrom(
    'Host',
    'host',
    'Cache-Control',
    'X-Amz-Date',
    'x-edge-location',
    'X-Real-IP',
    'Range',
    'If-None-Match',
    'Bad Header',
    'X:y',
    'Authorization',
    'Origin',
    '',
  ),
);

/** OriginOptions every origin kind shares. */
export const originOptions = fc.record(
  {
    originId: mostly(fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/), fc.constantFrom('has space', '', 'a/b', 'x'.repeat(129))),
    originPath: originPathLike,
    customHeaders: fc.dictionary(headerNameLike, text(30), { maxKeys: 4, noNullPrototype: true }),
    originShieldRegion: mostly(fc.constantFrom(...ORIGIN_SHIELD_REGIONS), fc.constantFrom('eu-west-3', 'EU-WEST-1', '', 'us-east-1 ')),
    connectionAttempts: wholeNumber(1, 3),
    connectionTimeoutSeconds: wholeNumber(1, 10),
  },
  { requiredKeys: [] },
);

export const httpOriginProps = fc.record(
  {
    host: hostLike,
    options: originOptions,
    protocolPolicy: fc.constantFrom('http-only', 'https-only', 'match-viewer'),
    httpPort: portLike,
    httpsPort: portLike,
    originSslProtocols: mostly(fc.subarray(['TLSv1.2', 'TLSv1.1', 'TLSv1', 'SSLv3'], { minLength: 1 }), fc.constant([] as string[])),
    readTimeoutSeconds: wholeNumber(1, 60),
    keepaliveTimeoutSeconds: wholeNumber(1, 60),
  },
  { requiredKeys: ['host', 'options'] },
);
export type HttpOriginDescription = typeof httpOriginProps extends fc.Arbitrary<infer T> ? T : never;

const pathPatternLike = mostly(
  fc.oneof(
    fc.constantFrom(
      '*.m3u8',
      '*.ts',
      '*.mpd',
      '*.mp4',
      '/live/*',
      'live/*',
      '/live/*.m3u8',
      'index.ism/*',
      '/out/v1/abc/*.m3u8',
      'a"b\'c@d:e+f?g&h~i$j',
    ),
    fc.stringMatching(/^\/?[A-Za-z0-9_.-]{1,10}(\/[A-Za-z0-9_.*-]{1,10})?$/),
  ),
  fc.constantFrom('*', '/*', '', 'a b/*', `${'x'.repeat(256)}`, '*.m3u8?x=[1]', 'ü/*', '{a}'),
);

export const behaviorDescription = fc.record({
  origin: fc.nat({ max: 3 }),
  cachePolicy: fc.constantFrom('optimized', 'disabled', 'custom'),
  allowedMethods: fc.constantFrom('ALLOW_GET_HEAD', 'ALLOW_GET_HEAD_OPTIONS', 'ALLOW_ALL'),
  cachedMethods: mostly(fc.constant('CACHE_GET_HEAD'), fc.constant('CACHE_GET_HEAD_OPTIONS')),
  viewerProtocolPolicy: fc.constantFrom('allow-all', 'https-only', 'redirect-to-https'),
  compress: fc.boolean(),
  smoothStreaming: fc.boolean(),
});
export type BehaviorDescription = typeof behaviorDescription extends fc.Arbitrary<infer T> ? T : never;

const errorStatus = mostly(
  fc.constantFrom(400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504),
  fc.oneof(fc.constantFrom(200, 302, 999), awkwardNumber),
);
const responseStatus = mostly(fc.constantFrom(200, 404, 500, 503), fc.oneof(fc.constantFrom(302, 999, 0), awkwardNumber));
const certificateArn = fc.tuple(accountId, fc.uuid()).map(([account, id]) => `arn:aws:acm:us-east-1:${account}:certificate/${id}`);
const certificateArnLike = mostly(
  certificateArn,
  fc.constantFrom('arn:aws:acm:eu-west-1:123456789012:certificate/abc', 'arn:aws:iam::123456789012:server-certificate/x', 'not-an-arn', ''),
);

/**
 * Aliases and the certificate for them: mostly a certificate naming exactly the aliases (or not
 * naming any), sometimes names of its own.
 */
const customDomain = fc.record({
  aliases: fc.array(domainLike, { minLength: 1, maxLength: 4 }),
  certificate: mostly<
    { kind: 'arn'; arn: string; names: 'aliases' | 'none' | 'own' } | { kind: 'edge'; names: 'aliases' | 'own' } | { kind: 'missing' }
  >(
    fc.oneof(
      fc.record({
        kind: fc.constant('arn' as const),
        arn: certificateArnLike,
        names: fc.constantFrom('aliases' as const, 'none' as const),
      }),
      fc.record({ kind: fc.constant('edge' as const), names: fc.constant('aliases' as const) }),
    ),
    fc.oneof(
      fc.record({ kind: fc.constant('arn' as const), arn: certificateArnLike, names: fc.constant('own' as const) }),
      fc.record({ kind: fc.constant('edge' as const), names: fc.constant('own' as const) }),
      fc.record({ kind: fc.constant('missing' as const) }),
    ),
  ),
  ownNames: fc.array(domainLike, { minLength: 1, maxLength: 3 }),
});

export const distributionProps = fc.record(
  {
    origins: fc.array(
      fc.record({
        host: hostLike,
        // Sometimes equal to another origin's id, or to the id the distribution numbers an unnamed origin with.
        originId: fc.option(mostly(fc.constantFrom('a', 'b', 'c', 'origin-1', 'origin-2', 'live.hls_1'), fc.constant('has space')), {
          nil: undefined,
          freq: 1,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    defaultBehavior: behaviorDescription,
    behaviors: fc.array(fc.tuple(pathPatternLike, behaviorDescription), { maxLength: 8 }),
    errorResponses: fc.option(
      fc.array(
        fc.record(
          {
            httpStatus: errorStatus,
            ttlSeconds: wholeNumber(0, 300),
            page: mostly<{ responseHttpStatus?: number; responsePagePath?: string } | undefined>(
              fc.option(fc.record({ responseHttpStatus: responseStatus, responsePagePath: fc.constantFrom('/errors/404.html', '/x?y') }), {
                nil: undefined,
              }),
              fc.constantFrom(
                { responseHttpStatus: 404 },
                { responsePagePath: '/e.html' },
                { responseHttpStatus: 404, responsePagePath: 'errors.html' },
              ),
            ),
          },
          { requiredKeys: ['httpStatus'] },
        ),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
    priceClass: fc.constantFrom('PriceClass_100', 'PriceClass_200', 'PriceClass_All'),
    httpVersion: fc.constantFrom('http1.1', 'http2', 'http2and3', 'http3'),
    enableIpv6: fc.boolean(),
    webAclId: mostly(
      fc.tuple(accountId, fc.uuid()).map(([account, id]) => `arn:aws:wafv2:us-east-1:${account}:global/webacl/name/${id}`),
      fc.constantFrom(
        'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/name/abc',
        'arn:aws:waf::123456789012:webacl/abc',
        'acl-id',
        '',
      ),
    ),
    geoRestriction: fc.record({
      type: fc.constantFrom('allowlist', 'denylist'),
      countries: fc.array(countryLike, { minLength: 1, maxLength: 4 }),
    }),
    customDomain,
    comment: mostly(
      text(100).filter((comment) => Buffer.byteLength(comment) <= 128),
      text(200),
    ),
    maxCacheBehaviors: mostly(fc.constantFrom(3, 5, 75, 200), fc.constantFrom(1, 0, -1, 1.5)),
    tags: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.:/=+@-]{0,10}$/), text(20), { maxKeys: 3, noNullPrototype: true }),
  },
  { requiredKeys: ['origins', 'defaultBehavior', 'behaviors'] },
);
export type DistributionDescription = typeof distributionProps extends fc.Arbitrary<infer T> ? T : never;

export const edgeCertificateProps = fc.record(
  {
    domainName: domainLike,
    subjectAlternativeNames: fc.array(domainLike, { maxLength: 5 }),
    hostedZoneId: fc.constantFrom('Z0123456789ABCDEFGHIJ', 'Z1'),
    provider: mostly(fc.constant('us-east-1'), fc.constant('eu-west-1')),
    tags: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/), text(20), { maxKeys: 3, noNullPrototype: true }),
  },
  { requiredKeys: ['domainName'] },
);
export type EdgeCertificateDescription = typeof edgeCertificateProps extends fc.Arbitrary<infer T> ? T : never;

/** Names mostly in example.com, the zone DistributionDnsRecords is mostly given. */
const recordNameLike = mostly(domainIn('example.com'), domainLike);

export const dnsRecordsProps = fc.record(
  {
    aliases: fc.array(recordNameLike, { maxLength: 4 }),
    hostedZoneId: fc.constantFrom('Z0123456789ABCDEFGHIJ', 'Z1'),
    zoneName: mostly(fc.constantFrom('example.com', 'Example.com'), fc.oneof(fc.constant('example.org'), domainLike)),
    recordNames: fc.array(recordNameLike, { maxLength: 4 }),
    recordType: fc.constantFrom('CNAME', 'ALIAS'),
    ttlSeconds: wholeNumber(0, 86400),
    ipv6: fc.boolean(),
  },
  { requiredKeys: ['aliases'] },
);
export type DnsRecordsDescription = typeof dnsRecordsProps extends fc.Arbitrary<infer T> ? T : never;

export const s3OriginProps = fc.record({
  options: originOptions,
  createBucketPolicy: fc.option(fc.boolean(), { nil: undefined }),
  bucket: fc.constantFrom('private-bucket', 'reference'),
  distributions: fc.integer({ min: 1, max: 2 }),
});
export type S3OriginDescription = typeof s3OriginProps extends fc.Arbitrary<infer T> ? T : never;
