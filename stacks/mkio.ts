import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { customDomainProps, distributionProps } from '../config/common';
import { MkioConfig } from '../config/mkio';
import {
  AllowedMethods,
  CachedMethods,
  CachePolicy,
  CustomDomain,
  ICachePolicy,
  IOriginRequestPolicy,
  MkioOrigin,
  OriginRequestPolicy,
  VideoCachePresets,
  VideoCdnStack,
  VideoCdnStackProps,
  VideoDistribution,
  VideoOriginRequestPresets,
  viewerBaseUrl,
} from '../modules';
import { fitDistributionComment } from '../modules/private/distribution-comment';

/**
 * A MediaKind MK.IO streaming endpoint behind CloudFront (MK.IO guide "Integrate Amazon
 * CloudFront"): one HTTPS-only origin, one read-only default behavior, and playback URLs that
 * keep the locator path and swap the endpoint host for the CDN's.
 */
export class MkioStack extends VideoCdnStack {
  public readonly distribution: VideoDistribution;

  constructor(scope: Construct, id: string, config: MkioConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const domain = config.customDomain && new CustomDomain(this, 'custom-domain', customDomainProps(config.customDomain, config.tags));
    const origin = MkioOrigin.fromStreamingEndpoint(config.streamingEndpointHostName, {
      originId: 'mkio-streaming-endpoint',
      originShieldRegion: config.originShieldRegion,
    });
    const policies = this.policies(config.tokenAuthentication);

    this.distribution = new VideoDistribution(this, 'distribution', {
      ...distributionProps(config.distribution),
      comment: config.distribution?.comment ?? fitDistributionComment(`MK.IO streaming endpoint ${config.streamingEndpointHostName}`),
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: config.viewerProtocolPolicy,
        // Manifests and segments are read-only.
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        ...policies,
      },
      domainNames: domain?.domainNames,
      certificate: domain?.certificate,
      tags: config.tags,
    });
    domain?.pointAt(this.distribution);

    const baseUrl = viewerBaseUrl(this.distribution, domain);
    new TerraformOutput(this, 'playback-url-pattern', {
      description: `Replace https://${config.streamingEndpointHostName} in MK.IO playback URLs with this base; the locator path stays`,
      value: MkioOrigin.playbackUrl(baseUrl, '<locator-id>'),
    });
    new TerraformOutput(this, 'playback-base-url', { description: 'Base URL viewers use', value: baseUrl });
    new TerraformOutput(this, 'distribution-id', { value: this.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: this.distribution.domainName });
  }

  /**
   * Without tokens, CachingOptimized: MK.IO paths name everything (format and filters live in the
   * path), so no query string is needed. With tokens, the token reaches MK.IO on every miss and a
   * cached response is never served to a request with another token.
   */
  private policies(tokens: MkioConfig['tokenAuthentication']): { cachePolicy: ICachePolicy; originRequestPolicy?: IOriginRequestPolicy } {
    if (!tokens) return { cachePolicy: CachePolicy.CACHING_OPTIMIZED };
    const cachingDisabled = tokens.caching === 'disabled';
    return {
      cachePolicy: cachingDisabled
        ? CachePolicy.CACHING_DISABLED
        : new CachePolicy(this, 'token-cache-policy', VideoCachePresets.tokenProtected({ queryStrings: tokens.queryStrings })),
      // Forwarding Origin is only safe when nothing is cached: a cached CORS answer for one
      // page origin would otherwise be served to another.
      originRequestPolicy: new OriginRequestPolicy(
        this,
        'token-origin-request-policy',
        VideoOriginRequestPresets.forwardQueryStrings(tokens.queryStrings, cachingDisabled),
      ),
    };
  }
}
