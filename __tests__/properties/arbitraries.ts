/**
 * fast-check arbitraries for VALID configuration files, built from the schema's rules
 * (config/*.ts) and the cross-field rules the constructs enforce, so that every value they
 * produce must parse and synthesize. Free-text fields include hostile but allowed text
 * (quotes, backslashes, control characters, unicode) on purpose: the schema accepts it, so the
 * Terraform JSON must survive it. (`${` and `%{` are refused by the schema: terraformText.)
 */
import { generateKeyPairSync } from 'crypto';
import fc from 'fast-check';
import { BackendConfig, stateLocation } from '../../config/backend';
import { ORIGIN_SHIELD_REGIONS } from '../../modules/cloudfront/distribution-settings';
import { MAX_SEGMENT_DURATION_SECONDS, MIN_SEGMENT_DURATION_SECONDS } from '../../modules/presets/live-cache-sizing';
import { STACK_NAMES } from './synthesize';

/** Configuration files are JSON: no undefined values, plain prototypes. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Drops undefined members and null prototypes the way a JSON file would. */
export function asJson<T>(value: T): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/** An object whose optional keys are each present or absent. */
function optionalRecord<T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<Partial<T>> {
  return fc.record(model, { requiredKeys: [], noNullPrototype: true }) as fc.Arbitrary<Partial<T>>;
}

// ---------------------------------------------------------------- values

const REAL_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-southeast-2',
  'us-gov-west-1',
];
/** Mostly real regions; sometimes any code the schema's pattern admits. */
export const awsRegion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_REGIONS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{2}(-gov)?-[a-z]{1,9}-\d$/) },
);
export const originShieldRegion = fc.constantFrom(...ORIGIN_SHIELD_REGIONS);
export const accountId = fc.stringMatching(/^\d{12}$/);
const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));

const longLabel = fc.stringMatching(/^[a-z0-9][a-z0-9-]{40,61}[a-z0-9]$/);
/**
 * One DNS label: 1-63 letters, digits, inner hyphens. Mostly short, sometimes near the limit,
 * sometimes a word that means something elsewhere (`wildcard` is how DNS record ids spell `*`).
 */
export const label = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/) },
  { weight: 1, arbitrary: longLabel },
  { weight: 1, arbitrary: fc.constantFrom('wildcard', 'www', 'xn--bcher-kva', 'origin-1') },
);
const tld = fc.oneof(fc.constantFrom('com', 'net', 'io', 'tv', 'video'), fc.stringMatching(/^[a-z]{2,8}$/));

/** Upper-cases some letters: the schema's host and domain patterns are case-insensitive. */
function mixedCase(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.nat({ max: 3 })).map(([value, mode]) => {
    if (mode === 3) return value.toUpperCase();
    if (mode === 2) return value.replace(/^[a-z]/, (letter) => letter.toUpperCase());
    return value;
  });
}

/** A host name like origin.example.com (no wildcard); sometimes near the 253-character limit. */
export const hostName = mixedCase(
  fc
    .oneof(
      { weight: 5, arbitrary: fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld) },
      { weight: 1, arbitrary: fc.tuple(fc.array(longLabel, { minLength: 2, maxLength: 3 }), tld) },
    )
    .map(([labels, top]) => [...labels, top].join('.')),
);

/** Free text the schema accepts anywhere it takes a string, edge cases included. */
export const freeText = (maxLength: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.stringMatching(new RegExp(`^[A-Za-z0-9 ,.:/_-]{0,${Math.min(maxLength, 40)}}$`)) },
      { weight: 1, arbitrary: fc.string({ maxLength: Math.min(maxLength, 40) }) },
      { weight: 1, arbitrary: fc.string({ maxLength: Math.min(maxLength, 20), unit: 'grapheme' }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'cost $ {price} per GB',
          '100% {sure}',
          'say "hi" \\ back\\slash',
          'line\nbreak\ttab',
          'über café ✓ 動画',
          '$$ {not an expression}',
          '$',
          '{}',
        ),
      },
    )
    .filter((text) => text.length <= maxLength && !/[$%]\{/.test(text));

/** Text AWS takes in tags: letters and digits of any script, spaces, and _ . : / = + - @. */
const tagText = (maxLength: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(new RegExp(`^[A-Za-z0-9 _.:/=+@-]{0,${maxLength}}$`)) },
    { weight: 1, arbitrary: fc.constantFrom('über café 動画', 'Ωmega 2', 'owner@example.com', 'a=b+c/d:e') },
  );

export const tags = fc.dictionary(
  tagText(40).filter((key) => key.length >= 1 && !key.toLowerCase().startsWith('aws:')),
  tagText(60),
  { maxKeys: 4, noNullPrototype: true },
);

// ---------------------------------------------------------------- backends

/** A local state path relative to the stack folder. */
const localPath = fc.oneof(
  fc.constantFrom('terraform.tfstate', 'state/{stack}.tfstate', '../state/{stack}.tfstate'),
  fc.stringMatching(/^[a-z0-9_-]{1,12}(\/[a-z0-9_.-]{1,12}){0,2}$/),
);
const bucketName = fc
  .tuple(fc.array(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('-', '.'))
  .map(([parts, separator]) => parts.join(separator))
  .filter(isUsableBucketName);

/** S3's naming rules beyond the schema's pattern (the PrivateBucket construct checks them). */
function isUsableBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !/\.\.|\.-|-\./.test(name) &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
    !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
    !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)
  );
}

/**
 * A backend. `shared` says whether several stacks may use it: then its state location must
 * contain {stack} (buildApp refuses one state for several stacks).
 */
export function backend(shared: boolean) {
  const stackKey = fc.constantFrom('video-cdn/{stack}.tfstate', 'env/prod/{stack}/terraform.tfstate', '{stack}');
  // Fixed names too, so that two sections sometimes name the same state (validConfig drops those).
  const anyKey = fc.oneof(
    stackKey,
    fc.stringMatching(/^[a-z0-9_-]{1,12}(\/[a-z0-9_.-]{1,12}){0,2}$/),
    fc.constantFrom('video-cdn/mkio.tfstate', 'terraform.tfstate'),
  );
  const workspace = shared
    ? fc.constantFrom('{stack}', 'video-{stack}', '{stack}_prod')
    : fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), fc.constant('video'));
  return fc.oneof(
    fc.record({ type: fc.constant('local' as const), path: fc.option(localPath, { nil: undefined }) }),
    fc.record(
      {
        type: fc.constant('s3' as const),
        bucket: fc.oneof(bucketName, fc.constant('state-bucket')),
        key: shared ? stackKey : anyKey,
        region: awsRegion,
        dynamodbTable: fc.stringMatching(/^[A-Za-z0-9_.-]{3,20}$/),
        encrypt: fc.boolean(),
      },
      { requiredKeys: ['type', 'bucket', 'region'] },
    ),
    fc.oneof(
      fc.record(
        {
          type: fc.constant('cloud' as const),
          organization: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.constant('video-org')),
          hostname: fc.constantFrom('app.terraform.io', 'tfe.example.com'),
          project: fc.stringMatching(/^[A-Za-z0-9 _-]{1,20}$/),
          workspaceName: workspace,
        },
        { requiredKeys: ['type', 'organization'] },
      ),
      fc.record(
        {
          type: fc.constant('cloud' as const),
          organization: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
          workspaceTags: fc.uniqueArray(fc.stringMatching(/^[a-z0-9:_-]{1,12}$/), { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: ['type', 'organization', 'workspaceTags'] },
      ),
    ),
  );
}

// ---------------------------------------------------------------- shared section blocks

/**
 * A custom domain: names under one zone (apex, hosts, wildcards), unique ignoring case;
 * ALIAS records whenever the apex is among them (DNS allows no CNAME there).
 */
export const customDomain = fc
  .record({
    zone: fc.oneof(
      fc.constant('example.com'),
      fc.tuple(label, tld).map(([name, top]) => `${name}.${top}`),
    ),
    hosts: fc.uniqueArray(
      fc.oneof(
        { weight: 6, arbitrary: fc.array(label, { minLength: 1, maxLength: 2 }).map((labels) => labels.join('.')) },
        { weight: 1, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.array(label, { maxLength: 1 }).map((labels) => ['*', ...labels].join('.')) },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    recordType: fc.constantFrom('CNAME' as const, 'ALIAS' as const, undefined),
    hostedZoneId: fc.option(fc.stringMatching(/^Z[A-Z0-9]{8,21}$/), { nil: undefined }),
    withZoneName: fc.boolean(),
    certificateArn: fc.option(
      fc.tuple(accountId, fc.uuid()).map(([account, id]) => `arn:aws:acm:us-east-1:${account}:certificate/${id}`),
      { nil: undefined },
    ),
    upperCase: fc.boolean(),
  })
  .map(({ zone, hosts, recordType, hostedZoneId, withZoneName, certificateArn, upperCase }) => {
    const names = hosts.map((host) => (host === '' ? zone : `${host}.${zone}`));
    const apex = names.includes(zone);
    const [domainName, ...subjectAlternativeNames] = upperCase
      ? names.map((name, index) => (index === 0 ? name.toUpperCase() : name))
      : names;
    return {
      domainName,
      subjectAlternativeNames: subjectAlternativeNames.length > 0 ? subjectAlternativeNames : undefined,
      hostedZoneId,
      zoneName: withZoneName ? zone : undefined,
      recordType: apex ? ('ALIAS' as const) : recordType,
      certificateArn,
    };
  });

const countryCode = fc.stringMatching(/^[A-Z]{2}$/);

export const distribution = optionalRecord({
  priceClass: fc.constantFrom('PriceClass_100', 'PriceClass_200', 'PriceClass_All'),
  httpVersion: fc.constantFrom('http1.1', 'http2', 'http2and3', 'http3'),
  enableIpv6: fc.boolean(),
  webAclId: fc
    .tuple(accountId, fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), fc.uuid())
    .map(([account, name, id]) => `arn:aws:wafv2:us-east-1:${account}:global/webacl/${name}/${id}`),
  geoRestriction: fc.record({
    type: fc.constantFrom('allowlist' as const, 'denylist' as const),
    countries: fc.array(countryCode, { minLength: 1, maxLength: 5 }),
  }),
  logging: optionalRecord({
    bucketDomainName: fc
      .tuple(bucketName, fc.option(awsRegion, { nil: undefined }))
      .map(([bucket, region]) => (region ? `${bucket}.s3.${region}.amazonaws.com` : `${bucket}.s3.amazonaws.com`)),
    prefix: freeText(40),
    includeCookies: fc.boolean(),
  }).map((logging) => ({ bucketDomainName: 'logs.s3.amazonaws.com', ...logging })),
  // The limit is 128 UTF-8 bytes, not characters.
  comment: freeText(128).filter((text) => Buffer.byteLength(text, 'utf8') <= 128),
});

/** Real public keys CloudFront accepts (made once: RSA generation is slow). */
const PUBLIC_KEYS = [
  generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey,
  generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey,
].map((key) => key.export({ type: 'spki', format: 'pem' }).toString());

const publicPath = fc.oneof(
  fc.constantFrom('/clientaccesspolicy.xml', '/crossdomain.xml', '/favicon.ico'),
  label.map((name) => `/${name}/*`),
  label.map((name) => `/posters/${name}.jpg`),
);
const publicPaths = fc.uniqueArray(publicPath, { maxLength: 4, selector: (path) => path.replace(/^\//, '') });
const signedAccess = (type: 'signed-cookies' | 'signed-urls') =>
  fc.record(
    {
      type: fc.constant(type),
      publicKeys: fc
        .uniqueArray(fc.tuple(label, fc.constantFrom(...PUBLIC_KEYS)), { minLength: 1, maxLength: 5, selector: ([name]) => name })
        .map((keys) => keys.map(([name, publicKeyPem]) => ({ name, publicKeyPem }))),
      publicPaths,
    },
    { requiredKeys: ['type', 'publicKeys'], noNullPrototype: true },
  );
const jwtAccess = fc.record(
  {
    type: fc.constant('jwt' as const),
    queryString: fc.stringMatching(/^[A-Za-z0-9._~-]{1,16}$/),
    cookie: fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/),
    defaultKeyId: fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/),
    publicPaths,
  },
  { requiredKeys: ['type'], noNullPrototype: true },
);
export const viewerAccess = fc.oneof(signedAccess('signed-cookies'), signedAccess('signed-urls'), jwtAccess);

/** The keys every section shares (`backend` only when the section has its own). */
function scenarioBase() {
  return optionalRecord({
    enabled: fc.constant(true),
    backend: backend(false),
    customDomain,
    distribution,
    viewerAccess,
    tags,
  });
}

/** A section: its own keys (`specific`) merged with the keys every section shares. */
function section<T extends object>(specific: fc.Arbitrary<T>) {
  return fc.tuple(scenarioBase(), specific).map(([base, own]) => ({ ...base, ...own }));
}

const webOrigin = fc.oneof(
  fc.constant('*'),
  hostName.map((host) => `https://${host.toLowerCase()}`),
  fc.tuple(hostName, fc.integer({ min: 1, max: 65535 })).map(([host, port]) => `http://${host.toLowerCase()}:${port}`),
);
const webOrigins = fc.uniqueArray(webOrigin, { minLength: 1, maxLength: 3 });

// ---------------------------------------------------------------- vod

const days = fc.integer({ min: 1, max: 3650 });

/** Lifecycle rules S3 accepts: a storage class only with a transition, IA after 30 days, expiry after the transition. */
const vodSourceBucket = fc
  .record({
    bucketName: fc.option(bucketName, { nil: undefined }),
    versioning: fc.option(fc.boolean(), { nil: undefined }),
    kmsKeyArn: fc.option(
      fc.tuple(awsRegion, accountId, fc.uuid()).map(([region, account, id]) => `arn:aws:kms:${region}:${account}:key/${id}`),
      { nil: undefined },
    ),
    forceDestroy: fc.option(fc.boolean(), { nil: undefined }),
    lifecycle: fc.option(
      fc.record({
        abort: fc.option(days, { nil: undefined }),
        transition: fc.option(fc.tuple(days, fc.constantFrom('STANDARD_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', undefined)), {
          nil: undefined,
        }),
        expireAfter: fc.option(days, { nil: undefined }),
        noncurrent: fc.option(days, { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ lifecycle, ...bucket }) => {
    if (!lifecycle) return bucket;
    const [transitionAfterDays, storageClass] = lifecycle.transition ?? [undefined, undefined];
    const transition =
      transitionAfterDays === undefined
        ? undefined
        : storageClass === 'STANDARD_IA'
          ? Math.max(30, transitionAfterDays)
          : transitionAfterDays;
    return {
      ...bucket,
      lifecycle: {
        abortIncompleteMultipartUploadAfterDays: lifecycle.abort,
        transitionAfterDays: transition,
        transitionStorageClass: transition === undefined ? undefined : storageClass,
        expireAfterDays: lifecycle.expireAfter === undefined ? undefined : (transition ?? 0) + lifecycle.expireAfter,
        noncurrentVersionExpireAfterDays: bucket.versioning ? lifecycle.noncurrent : undefined,
      },
    };
  });

const vodKeyPrefix = fc.oneof(fc.constantFrom('', 'vod/', 'assets/2024/'), fc.stringMatching(/^([A-Za-z0-9!_.'()-]{1,8}\/){0,3}$/));
const segmentExtension = fc.stringMatching(/^[a-z0-9]{1,6}$/).filter((extension) => extension !== 'm3u8' && extension !== 'mpd');

export const vod = fc
  .record({
    base: scenarioBase(),
    sourceBucket: fc.option(vodSourceBucket, { nil: undefined }),
    outputBucket: fc.option(optionalRecord({ bucketName, forceDestroy: fc.boolean() }), { nil: undefined }),
    outputKeyPrefix: fc.option(vodKeyPrefix, { nil: undefined }),
    mediaConvert: fc.option(
      optionalRecord({
        queueName: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        concurrentJobs: fc.integer({ min: 1, max: 1000 }),
        roleName: fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
      }),
      { nil: undefined },
    ),
    corsAllowedOrigins: fc.option(webOrigins, { nil: undefined }),
    segmentExtensions: fc.option(fc.uniqueArray(segmentExtension, { minLength: 1, maxLength: 8 }), { nil: undefined }),
    cache: fc.option(
      optionalRecord({
        manifestTtlSeconds: fc.integer({ min: 0, max: 31536000 }),
        segmentTtlSeconds: fc.integer({ min: 0, max: 31536000 }),
      }),
      { nil: undefined },
    ),
    smoothStreaming: fc.option(
      fc.record({
        enabled: fc.option(fc.boolean(), { nil: undefined }),
        pattern: fc.constantFrom('*.ism/*', '*.ism*', '*/smooth/*', 'under-prefix', undefined),
      }),
      { nil: undefined },
    ),
  })
  .map(({ base, smoothStreaming, segmentExtensions, outputBucket, sourceBucket, ...vodConfig }) => {
    const prefix = vodConfig.outputKeyPrefix ?? '';
    // A Smooth pattern must match a playback path (they start with the prefix), use only the
    // characters of a path pattern (a prefix may hold ! ( ) ,), and not equal `*.<extension>`.
    const underPrefix = /^[A-Za-z0-9_.'/-]*$/.test(prefix) ? `/${prefix}smooth/*` : '*.ism/*';
    const pattern = smoothStreaming?.pattern === 'under-prefix' ? underPrefix : smoothStreaming?.pattern;
    // Two buckets cannot share one global name.
    const sameNames = outputBucket?.bucketName !== undefined && outputBucket.bucketName === sourceBucket?.bucketName;
    return {
      ...base,
      ...vodConfig,
      sourceBucket,
      outputBucket: sameNames ? { ...outputBucket, bucketName: `${outputBucket!.bucketName}-out` } : outputBucket,
      segmentExtensions: segmentExtensions?.filter((extension) => pattern !== `*.${extension}`),
      smoothStreaming: smoothStreaming && { enabled: smoothStreaming.enabled, pathPattern: pattern },
    };
  })
  .map((config) => (config.segmentExtensions?.length === 0 ? { ...config, segmentExtensions: undefined } : config));

// ---------------------------------------------------------------- live-mediapackage

type Packaging = 'hls' | 'cmaf' | 'dash' | 'smooth';
const packaging = fc.constantFrom<Packaging>('hls', 'cmaf', 'dash', 'smooth');
const manifestFor = (kind: Packaging) => {
  if (kind === 'smooth') return fc.constantFrom('index.ism/Manifest', 'index.ism', 'channel_1.ism/Manifest');
  const extension = kind === 'dash' ? 'mpd' : 'm3u8';
  return fc.constantFrom('index', 'channel-1', 'main.v2').map((name) => `${name}.${extension}`);
};
const v2Name = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

function mediaPackageEndpoint(version: 'v1' | 'v2') {
  const host =
    version === 'v1'
      ? fc.tuple(hex(16), awsRegion).map(([id, region]) => `${id}.mediapackage.${region}.amazonaws.com`)
      : fc.tuple(label, hex(6), awsRegion).map(([prefix, id, region]) => `${prefix}.egress.${id}.mediapackagev2.${region}.amazonaws.com`);
  const path =
    version === 'v1'
      ? hex(32).map((hash) => `/out/v1/${hash}`)
      : fc.tuple(v2Name, v2Name, v2Name).map((names) => `/out/v1/${names.join('/')}`);
  return fc
    .record({ host, path, packaging })
    .chain(({ host: endpointHost, path: endpointPath, packaging: kind }) =>
      manifestFor(kind).map((manifest) => ({ url: `https://${endpointHost}${endpointPath}/${manifest}`, packaging: kind, endpointPath })),
    );
}

export const liveMediaPackage = fc
  .record({
    base: scenarioBase(),
    version: fc.constantFrom('v1' as const, 'v2' as const, undefined),
    named: fc.boolean(),
    options: optionalRecord({
      timeShift: fc.boolean(),
      manifestFilter: fc.boolean(),
      minTtlSeconds: fc.integer({ min: 0, max: 5 }),
      errorCachingTtlSeconds: fc.integer({ min: 0, max: 300 }),
      originShieldRegion,
    }),
    lowLatencyHls: fc.boolean(),
    createChannel: fc.option(
      optionalRecord({ channelId: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), description: freeText(1000) }).map((channel) => ({
        channelId: 'live-channel',
        ...channel,
      })),
      { nil: undefined },
    ),
    endpointAccountId: fc.option(accountId, { nil: undefined }),
    withoutEndpoints: fc.boolean(),
  })
  .chain(({ base, version, named, options, lowLatencyHls, createChannel, endpointAccountId, withoutEndpoints }) =>
    fc
      // Two endpoints with the same path would need the same path patterns.
      .uniqueArray(mediaPackageEndpoint(version ?? 'v1'), { minLength: 1, maxLength: 6, selector: (endpoint) => endpoint.endpointPath })
      .map((endpoints) => {
        const v2 = version === 'v2';
        const channel = v2 ? undefined : createChannel;
        return {
          ...base,
          ...options,
          mediaPackageVersion: version,
          // Empty only when the channel is created first.
          endpoints:
            channel && withoutEndpoints
              ? []
              : endpoints.map((endpoint, index) => ({
                  url: endpoint.url,
                  packaging: endpoint.packaging,
                  name: named ? `ep-${index}` : undefined,
                })),
          createChannel: channel,
          lowLatencyHls: v2 ? lowLatencyHls : undefined,
          minTtlSeconds:
            v2 && lowLatencyHls && options.minTtlSeconds !== undefined ? Math.min(1, options.minTtlSeconds) : options.minTtlSeconds,
          endpointAccountId: v2 ? endpointAccountId : undefined,
        };
      }),
  );

// ---------------------------------------------------------------- live-mediastore

const mediaStoreEndpoint = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{14}$/), awsRegion)
  .map(([id, region]) => ({ host: `${id}.data.mediastore.${region}.amazonaws.com`, region }));
const liveMediaStoreOrigin = fc.oneof(
  optionalRecord({ containerName: fc.stringMatching(/^\w{1,40}$/) }).map((origin) => ({ type: 'created-container' as const, ...origin })),
  fc
    .record({
      endpoint: mediaStoreEndpoint,
      account: accountId,
      containerName: fc.stringMatching(/^[\w-]{1,30}$/),
      withArn: fc.boolean(),
      manageContainerPolicy: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ endpoint, account, containerName, withArn, manageContainerPolicy }) => ({
      type: 'existing-endpoint' as const,
      endpoint: endpoint.host,
      // The container must be in the endpoint's region; managing its policy needs its ARN.
      containerArn: withArn ? `arn:aws:mediastore:${endpoint.region}:${account}:container/${containerName}` : undefined,
      manageContainerPolicy: withArn ? manageContainerPolicy : undefined,
    })),
  optionalRecord({
    bucketName,
    forceDestroy: fc.boolean(),
    expireObjectsAfterDays: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constant(false as const)),
  }).map((origin) => ({ type: 's3-migration' as const, ...origin })),
);

/** Header names CloudFront lets an origin request carry (not Host, Range, X-Amz-*...). */
const originHeaderName = fc.stringMatching(/^X-[A-Za-z0-9-]{1,20}$/).filter((name) => !/^x-(amz|edge)-|^x-real-ip$/i.test(name));
const folder = fc.oneof(
  fc.constantFrom('/live', 'live/', '', '/', 'out/hls'),
  fc.stringMatching(/^\/?([A-Za-z0-9._~!$&'()+,;=:@%-]{1,8}\/){0,2}[A-Za-z0-9._~!$&'()+,;=:@%-]{1,8}\/?$/),
);
const manifestPath = fc
  .tuple(
    fc.array(fc.stringMatching(/^[A-Za-z0-9._~!$&'()+,;=:@%-]{1,10}$/), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('m3u8', 'mpd'),
    fc.boolean(),
  )
  .map(([parts, extension, slash]) => `${slash ? '/' : ''}${parts.join('/')}.${extension}`);

export const liveMediaStore = section(
  fc.record(
    {
      origin: liveMediaStoreOrigin,
      folder: folder.filter((path) => !path.includes('//')),
      segmentDurationSeconds: fc.oneof(
        fc.integer({ min: MIN_SEGMENT_DURATION_SECONDS, max: MAX_SEGMENT_DURATION_SECONDS }),
        fc.double({ min: MIN_SEGMENT_DURATION_SECONDS, max: MAX_SEGMENT_DURATION_SECONDS, noNaN: true }),
      ),
      segmentTtlSeconds: fc.integer({ min: 1, max: 31536000 }),
      manifestPaths: fc.array(manifestPath, { minLength: 1, maxLength: 20 }),
      customHeaders: fc.dictionary(
        originHeaderName,
        freeText(60).filter((value) => value.length >= 1),
        { maxKeys: 10, noNullPrototype: true },
      ),
      originShieldRegion,
      corsAllowOrigins: webOrigins,
    },
    { requiredKeys: ['origin'], noNullPrototype: true },
  ),
);

// ---------------------------------------------------------------- mkio

const queryStringName = fc.stringMatching(/^[A-Za-z0-9._~-]{1,16}$/);

export const mkio = section(
  fc.record(
    {
      streamingEndpointHostName: fc
        .oneof(fc.tuple(label, label), fc.tuple(longLabel, longLabel))
        .map(([endpoint, region]) => `${endpoint}.${region}.streaming.mediakind.com`),
      originShieldRegion,
      viewerProtocolPolicy: fc.constantFrom('redirect-to-https', 'https-only'),
      forwardQueryStrings: fc.uniqueArray(queryStringName, { minLength: 1, maxLength: 10, selector: (name) => name.toLowerCase() }),
    },
    { requiredKeys: ['streamingEndpointHostName'], noNullPrototype: true },
  ),
).map(({ forwardQueryStrings, ...config }) => {
  // Forwarded query strings need an edge check, and never the one its JWT carries.
  const access = config.viewerAccess;
  if (!forwardQueryStrings || !access) return config;
  const token = access.type === 'jwt' ? (access.queryString ?? 'token') : undefined;
  const forwarded = forwardQueryStrings.filter((name) => name !== token);
  return forwarded.length > 0 ? { ...config, forwardQueryStrings: forwarded } : config;
});

// ---------------------------------------------------------------- antMedia

export const antMedia = section(
  fc
    .record(
      {
        serverHostName: hostName,
        originProtocol: fc.constantFrom('http', 'https'),
        originPort: fc.oneof(fc.constantFrom(80, 443, 5080, 5443), fc.integer({ min: 1024, max: 65535 })),
        applicationName: fc.stringMatching(/^\/?[A-Za-z0-9_-]{1,20}$/),
        lowLatencyHls: fc.boolean(),
        originShieldRegion,
        manifestTtlSeconds: fc.integer({ min: 1, max: 5 }),
        segmentTtlSeconds: fc.integer({ min: 1, max: 31536000 }),
        notFoundCachingSeconds: fc.integer({ min: 0, max: 31536000 }),
        streamId: fc.stringMatching(/^[A-Za-z0-9_.-]{1,30}$/),
      },
      { requiredKeys: ['serverHostName'], noNullPrototype: true },
    )
    // Segments outlive the playlists that list them.
    .map((config) =>
      config.segmentTtlSeconds !== undefined && config.segmentTtlSeconds < (config.manifestTtlSeconds ?? 1)
        ? { ...config, segmentTtlSeconds: config.manifestTtlSeconds ?? 1 }
        : config,
    ),
);

// ---------------------------------------------------------------- the whole file

/** Each section's arbitrary, by configuration key. */
export const SECTIONS = { vod, liveMediaPackage, liveMediaStore, mkio, antMedia };
export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

/**
 * A sometimes-disabled section: `enabled: false` sections are parsed but build nothing.
 */
function maybeDisabled<T extends object>(arbitrary: fc.Arbitrary<T>) {
  return fc.tuple(arbitrary, fc.nat({ max: 5 })).map(([config, roll]) => (roll === 0 ? { ...config, enabled: false } : config));
}

export interface ConfigOptions {
  /** Leave out what cannot plan without AWS credentials (MediaPackage CDN authorization reads a secret). */
  readonly offlinePlannable?: boolean;
  /** Write some sections in the instances form. */
  readonly instances?: boolean;
}

/** The enabled stacks a file asks for, by name, each with its section as the stack sees it (instances merged). */
export function enabledStacks(config: JsonObject): { name: string; section: JsonObject }[] {
  return SECTION_KEYS.flatMap((key) => {
    const section = config[key] as JsonObject | undefined;
    if (!section) return [];
    const base = `${config.stackNamePrefix ?? ''}${STACK_NAMES[key]}`;
    const instances = section.instances as Record<string, JsonObject> | undefined;
    const forms = instances
      ? Object.entries(instances).map(([name, own]) => ({
          name: `${base}-${name}`,
          section: { ...(section.defaults as JsonObject), ...own },
        }))
      : [{ name: base, section }];
    return forms.filter((form) => form.section.enabled !== false);
  });
}

/** No two enabled stacks keep their state in one S3 object or workspace (buildApp refuses that). */
export function hasOneStatePerStack(config: JsonObject): boolean {
  const locations = enabledStacks(config).flatMap(({ name, section }) => {
    const location = stateLocation((section.backend ?? config.backend) as BackendConfig | undefined, name);
    return location === undefined ? [] : [location];
  });
  return new Set(locations).size === locations.length;
}

/** No custom domain or name set in the file is used twice (buildApp refuses that: CloudFront and AWS would). */
export function hasUniqueNames(config: JsonObject): boolean {
  const names = enabledStacks(config).flatMap(({ section }) => {
    const get = (path: string) =>
      path.split('.').reduce<Json | undefined>((value, key) => (value as JsonObject | undefined)?.[key], section);
    const domain = section.customDomain as { domainName: string; subjectAlternativeNames?: string[] } | undefined;
    const domains = domain
      ? [domain.domainName, ...(domain.subjectAlternativeNames ?? [])].map((name) => `domain ${name.toLowerCase()}`)
      : [];
    const bucketPaths = ['sourceBucket.bucketName', 'outputBucket.bucketName', 'origin.bucketName', 'origin.failoverBucket.bucketName'];
    const buckets = bucketPaths
      .map((path) => get(path))
      .filter((name) => name !== undefined)
      .map((name) => `bucket ${String(name)}`);
    const others = ['mediaConvert.queueName', 'mediaConvert.roleName', 'origin.containerName', 'createChannel.channelId']
      .filter((path) => get(path) !== undefined)
      .map((path) => `${path} ${String(get(path)).toLowerCase()}`);
    return [...domains, ...buckets, ...others];
  });
  return new Set(names).size === names.length;
}

/** An instance name, as the instances form takes it. */
const instanceName = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);

/**
 * A section in the instances form: 1-3 named instances, each a valid section. The defaults hold
 * the first instance's values of keys every instance sets to a non-object value: the first inherits
 * them, the others override them, so each merged instance is a valid section.
 */
function instancesForm<T extends object>(section: fc.Arbitrary<T>): fc.Arbitrary<JsonObject> {
  return fc
    .uniqueArray(fc.tuple(instanceName, maybeDisabled(section).map(asJson)), { minLength: 1, maxLength: 3, selector: ([name]) => name })
    .chain((instances) => {
      const shared = Object.keys(instances[0][1]).filter((key) =>
        instances.every(([, own]) => own[key] !== undefined && (typeof own[key] !== 'object' || Array.isArray(own[key]))),
      );
      return fc.subarray(shared).map((keys) => {
        const [[firstName, first], ...rest] = instances;
        const defaults = Object.fromEntries(keys.map((key) => [key, first[key]]));
        const firstOwn = Object.fromEntries(Object.entries(first).filter(([key]) => !keys.includes(key)));
        return { ...(keys.length > 0 ? { defaults } : {}), instances: Object.fromEntries([[firstName, firstOwn], ...rest]) };
      });
    });
}

/** A whole valid configuration file, as parsed JSON. */
export function validConfig(options: ConfigOptions = {}): fc.Arbitrary<JsonObject> {
  const mediaPackage = options.offlinePlannable
    ? liveMediaPackage
    : fc
        .tuple(liveMediaPackage, fc.option(fc.stringMatching(/^[A-Za-z0-9/_+=.@-]{1,30}$/), { nil: undefined }))
        .map(([config, secretId]) => (secretId ? { ...config, cdnAuthorization: { secretId } } : config));
  const eitherForm = <T extends object>(section: fc.Arbitrary<T>) =>
    options.instances
      ? fc.oneof({ weight: 3, arbitrary: maybeDisabled(section).map(asJson) }, { weight: 1, arbitrary: instancesForm(section) })
      : maybeDisabled(section);
  return fc
    .record(
      {
        $schema: fc.constant('./config.schema.json'),
        awsRegion,
        tags,
        stackNamePrefix: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
        backend: backend(true),
        vod: eitherForm(vod),
        liveMediaPackage: eitherForm(mediaPackage),
        liveMediaStore: eitherForm(liveMediaStore),
        mkio: eitherForm(mkio),
        antMedia: eitherForm(antMedia),
      },
      { requiredKeys: ['awsRegion'], noNullPrototype: true },
    )
    .map(asJson)
    .filter((config) => hasOneStatePerStack(config) && hasUniqueNames(config));
}
