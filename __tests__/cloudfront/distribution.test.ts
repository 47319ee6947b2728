import { TerraformOutput, TerraformVariable } from 'cdktf';
import {
  AllowedMethods,
  CachedMethods,
  CachePolicy,
  EdgeCertificate,
  GeoRestriction,
  HttpOrigin,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  PrivateBucket,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  VideoDistribution,
  ViewerProtocolPolicy,
} from '../../modules';
import { onlyResource, outputs, synthJson, testStack } from '../support/synth';

const CERT_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';
const WAF_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/video/0123abcd-0000-1111-2222-333344445555';

function distributionJson(build: (stack: ReturnType<typeof testStack>) => void): Record<string, any> {
  const stack = testStack();
  build(stack);
  return onlyResource(synthJson(stack), 'aws_cloudfront_distribution');
}

const origin = () => new HttpOrigin('origin.example.com');

describe('VideoDistribution', () => {
  it('minimal: secure and cheap defaults', () => {
    const d = distributionJson((stack) => new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: origin() } }));
    expect(d).toMatchObject({
      enabled: true,
      price_class: 'PriceClass_100',
      http_version: 'http2and3',
      is_ipv6_enabled: true,
      viewer_certificate: { cloudfront_default_certificate: true },
      restrictions: { geo_restriction: { restriction_type: 'none' } },
      default_cache_behavior: {
        target_origin_id: 'origin-1',
        viewer_protocol_policy: 'redirect-to-https',
        allowed_methods: ['GET', 'HEAD'],
        cached_methods: ['GET', 'HEAD'],
        cache_policy_id: CachePolicy.CACHING_OPTIMIZED.cachePolicyId,
        compress: true,
      },
    });
    // Logging costs money and is off unless asked; no WAF, no aliases, no legacy forwarded_values.
    expect(d.logging_config).toBeUndefined();
    expect(d.web_acl_id).toBeUndefined();
    expect(d.aliases).toBeUndefined();
    expect(d.default_cache_behavior.forwarded_values).toBeUndefined();
    expect(d.default_root_object).toBeUndefined();
  });

  it('maximal: every setting reaches the JSON', () => {
    const d = distributionJson((stack) => {
      const live = new HttpOrigin('live.example.com', { originId: 'live' });
      const smooth = new HttpOrigin('smooth.example.com', { originId: 'smooth' });
      new VideoDistribution(stack, 'cdn', {
        defaultBehavior: {
          origin: live,
          cachePolicy: CachePolicy.ELEMENTAL_MEDIA_PACKAGE,
          originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
          responseHeadersPolicy: ResponseHeadersPolicy.CORS_WITH_PREFLIGHT,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachedMethods: CachedMethods.CACHE_GET_HEAD_OPTIONS,
          compress: false,
        },
        additionalBehaviors: {
          '*.m3u8': { origin: live, cachePolicy: CachePolicy.CACHING_DISABLED },
          'index.ism/*': { origin: smooth, smoothStreaming: true },
        },
        errorResponses: [
          { httpStatus: 404, ttlSeconds: 1 },
          { httpStatus: 503, ttlSeconds: 1, responseHttpStatus: 503, responsePagePath: '/errors/503.html' },
        ],
        priceClass: PriceClass.PRICE_CLASS_ALL,
        webAclId: WAF_ARN,
        geoRestriction: GeoRestriction.allowlist('US', 'CA'),
        httpVersion: HttpVersion.HTTP2,
        enableIpv6: false,
        domainNames: ['video.example.com', 'live.video.example.com'],
        certificate: EdgeCertificate.fromCertificateArn(CERT_ARN, ['video.example.com', '*.video.example.com']),
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
        logging: { bucketDomainName: 'logs.s3.amazonaws.com', prefix: 'cdn/' },
        defaultRootObject: 'index.html',
        comment: 'live',
        tags: { team: 'video' },
        enabled: false,
      });
    });
    expect(d).toMatchObject({
      enabled: false,
      comment: 'live',
      price_class: 'PriceClass_All',
      http_version: 'http2',
      is_ipv6_enabled: false,
      web_acl_id: WAF_ARN,
      default_root_object: 'index.html',
      aliases: ['video.example.com', 'live.video.example.com'],
      tags: { team: 'video' },
      viewer_certificate: { acm_certificate_arn: CERT_ARN, ssl_support_method: 'sni-only', minimum_protocol_version: 'TLSv1.2_2021' },
      restrictions: { geo_restriction: { restriction_type: 'whitelist', locations: ['US', 'CA'] } },
      logging_config: { bucket: 'logs.s3.amazonaws.com', prefix: 'cdn/', include_cookies: false },
      custom_error_response: [
        { error_code: 404, error_caching_min_ttl: 1 },
        { error_code: 503, error_caching_min_ttl: 1, response_code: 503, response_page_path: '/errors/503.html' },
      ],
      default_cache_behavior: {
        target_origin_id: 'live',
        viewer_protocol_policy: 'https-only',
        allowed_methods: ['GET', 'HEAD', 'OPTIONS'],
        cached_methods: ['GET', 'HEAD', 'OPTIONS'],
        cache_policy_id: '08627262-05a9-4f76-9ded-b50ca2e3a84f',
        origin_request_policy_id: '59781a5b-3903-41f3-afcb-af62929ccde1',
        response_headers_policy_id: '5cc3b908-e619-4b99-88e5-2cf7f45965bd',
        compress: false,
      },
      ordered_cache_behavior: [
        { path_pattern: '*.m3u8', target_origin_id: 'live', cache_policy_id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' },
        { path_pattern: 'index.ism/*', target_origin_id: 'smooth', smooth_streaming: true },
      ],
    });
    // Each origin appears once, however many behaviors use it.
    expect(d.origin.map((o: any) => o.origin_id)).toEqual(['live', 'smooth']);
  });

  it('addBehavior appends in order and binds new origins', () => {
    const d = distributionJson((stack) => {
      const cdn = new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: origin() } });
      cdn.addBehavior('/hls/*.m3u8', { origin: new HttpOrigin('hls.example.com') });
      cdn.addBehavior('/hls/*.ts', { origin: new HttpOrigin('seg.example.com') });
    });
    expect(d.ordered_cache_behavior.map((b: any) => [b.path_pattern, b.target_origin_id])).toEqual([
      ['/hls/*.m3u8', 'origin-2'],
      ['/hls/*.ts', 'origin-3'],
    ]);
  });

  it('exposes id, ARN, domain name and hosted zone id as references other resources can use', () => {
    const stack = testStack();
    const cdn = new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: origin() } });
    new TerraformOutput(stack, 'attributes', { value: [cdn.distributionId, cdn.distributionArn, cdn.domainName, cdn.hostedZoneId] });
    expect(outputs(synthJson(stack)).attributes).toEqual([
      expect.stringMatching(/^\$\{aws_cloudfront_distribution\.cdn_[0-9A-F]+\.id\}$/),
      expect.stringMatching(/\.arn\}$/),
      expect.stringMatching(/\.domain_name\}$/),
      expect.stringMatching(/\.hosted_zone_id\}$/),
    ]);
  });

  describe('rejects at construction', () => {
    const build = (props: Partial<ConstructorParameters<typeof VideoDistribution>[2]>) => () =>
      new VideoDistribution(testStack(), 'cdn', { defaultBehavior: { origin: origin() }, ...props });

    it('aliases without a certificate', () => {
      expect(build({ domainNames: ['video.example.com'] })).toThrow(
        /'certificate' is missing but domainNames are set, got: \["video.example.com"\]\. Pass an EdgeCertificate/,
      );
    });
    it('a certificate without aliases', () => {
      expect(build({ certificate: EdgeCertificate.fromCertificateArn(CERT_ARN) })).toThrow(
        /'domainNames' is empty but a certificate is set/,
      );
    });
    it('an alias the certificate does not cover', () => {
      expect(
        build({ domainNames: ['video.example.org'], certificate: EdgeCertificate.fromCertificateArn(CERT_ARN, ['video.example.com']) }),
      ).toThrow(/'domainNames' contains an alias the certificate does not cover \(it covers video.example.com\), got: "video.example.org"/);
    });
    it('a wildcard covers one label only', () => {
      const cert = EdgeCertificate.fromCertificateArn(CERT_ARN, ['*.example.com']);
      expect(build({ domainNames: ['a.example.com'], certificate: cert })).not.toThrow();
      expect(build({ domainNames: ['a.b.example.com'], certificate: cert })).toThrow(/does not cover.*"a.b.example.com"/);
      expect(build({ domainNames: ['example.com'], certificate: cert })).toThrow(/does not cover.*"example.com"/);
    });
    it('a certificate outside us-east-1', () => {
      expect(() => EdgeCertificate.fromCertificateArn('arn:aws:acm:eu-west-1:123456789012:certificate/abc')).toThrow(
        /'certificateArn' is in eu-west-1, but CloudFront only accepts certificates from us-east-1/,
      );
    });
    it('minimumProtocolVersion with the default certificate', () => {
      expect(build({ minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 })).toThrow(
        /'minimumProtocolVersion' only applies with a custom certificate/,
      );
    });
    it('a regional or malformed WAF web ACL', () => {
      expect(build({ webAclId: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/video/abc' })).toThrow(
        /'webAclId' is a regional web ACL; CloudFront needs a global one/,
      );
      expect(build({ webAclId: 'my-acl' })).toThrow(/'webAclId' is not a WAFv2 web ACL ARN, got: "my-acl"/);
    });
    it('`*` outside the default behavior', () => {
      expect(build({ additionalBehaviors: { '*': { origin: origin() } } })).toThrow(
        /'pathPattern' matches every request \(or all but the shortest\), which only the default behavior may do/,
      );
    });
    it('duplicate path patterns (a leading slash does not make them different)', () => {
      const stack = testStack();
      const cdn = new VideoDistribution(stack, 'cdn', {
        defaultBehavior: { origin: origin() },
        additionalBehaviors: { '/live/*.m3u8': { origin: origin() } },
      });
      expect(() => cdn.addBehavior('live/*.m3u8', { origin: origin() })).toThrow(
        /'pathPattern' is already used by another behavior \("\/live\/\*.m3u8"\), got: "live\/\*.m3u8"/,
      );
    });
    it('malformed path patterns', () => {
      expect(build({ additionalBehaviors: { '*.m3u8 ': { origin: origin() } } })).toThrow(
        /'pathPattern' contains characters CloudFront does not accept/,
      );
      expect(build({ additionalBehaviors: { '': { origin: origin() } } })).toThrow(/'pathPattern' must be 1-255 characters/);
    });
    it('two different origins with one id', () => {
      expect(build({ additionalBehaviors: { '*.ts': { origin: new HttpOrigin('other.example.com', { originId: 'origin-1' }) } } })).toThrow(
        /'originId' is used by two different origins, got: "origin-1"/,
      );
    });
    it('cached methods outside the allowed ones', () => {
      expect(
        () =>
          new VideoDistribution(testStack(), 'cdn', {
            defaultBehavior: { origin: origin(), cachedMethods: CachedMethods.CACHE_GET_HEAD_OPTIONS },
          }),
      ).toThrow(/'defaultBehavior.cachedMethods' caches methods that are not allowed \(GET, HEAD\)/);
    });
    it('method sets CloudFront does not accept', () => {
      expect(() => AllowedMethods.of(['GET', 'POST'])).toThrow(/'allowedMethods' is not a set CloudFront accepts, got: \["GET","POST"\]/);
      expect(() => CachedMethods.of(['GET'])).toThrow(/'cachedMethods' is not a set CloudFront accepts/);
      expect(AllowedMethods.of(['head', 'get'])).toBe(AllowedMethods.ALLOW_GET_HEAD);
    });
    it('more cache behaviors than the quota of 75, unless the quota is raised', () => {
      const behaviors = Object.fromEntries(Array.from({ length: 75 }, (_, i) => [`/p${i}/*`, { origin: origin() }]));
      expect(build({ additionalBehaviors: behaviors })).toThrow(/would make 76 cache behaviors, above the quota of 75/);
      expect(build({ additionalBehaviors: behaviors, maxCacheBehaviors: 100 })).not.toThrow();
      const fits = Object.fromEntries(Array.from({ length: 74 }, (_, i) => [`/p${i}/*`, { origin: origin() }]));
      expect(build({ additionalBehaviors: fits })).not.toThrow();
    });
    it('bad error responses and geo codes', () => {
      expect(build({ errorResponses: [{ httpStatus: 418 }] })).toThrow(
        /'errorResponses.httpStatus' is not an error code CloudFront can customise, got: 418/,
      );
      expect(build({ errorResponses: [{ httpStatus: 404, responseHttpStatus: 200 }] })).toThrow(
        /'errorResponses.responsePagePath' and responseHttpStatus must be set together/,
      );
      expect(() => GeoRestriction.denylist('usa')).toThrow(
        /'geoRestriction' contains an entry that is not an ISO 3166-1 alpha-2 code, got: "usa"/,
      );
    });
    it('malformed or duplicate aliases', () => {
      expect(build({ domainNames: ['https://video.example.com'], certificate: EdgeCertificate.fromCertificateArn(CERT_ARN) })).toThrow(
        /'domainNames' contains an entry that is not a valid domain name/,
      );
      expect(build({ domainNames: ['a.example.com', 'A.example.com'], certificate: EdgeCertificate.fromCertificateArn(CERT_ARN) })).toThrow(
        /lists "A.example.com" twice/,
      );
    });
  });

  it('skips checks on tokens (aliases and certificate from variables)', () => {
    const stack = testStack();
    const alias = new TerraformVariable(stack, 'alias', { type: 'string' });
    const arn = new TerraformVariable(stack, 'arn', { type: 'string' });
    const waf = new TerraformVariable(stack, 'waf', { type: 'string' });
    expect(
      () =>
        new VideoDistribution(stack, 'cdn', {
          defaultBehavior: { origin: origin() },
          domainNames: [alias.stringValue],
          certificate: EdgeCertificate.fromCertificateArn(arn.stringValue, ['video.example.com']),
          webAclId: waf.stringValue,
        }),
    ).not.toThrow();
  });

  it('refuses legacy logging to a PrivateBucket (ACLs off): standard logging v2 is the way there', () => {
    const stack = testStack();
    const bucket = new PrivateBucket(stack, 'logs');
    for (const [index, bucketDomainName] of [bucket.bucketDomainName, bucket.bucketRegionalDomainName].entries()) {
      expect(
        () =>
          new VideoDistribution(stack, `cdn-${index}`, {
            defaultBehavior: { origin: new HttpOrigin('a.example.com') },
            logging: { bucketDomainName },
          }),
      ).toThrow(
        /^'logging\.bucketDomainName' is a PrivateBucket, whose ACLs are off \(BucketOwnerEnforced\), and legacy logging delivers log files by ACL/,
      );
    }
  });
});
