/**
 * Property 4: the library constructs fed random props either build and synthesize well-formed
 * Terraform (terraform-json.ts), or throw a VideoCdnValidationError whose message starts with the
 * quoted prop name (`'<prop>' ...`). Any other error (TypeError, a constructs id clash...) fails.
 */
import { Testing, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import fc from 'fast-check';
import {
  AllowedMethods,
  BehaviorOptions,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  DistributionDnsRecords,
  DnsRecordType,
  EdgeCertificate,
  GeoRestriction,
  HttpOrigin,
  HttpVersion,
  ICachePolicy,
  IEdgeCertificate,
  OriginProtocolPolicy,
  OriginSslPolicy,
  PriceClass,
  PrivateBucket,
  S3Origin,
  VideoCdnValidationError,
  VideoDistribution,
  ViewerProtocolPolicy,
} from '../../modules';
import { testStack } from '../support/synth';
import {
  BehaviorDescription,
  CachePolicyDescription,
  cachePolicyProps,
  distributionProps,
  DistributionDescription,
  dnsRecordsProps,
  DnsRecordsDescription,
  edgeCertificateProps,
  EdgeCertificateDescription,
  httpOriginProps,
  HttpOriginDescription,
  s3OriginProps,
  S3OriginDescription,
} from './construct-props';
import { runs } from './settings';
import { TerraformDocument, terraformJsonProblems, WellFormedOptions } from './terraform-json';

/** `'prop'`, `'errorResponses.httpStatus'`, `'additionalBehaviors["*.m3u8"].cachedMethods'` at the start. */
const QUOTED_PROP = /^'[A-Za-z][\w.]*(\[".*"\])?[\w.]*' /s;

/** Builds in a fresh stack: well-formed Terraform, or a VideoCdnValidationError naming a prop. Returns the JSON when it built. */
function buildsOrNamesAProp(build: (stack: TerraformStack) => WellFormedOptions | void): TerraformDocument | undefined {
  const stack = testStack();
  let json: TerraformDocument;
  let options: WellFormedOptions | void;
  try {
    options = build(stack);
    json = JSON.parse(Testing.synth(stack, true)) as TerraformDocument;
  } catch (error) {
    if (!(error instanceof VideoCdnValidationError)) throw error;
    expect(error.message).toMatch(QUOTED_PROP);
    return undefined;
  }
  expect(terraformJsonProblems(json, options ?? {})).toEqual([]);
  return json;
}

function cachePolicyFrom(scope: TerraformStack, id: string, description: CachePolicyDescription): CachePolicy {
  const { queryStrings, headers, cookies, ttls, ...names } = description;
  const queryStringKey =
    queryStrings &&
    {
      none: () => CacheQueryStringBehavior.none(),
      all: () => CacheQueryStringBehavior.all(),
      allowList: () => CacheQueryStringBehavior.allowList(...queryStrings.names),
      denyList: () => CacheQueryStringBehavior.denyList(...queryStrings.names),
    }[queryStrings.behavior]!();
  const headerKey =
    headers && (headers.behavior === 'allowList' ? CacheHeaderBehavior.allowList(...headers.names) : CacheHeaderBehavior.none());
  const cookieKey =
    cookies &&
    {
      none: () => CacheCookieBehavior.none(),
      all: () => CacheCookieBehavior.all(),
      allowList: () => CacheCookieBehavior.allowList(...cookies.names),
      denyList: () => CacheCookieBehavior.denyList(...cookies.names),
    }[cookies.behavior]!();
  return new CachePolicy(scope, id, { ...names, ...ttls, queryStrings: queryStringKey, headers: headerKey, cookies: cookieKey });
}

function httpOriginFrom(description: HttpOriginDescription): HttpOrigin {
  const { host, options, ...props } = description;
  return new HttpOrigin(host, {
    ...options,
    ...props,
    protocolPolicy: props.protocolPolicy as OriginProtocolPolicy | undefined,
    originSslProtocols: props.originSslProtocols as OriginSslPolicy[] | undefined,
  });
}

function distributionFrom(stack: TerraformStack, description: DistributionDescription): WellFormedOptions {
  const origins = description.origins.map((origin) => new HttpOrigin(origin.host, { originId: origin.originId }));
  let custom: ICachePolicy | undefined;
  const cachePolicies: Record<string, () => ICachePolicy> = {
    optimized: () => CachePolicy.CACHING_OPTIMIZED,
    disabled: () => CachePolicy.CACHING_DISABLED,
    custom: () => (custom ??= new CachePolicy(stack, 'custom-cache', { defaultTtlSeconds: 60 })),
  };
  const behavior = (options: BehaviorDescription): BehaviorOptions => ({
    origin: origins[options.origin % origins.length],
    cachePolicy: cachePolicies[options.cachePolicy](),
    allowedMethods: AllowedMethods[options.allowedMethods as 'ALLOW_GET_HEAD'],
    cachedMethods: CachedMethods[options.cachedMethods as 'CACHE_GET_HEAD'],
    viewerProtocolPolicy: options.viewerProtocolPolicy as ViewerProtocolPolicy,
    compress: options.compress,
    smoothStreaming: options.smoothStreaming,
  });
  const geo = description.geoRestriction;
  const domain = description.customDomain;
  const certificateNames = (names: 'aliases' | 'none' | 'own') =>
    names === 'aliases' ? domain!.aliases : names === 'own' ? domain!.ownNames : undefined;
  let certificate: IEdgeCertificate | undefined;
  if (domain?.certificate.kind === 'arn') {
    certificate = EdgeCertificate.fromCertificateArn(domain.certificate.arn, certificateNames(domain.certificate.names));
  } else if (domain?.certificate.kind === 'edge') {
    const [domainName, ...subjectAlternativeNames] = certificateNames(domain.certificate.names)!;
    certificate = new EdgeCertificate(stack, 'certificate', { domainName, subjectAlternativeNames, hostedZoneId: 'Z1' });
  }
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: behavior(description.defaultBehavior),
    additionalBehaviors: Object.fromEntries(description.behaviors.map(([pattern, options]) => [pattern, behavior(options)])),
    errorResponses: description.errorResponses?.map(({ page, ...response }) => ({ ...response, ...page })),
    priceClass: description.priceClass as PriceClass | undefined,
    httpVersion: description.httpVersion as HttpVersion | undefined,
    enableIpv6: description.enableIpv6,
    webAclId: description.webAclId,
    geoRestriction:
      geo && (geo.type === 'allowlist' ? GeoRestriction.allowlist(...geo.countries) : GeoRestriction.denylist(...geo.countries)),
    domainNames: domain?.aliases,
    certificate,
    comment: description.comment,
    maxCacheBehaviors: description.maxCacheBehaviors,
    tags: description.tags,
  });
  return { maxCacheBehaviors: description.maxCacheBehaviors };
}

function edgeCertificateFrom(stack: TerraformStack, description: EdgeCertificateDescription): void {
  const provider = description.provider && new AwsProvider(stack, 'given-provider', { alias: 'given', region: description.provider });
  new EdgeCertificate(stack, 'certificate', { ...description, provider });
}

function dnsRecordsFrom(stack: TerraformStack, description: DnsRecordsDescription): void {
  const { aliases, recordType, ...props } = description;
  new DistributionDnsRecords(stack, 'dns', {
    ...props,
    recordType: recordType as DnsRecordType | undefined,
    distribution: { domainName: 'd111111abcdef8.cloudfront.net', hostedZoneId: 'Z2FDTNDATAQYW2', aliases },
  });
}

function s3OriginFrom(stack: TerraformStack, description: S3OriginDescription): void {
  const bucket =
    description.bucket === 'private-bucket'
      ? new PrivateBucket(stack, 'bucket')
      : { bucket: 'media-bucket', arn: 'arn:aws:s3:::media-bucket', bucketRegionalDomainName: 'media-bucket.s3.eu-west-1.amazonaws.com' };
  const origin = S3Origin.withOriginAccessControl(bucket, { ...description.options, createBucketPolicy: description.createBucketPolicy });
  for (let index = 0; index < description.distributions; index += 1) {
    new VideoDistribution(stack, `cdn-${index}`, { defaultBehavior: { origin } });
  }
}

describe('property: library constructs with random props build well-formed Terraform or name the bad prop', () => {
  it('VideoDistribution: behaviors, path patterns, error responses, aliases and certificates', () => {
    fc.assert(
      fc.property(distributionProps, (description) => void buildsOrNamesAProp((stack) => distributionFrom(stack, description))),
      runs(150),
    );
  }, 60_000);

  it('CachePolicy: TTLs and name lists', () => {
    fc.assert(
      fc.property(
        cachePolicyProps,
        (description) => void buildsOrNamesAProp((stack) => void cachePolicyFrom(stack, 'policy', description)),
      ),
      runs(200),
    );
  }, 60_000);

  it('HttpOrigin: hosts, ports, paths, headers, timeouts', () => {
    fc.assert(
      fc.property(
        httpOriginProps,
        (description) =>
          void buildsOrNamesAProp(
            (stack) => void new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: httpOriginFrom(description) } }),
          ),
      ),
      runs(200),
    );
  }, 60_000);

  it('S3Origin: origin options, bucket policy, one or two distributions', () => {
    fc.assert(
      fc.property(s3OriginProps, (description) => {
        const json = buildsOrNamesAProp((stack) => s3OriginFrom(stack, description));
        if (!json) return;
        // Reading is granted by one policy naming every distribution, unless someone else owns the policy.
        const policies = Object.values(json.resource?.aws_s3_bucket_policy ?? {}).filter((policy) =>
          String(policy.policy).includes('cloudfront.amazonaws.com'),
        );
        expect(policies).toHaveLength(description.createBucketPolicy === false ? 0 : 1);
        for (const policy of policies)
          expect(String(policy.policy).match(/aws_cloudfront_distribution\.[^.]+\.arn/g)).toHaveLength(description.distributions);
      }),
      runs(100),
    );
  }, 60_000);

  it('EdgeCertificate: names, wildcards, duplicates, providers', () => {
    fc.assert(
      fc.property(edgeCertificateProps, (description) => {
        const json = buildsOrNamesAProp((stack) => edgeCertificateFrom(stack, description));
        if (!json || description.hostedZoneId === undefined) return;
        // One validation record per name, a wildcard sharing its parent's.
        const bases = new Set(
          [description.domainName, ...(description.subjectAlternativeNames ?? [])].map((name) => name.toLowerCase().replace(/^\*\./, '')),
        );
        expect(Object.keys(json.resource?.aws_route53_record ?? {})).toHaveLength(bases.size);
      }),
      runs(150),
    );
  }, 60_000);

  it('DistributionDnsRecords: names, zones, record types, TTLs', () => {
    fc.assert(
      fc.property(dnsRecordsProps, (description) => void buildsOrNamesAProp((stack) => dnsRecordsFrom(stack, description))),
      runs(200),
    );
  }, 60_000);
});
