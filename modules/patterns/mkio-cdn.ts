import { Construct } from 'constructs';
import { CachePolicy, ICachePolicy } from '../cloudfront/cache-policy';
import { VideoDistribution } from '../cloudfront/distribution';
import { ViewerProtocolPolicy } from '../cloudfront/distribution-settings';
import { AllowedMethods, CachedMethods } from '../cloudfront/http-methods';
import { IOriginRequestPolicy, OriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { CustomDomain } from '../domain/custom-domain';
import { MkioOrigin, mkioStreamingEndpointHostProblem } from '../origins/mkio-origin';
import { VideoOriginRequestPresets } from '../presets/origin-request-presets';
import { VideoCachePresets } from '../presets/video-cache-presets';
import { checkValue } from '../private/check-value';
import { fitDistributionComment } from '../private/distribution-comment';
import { createPatternDistribution } from '../private/pattern-distribution';
import { inProp } from '../private/prop-path';
import { VideoCdnPatternProps } from './video-cdn-pattern-props';

/** Query-string tokens or DRM signed URLs in front of MK.IO. */
export interface MkioTokenAuthenticationProps {
  /** The query strings that carry the token or signature (1-10), forwarded to MK.IO. */
  readonly queryStrings: readonly string[];
  /**
   * `per-token`: a cache policy with the tokens in the cache key, so a response is reused only for
   * the same token; `disabled`: CachingDisabled, every request goes to MK.IO.
   * @default 'per-token'
   */
  readonly caching?: 'per-token' | 'disabled';
}

export interface MkioCdnProps extends VideoCdnPatternProps {
  /** The host from MK.IO > Streaming Endpoints, e.g. `production.westeurope.streaming.mediakind.com`. */
  readonly streamingEndpointHostName: string;
  /** Origin Shield in the AWS region nearest the MK.IO deployment. @default off */
  readonly originShieldRegion?: string;
  /** @default ViewerProtocolPolicy.REDIRECT_TO_HTTPS */
  readonly viewerProtocolPolicy?: ViewerProtocolPolicy.REDIRECT_TO_HTTPS | ViewerProtocolPolicy.HTTPS_ONLY;
  /** @default none: CachingOptimized, no query string reaches MK.IO */
  readonly tokenAuthentication?: MkioTokenAuthenticationProps;
}

/**
 * A MediaKind MK.IO streaming endpoint behind CloudFront (MK.IO guide "Integrate Amazon
 * CloudFront"): one HTTPS-only origin, one read-only default behavior, and playback URLs that
 * keep the locator path and swap the endpoint host for the CDN's.
 */
export class MkioCdn extends Construct {
  public readonly origin: MkioOrigin;
  public readonly distribution: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  public readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: MkioCdnProps) {
    super(scope, id);
    checkValue('streamingEndpointHostName', props.streamingEndpointHostName, mkioStreamingEndpointHostProblem);
    this.origin = MkioOrigin.fromStreamingEndpoint(props.streamingEndpointHostName, {
      originId: 'mkio-streaming-endpoint',
      originShieldRegion: props.originShieldRegion,
    });
    const front = createPatternDistribution(this, props, {
      comment: fitDistributionComment(`MK.IO streaming endpoint ${props.streamingEndpointHostName}`),
      defaultBehavior: {
        origin: this.origin,
        viewerProtocolPolicy: props.viewerProtocolPolicy,
        // Manifests and segments are read-only.
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        ...inProp('tokenAuthentication', () => this.policies(props.tokenAuthentication)),
      },
    });
    this.distribution = front.distribution;
    this.customDomain = front.customDomain;
    this.baseUrl = front.baseUrl;
  }

  /** A playback URL through the CDN: the MK.IO host replaced, the locator path kept. */
  public playbackUrl(locatorId: string, path = '...'): string {
    return MkioOrigin.playbackUrl(this.baseUrl, locatorId, path);
  }

  /**
   * Without tokens, CachingOptimized: MK.IO paths name everything (format and filters live in the
   * path), so no query string is needed. With tokens, the token reaches MK.IO on every miss and a
   * cached response is never served to a request with another token.
   */
  private policies(tokens: MkioTokenAuthenticationProps | undefined): {
    cachePolicy: ICachePolicy;
    originRequestPolicy?: IOriginRequestPolicy;
  } {
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
