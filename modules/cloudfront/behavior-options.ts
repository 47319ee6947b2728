import { ICachePolicy } from './cache-policy';
import { ViewerProtocolPolicy } from './distribution-settings';
import { AllowedMethods, CachedMethods } from './http-methods';
import { IOriginRequestPolicy } from './origin-request-policy';
import { IVideoOrigin } from '../origins/origin';
import { IResponseHeadersPolicy } from './response-headers-policy';

/** How one cache behavior (the default one, or one per path pattern) serves requests. */
export interface BehaviorOptions {
  /** Where requests matching this behavior go. */
  readonly origin: IVideoOrigin;
  /** @default CachePolicy.CACHING_OPTIMIZED */
  readonly cachePolicy?: ICachePolicy;
  /** @default none: only what the cache policy puts in the key reaches the origin */
  readonly originRequestPolicy?: IOriginRequestPolicy;
  /** @default none */
  readonly responseHeadersPolicy?: IResponseHeadersPolicy;
  /** @default ViewerProtocolPolicy.REDIRECT_TO_HTTPS */
  readonly viewerProtocolPolicy?: ViewerProtocolPolicy;
  /** @default AllowedMethods.ALLOW_GET_HEAD */
  readonly allowedMethods?: AllowedMethods;
  /** @default CachedMethods.CACHE_GET_HEAD */
  readonly cachedMethods?: CachedMethods;
  /**
   * Compress responses the viewer accepts compressed. CloudFront only compresses text types
   * (manifests, subtitles), never video segments.
   * @default true
   */
  readonly compress?: boolean;
  /** Serve Microsoft Smooth Streaming presentations (fragmented MP4, `*.ism`). @default false */
  readonly smoothStreaming?: boolean;
}
