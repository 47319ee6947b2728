/**
 * MK.IO behind CloudFront with the library alone (the README's MK.IO snippet): the streaming
 * endpoint as an HTTPS-only origin with Origin Shield, CachingOptimized, all edge locations.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  CachePolicy,
  CustomDomain,
  MkioOrigin,
  PriceClass,
  VideoCdnStack,
  VideoDistribution,
  ViewerProtocolPolicy,
  viewerBaseUrl,
} from '../modules';

export function buildMkioExample(scope: Construct, id = 'mkio-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const domain = new CustomDomain(stack, 'domain', {
    domainName: 'vod.example.com',
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com',
  });
  const distribution = new VideoDistribution(stack, 'cdn', {
    defaultBehavior: {
      origin: MkioOrigin.fromStreamingEndpoint('production.westeurope.streaming.mediakind.com', {
        originShieldRegion: 'eu-west-1', // the Origin Shield region nearest the MK.IO deployment
      }),
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
    },
    priceClass: PriceClass.PRICE_CLASS_ALL,
    domainNames: domain.domainNames,
    certificate: domain.certificate,
  });
  domain.pointAt(distribution);
  new TerraformOutput(stack, 'playback-url-pattern', {
    value: MkioOrigin.playbackUrl(viewerBaseUrl(distribution, domain), '<locator-id>'),
  });
  return stack;
}
