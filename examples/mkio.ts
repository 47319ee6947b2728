/**
 * MK.IO behind CloudFront with the library's pattern (docs/guides/mkio.md): the streaming endpoint
 * as an HTTPS-only origin with Origin Shield, CachingOptimized, all edge locations.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { MkioCdn, PriceClass, VideoCdnStack, ViewerProtocolPolicy } from '../modules';

export function buildMkioExample(scope: Construct, id = 'mkio-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const mkio = new MkioCdn(stack, 'mkio', {
    streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
    originShieldRegion: 'eu-west-1', // the Origin Shield region nearest the MK.IO deployment
    viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
    distribution: { priceClass: PriceClass.PRICE_CLASS_ALL },
    customDomain: { domainName: 'vod.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
  });
  new TerraformOutput(stack, 'playback-url-pattern', { value: mkio.playbackUrl('<locator-id>') });
  return stack;
}
