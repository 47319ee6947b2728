/**
 * The library on its own, with most options on: a custom domain with several names, a live
 * origin and an S3 origin. Used by the README and planned with real Terraform in the tests.
 */
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  CachePolicy,
  CustomDomain,
  DnsRecordType,
  GeoRestriction,
  HttpOrigin,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  S3Origin,
  VideoCachePresets,
  VideoCdnStack,
  VideoDistribution,
  VideoResponseHeadersPresets,
} from '../modules';

export function buildCustomDomainExample(scope: Construct, id = 'library-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1', tags: { project: 'video' } });

  const domain = new CustomDomain(stack, 'domain', {
    domainName: 'video.example.com',
    subjectAlternativeNames: ['*.video.example.com', 'example.com'],
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com',
    recordType: DnsRecordType.ALIAS, // example.com is the zone apex: no CNAME there
  });

  const live = new HttpOrigin('abc123.mediapackage.eu-west-1.amazonaws.com', {
    originPath: '/out/v1/0123456789abcdef',
    originShieldRegion: 'eu-west-1',
  });
  const posters = S3Origin.withOriginAccessControl(new S3Bucket(stack, 'posters', { bucketPrefix: 'posters-' }));

  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: {
      origin: live,
      cachePolicy: new CachePolicy(stack, 'live-segments', VideoCachePresets.liveSegments({ queryStrings: ['m'] })),
      originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
    },
    additionalBehaviors: {
      '*.m3u8': {
        origin: live,
        cachePolicy: new CachePolicy(stack, 'live-manifests', VideoCachePresets.liveManifests({ queryStrings: ['m'], timeShift: true })),
        originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
      },
      '/posters/*': {
        origin: posters,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: new ResponseHeadersPolicy(
          stack,
          'cors',
          VideoResponseHeadersPresets.corsForPlayers(['https://player.example.com']),
        ),
      },
    },
    errorResponses: [
      { httpStatus: 404, ttlSeconds: 1 },
      { httpStatus: 503, ttlSeconds: 1 },
    ],
    geoRestriction: GeoRestriction.denylist('KP'),
    domainNames: domain.domainNames,
    certificate: domain.certificate,
    comment: 'Library example',
  });
  domain.pointAt(distribution);
  new TerraformOutput(stack, 'distribution-domain-name', { value: distribution.domainName });
  return stack;
}
