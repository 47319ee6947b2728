import { ICachePolicy } from './cache-policy';
import { ViewerProtocolPolicy } from './distribution-settings';
import { EdgeLambda, FunctionAssociation } from './edge-functions';
import { AllowedMethods, CachedMethods } from './http-methods';
import { IOriginRequestPolicy } from './origin-request-policy';
import { IVideoOrigin } from '../origins/origin';
import { IResponseHeadersPolicy } from './response-headers-policy';
import { IKeyGroup } from './key-group';

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
  /**
   * Serve only requests signed (signed URL or signed cookies) by a key of these groups, at most 4.
   * A distribution's `viewerAccess` adds its own.
   * @default none: no signature needed
   */
  readonly trustedKeyGroups?: readonly IKeyGroup[];
  /**
   * CloudFront Functions on viewer events, one per event. A distribution's `viewerAccess` may add
   * its token check on viewer-request.
   * @default none
   */
  readonly functionAssociations?: readonly FunctionAssociation[];
  /** Lambda@Edge functions, one per event, never on a viewer event that runs a CloudFront Function. @default none */
  readonly edgeLambdas?: readonly EdgeLambda[];
}
