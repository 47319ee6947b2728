import { Construct } from 'constructs';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CachePolicy, ICachePolicy } from '../cloudfront/cache-policy';
import { ErrorResponse, shortLivedErrorResponses } from '../cloudfront/error-responses';
import { invalid } from '../private/invalid';
import { IOriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { MediaPackageEndpointUrl, MediaPackageVersion } from './endpoint-url';
import { MediaPackageEndpoint, MediaPackagePackaging } from './packaging';
import { IVideoOrigin } from '../origins/origin';
import { OriginGroup } from '../origins/origin-group';
import { checkSettingProblems } from '../private/check-value';
import { barePatterns, endpointNames, mediaPackageSettingsProblems, scopedEndpoints } from './settings-rules';
import { MediaPackageOrigin, MediaPackageV2OriginProps } from './mediapackage-origin';
import { IResponseHeadersPolicy } from '../cloudfront/response-headers-policy';
import { VideoCachePresets } from '../presets/video-cache-presets';

/** MediaPackage v2's own manifest settings query string (time-shift, LL-HLS settings); in the key of v2 manifests. */
export const MEDIAPACKAGE_V2_MANIFEST_SETTINGS_QUERY_STRING = 'aws.manifestsettings';
/** MediaPackage's `?m=<modified time>` tag on manifests and segments: always in the cache key. */
export const MEDIAPACKAGE_MODIFIED_TIME_QUERY_STRING = 'm';

export interface MediaPackageBehaviorsProps {
  /** The channel's origin endpoints. The first one also gets the default behavior. */
  readonly endpoints: readonly MediaPackageEndpoint[];
  /** @default MediaPackageVersion.V1 */
  readonly version?: MediaPackageVersion;
  /**
   * Origin settings every endpoint shares: Origin Shield, the CDN authorization value, timeouts.
   * `originId` and `originPathFromEndpoint` are set per endpoint by the layout.
   * @default none
   */
  readonly originProps?: Omit<MediaPackageV2OriginProps, 'originId' | 'originPathFromEndpoint'>;
  /** Time-shifted viewing: `start` and `end` in the manifests' cache key. @default false */
  readonly timeShift?: boolean;
  /** Manifest filtering: `aws.manifestfilter` in the manifests' cache key. @default false */
  readonly manifestFilter?: boolean;
  /** Low-Latency HLS (MediaPackage v2 only): `_HLS_msn`, `_HLS_part`, `_HLS_skip` in the manifests' cache key. @default false */
  readonly lowLatencyHls?: boolean;
  /**
   * Responses of an endpoint that send a request to its failover endpoint (`failoverUrl`).
   * @default LIVE_FAILOVER_STATUS_CODES (404, 500, 502, 503, 504)
   */
  readonly failoverStatusCodes?: readonly number[];
  /**
   * Minimum TTL of manifests and segments, at most 5 s (1 s with LL-HLS) so viewers stay at the
   * live edge; MediaPackage's own Cache-Control sets the rest.
   * @default 1
   */
  readonly minTtlSeconds?: number;
  /** How long CloudFront caches a 4xx/5xx from MediaPackage (`errorResponses`). @default 1 */
  readonly errorCachingTtlSeconds?: number;
  /** @default a cache policy from VideoCachePresets.liveManifests with the query strings above */
  readonly manifestCachePolicy?: ICachePolicy;
  /** @default a cache policy from VideoCachePresets.liveSegments with `m` in the key */
  readonly segmentCachePolicy?: ICachePolicy;
  /** @default none: the cache key's query strings reach MediaPackage, nothing else */
  readonly originRequestPolicy?: IOriginRequestPolicy;
  /** @default none (MediaPackage answers CORS itself) */
  readonly responseHeadersPolicy?: IResponseHeadersPolicy;
}

/** How one endpoint is routed. */
export interface MediaPackageEndpointRoute {
  readonly name: string;
  readonly packaging: MediaPackagePackaging;
  readonly origin: MediaPackageOrigin;
  /** The endpoint CloudFront fails over to, when there is one. */
  readonly failoverOrigin?: MediaPackageOrigin;
  /** What the endpoint's behaviors target: the origin, or the group of origin and failover origin. */
  readonly target: IVideoOrigin;
  /**
   * True when an earlier endpoint already uses this endpoint's bare patterns (`*.m3u8`), so its
   * patterns are scoped to its endpoint path (`/out/v1/<hash>/*.m3u8`) and it has no origin path.
   */
  readonly scopedToEndpointPath: boolean;
  /** `*.m3u8`, `*.mpd` or `index.ism/*`, possibly scoped. */
  readonly manifestPathPattern: string;
  /** `*.ts` or `*.mp4`, possibly scoped; none for Smooth. */
  readonly segmentPathPattern?: string;
  /** The manifest's path on the distribution (`/index.m3u8`, `/out/v1/<hash>/index.m3u8`). */
  readonly manifestPath: string;
}

/**
 * The cache behaviors for a MediaPackage live channel, per the CloudFront guide "Serving live
 * video formatted with AWS Elemental MediaPackage": one origin per endpoint and, per endpoint, a
 * manifest and a segment behavior (`*.m3u8` + `*.ts` for HLS, `*.m3u8` + `*.mp4` for CMAF,
 * `*.mpd` + `*.mp4` for DASH, `index.ism/*` for Smooth), with cache policies keyed on `m` (and
 * `start`/`end`, `aws.manifestfilter`, LL-HLS query strings on manifests when used).
 *
 * When an endpoint's pattern is already taken by an earlier endpoint (two HLS endpoints, or CMAF
 * and DASH both on `*.mp4`), its patterns are scoped to its endpoint path and its origin gets no
 * origin path, so every endpoint stays reachable. Two behaviors never share a pattern.
 *
 * Pass `defaultBehavior`, `additionalBehaviors` and `errorResponses` to a `VideoDistribution`.
 */
export class MediaPackageBehaviors extends Construct {
  public readonly version: MediaPackageVersion;
  /** Every endpoint's routing, in the order given. */
  public readonly endpoints: readonly MediaPackageEndpointRoute[];
  public readonly manifestCachePolicy: ICachePolicy;
  public readonly segmentCachePolicy: ICachePolicy;
  /** Routes to the first endpoint: requests no pattern matches. */
  public readonly defaultBehavior: BehaviorOptions;
  /** Scoped endpoints' behaviors first (CloudFront matches in order), then the bare patterns. */
  public readonly additionalBehaviors: Readonly<Record<string, BehaviorOptions>>;
  /** 4xx/5xx cached `errorCachingTtlSeconds` (1 s) instead of CloudFront's 10 s. */
  public readonly errorResponses: readonly ErrorResponse[];

  constructor(scope: Construct, id: string, props: MediaPackageBehaviorsProps) {
    super(scope, id);
    this.version = props.version ?? MediaPackageVersion.V1;
    const minTtl = props.minTtlSeconds ?? 1;
    if (props.endpoints.length === 0) {
      invalid(
        'endpoints',
        'is empty',
        props.endpoints,
        "List the channel's origin endpoints (URL and packaging type): CloudFront needs at least one origin.",
      );
    }
    checkSettingProblems(props, mediaPackageSettingsProblems(props));

    this.manifestCachePolicy =
      props.manifestCachePolicy ??
      new CachePolicy(this, 'ManifestCachePolicy', {
        ...VideoCachePresets.liveManifests({
          queryStrings: [
            MEDIAPACKAGE_MODIFIED_TIME_QUERY_STRING,
            ...(this.version === MediaPackageVersion.V2 ? [MEDIAPACKAGE_V2_MANIFEST_SETTINGS_QUERY_STRING] : []),
          ],
          timeShift: props.timeShift,
          manifestFilter: props.manifestFilter,
          lowLatencyHls: props.lowLatencyHls,
          minTtlSeconds: minTtl,
        }),
        comment: 'MediaPackage live manifests: short TTL, m and window-selecting query strings in the key',
      });
    this.segmentCachePolicy =
      props.segmentCachePolicy ??
      new CachePolicy(this, 'SegmentCachePolicy', {
        ...VideoCachePresets.liveSegments({ queryStrings: [MEDIAPACKAGE_MODIFIED_TIME_QUERY_STRING], minTtlSeconds: minTtl }),
        comment: 'MediaPackage live segments: m in the key, MediaPackage Cache-Control honoured',
      });

    this.endpoints = this.route(props);
    const behavior = (origin: IVideoOrigin, cachePolicy: ICachePolicy): BehaviorOptions => ({
      origin,
      cachePolicy,
      originRequestPolicy: props.originRequestPolicy,
      responseHeadersPolicy: props.responseHeadersPolicy,
    });
    this.defaultBehavior = behavior(this.endpoints[0].target, this.segmentCachePolicy);
    const ordered = [
      ...this.endpoints.filter((route) => route.scopedToEndpointPath),
      ...this.endpoints.filter((route) => !route.scopedToEndpointPath),
    ];
    const additional: Record<string, BehaviorOptions> = {};
    for (const route of ordered) {
      additional[route.manifestPathPattern] = behavior(route.target, this.manifestCachePolicy);
      if (route.segmentPathPattern) additional[route.segmentPathPattern] = behavior(route.target, this.segmentCachePolicy);
    }
    this.additionalBehaviors = additional;
    this.errorResponses = shortLivedErrorResponses(props.errorCachingTtlSeconds ?? 1);
  }

  /** Playback URL of every endpoint's manifest under `baseUrl` (`https://d123.cloudfront.net`), keyed by endpoint name. */
  public playbackUrls(baseUrl: string): Record<string, string> {
    const base = baseUrl.replace(/\/+$/, '');
    return Object.fromEntries(this.endpoints.map((route) => [route.name, `${base}${route.manifestPath}`]));
  }

  /**
   * v2 only: each endpoint's policy for CloudFront, keyed by endpoint name (`<name>-failover` for a
   * failover endpoint), to attach to the endpoints.
   */
  public endpointPolicies(): Record<string, string> {
    const policies: Record<string, string> = {};
    for (const route of this.endpoints) {
      if (route.origin.endpointPolicyJson) policies[route.name] = route.origin.endpointPolicyJson;
      if (route.failoverOrigin?.endpointPolicyJson) policies[`${route.name}-failover`] = route.failoverOrigin.endpointPolicyJson;
    }
    return policies;
  }

  private route(props: MediaPackageBehaviorsProps): MediaPackageEndpointRoute[] {
    const names = endpointNames(props.endpoints);
    const owners = new Map<string, number>();
    const scopedByIndex = scopedEndpoints(props.endpoints, this.version);
    return props.endpoints.map((endpoint, index) => {
      const url = MediaPackageEndpointUrl.parse(endpoint.url, `endpoints[${index}].url`, this.version);
      const scoped = scopedByIndex[index];
      const patterns = barePatterns(endpoint, this.version).map((pattern) => (scoped ? `${url.endpointPath}/${pattern}` : pattern));
      for (const pattern of patterns) {
        const key = pattern.replace(/^\//, '');
        const owner = owners.get(key);
        if (owner !== undefined) {
          invalid(
            `endpoints[${index}].url`,
            `would share the path pattern "${pattern}" with endpoints[${owner}] (same endpoint path)`,
            endpoint.url,
            'Two behaviors cannot share a pattern: list each endpoint once, and use endpoints with distinct paths (e.g. not the same /out/v1/<group>/<channel>/<endpoint> in two regions).',
          );
        }
        owners.set(key, index);
      }
      const origin = this.createOrigin(endpoint.url, names[index], !scoped, props.originProps);
      const failoverOrigin =
        endpoint.failoverUrl === undefined
          ? undefined
          : this.createOrigin(endpoint.failoverUrl, `${names[index]}-failover`, !scoped, props.originProps);
      return {
        name: names[index],
        packaging: endpoint.packaging,
        origin,
        failoverOrigin,
        target: failoverOrigin
          ? new OriginGroup({
              members: [origin, failoverOrigin],
              failoverStatusCodes: props.failoverStatusCodes,
              originGroupId: `mediapackage-${names[index]}-group`,
            })
          : origin,
        scopedToEndpointPath: scoped,
        manifestPathPattern: patterns[0],
        segmentPathPattern: patterns[1],
        manifestPath: origin.manifestPath,
      };
    });
  }

  private createOrigin(
    url: string,
    name: string,
    rooted: boolean,
    originProps: MediaPackageBehaviorsProps['originProps'],
  ): MediaPackageOrigin {
    const props = { ...originProps, originId: `mediapackage-${name}`, originPathFromEndpoint: rooted };
    return this.version === MediaPackageVersion.V2
      ? MediaPackageOrigin.withOriginAccessControl(url, props)
      : MediaPackageOrigin.fromEndpointUrl(url, props);
  }
}
