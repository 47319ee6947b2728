import { Construct } from 'constructs';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CachePolicy, ICachePolicy } from '../cloudfront/cache-policy';
import { ErrorResponse, shortLivedErrorResponses } from '../cloudfront/error-responses';
import { invalid } from '../private/invalid';
import { IOriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { MediaPackageEndpointUrl, MediaPackageEndpointUrlProblem, MediaPackageManifestType, MediaPackageVersion } from './endpoint-url';
import { MediaPackageOrigin, MediaPackageV2OriginProps } from './mediapackage-origin';
import { IResponseHeadersPolicy } from '../cloudfront/response-headers-policy';
import { MAX_LIVE_MANIFEST_MIN_TTL_SECONDS, VideoCachePresets } from '../presets/video-cache-presets';

/** The packaging type of a MediaPackage origin endpoint; it decides the endpoint's path patterns. */
export enum MediaPackagePackaging {
  /** Apple HLS with TS segments: `*.m3u8` + `*.ts`. */
  HLS = 'hls',
  /** CMAF (HLS manifests, fragmented MP4 segments): `*.m3u8` + `*.mp4`. */
  CMAF = 'cmaf',
  /** MPEG-DASH: `*.mpd` + `*.mp4`. */
  DASH = 'dash',
  /** Microsoft Smooth Streaming: one behavior, `index.ism/*`, serves manifest and fragments. */
  SMOOTH = 'smooth',
}

/** What each packaging type serves: its manifest extension and its segment pattern. */
const PACKAGING_LAYOUT: Record<MediaPackagePackaging, { manifest: MediaPackageManifestType; segments?: string }> = {
  [MediaPackagePackaging.HLS]: { manifest: 'm3u8', segments: '*.ts' },
  [MediaPackagePackaging.CMAF]: { manifest: 'm3u8', segments: '*.mp4' },
  [MediaPackagePackaging.DASH]: { manifest: 'mpd', segments: '*.mp4' },
  [MediaPackagePackaging.SMOOTH]: { manifest: 'ism' },
};

/** MediaPackage v2's own manifest settings query string (time-shift, LL-HLS settings); in the key of v2 manifests. */
export const MEDIAPACKAGE_V2_MANIFEST_SETTINGS_QUERY_STRING = 'aws.manifestsettings';
/** MediaPackage's `?m=<modified time>` tag on manifests and segments: always in the cache key. */
export const MEDIAPACKAGE_MODIFIED_TIME_QUERY_STRING = 'm';
/** Every 4xx/5xx CloudFront can cache for a custom time: on a live origin each is retried after about 1 s. */

export interface MediaPackageEndpoint {
  /** The endpoint's playback URL, as MediaPackage shows it (ends in the manifest). */
  readonly url: string;
  readonly packaging: MediaPackagePackaging;
  /**
   * Short name for the origin id and the playback URL outputs (lower-case letters, digits, hyphens).
   * @default the packaging type (`hls`), numbered from the second endpoint of a type on (`hls-2`)
   */
  readonly name?: string;
}

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
  /** Validates one endpoint; for configuration schemas that report problems before constructs run. */
  public static problemWith(
    endpoint: MediaPackageEndpoint,
    version: MediaPackageVersion = MediaPackageVersion.V1,
  ): MediaPackageEndpointUrlProblem | undefined {
    const urlProblem = MediaPackageEndpointUrl.problemWith(endpoint.url, version);
    if (urlProblem) return urlProblem;
    const endpointUrl = MediaPackageEndpointUrl.parse(endpoint.url, 'url', version);
    const expected = PACKAGING_LAYOUT[endpoint.packaging]?.manifest;
    if (expected === undefined) {
      return {
        problem: `has an unknown packaging type "${endpoint.packaging}"`,
        fix: `Use one of ${Object.values(MediaPackagePackaging).join(', ')}.`,
      };
    }
    if (endpointUrl.manifestType !== expected) {
      return {
        problem: `ends in a .${endpointUrl.manifestType} manifest, but the endpoint is declared ${endpoint.packaging} (which serves .${expected})`,
        fix: 'Check the packaging type against the endpoint, or copy the right endpoint URL.',
      };
    }
    return undefined;
  }

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
    checkProps(props, this.version, minTtl);

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
    const behavior = (origin: MediaPackageOrigin, cachePolicy: ICachePolicy): BehaviorOptions => ({
      origin,
      cachePolicy,
      originRequestPolicy: props.originRequestPolicy,
      responseHeadersPolicy: props.responseHeadersPolicy,
    });
    this.defaultBehavior = behavior(this.endpoints[0].origin, this.segmentCachePolicy);
    const ordered = [
      ...this.endpoints.filter((route) => route.scopedToEndpointPath),
      ...this.endpoints.filter((route) => !route.scopedToEndpointPath),
    ];
    const additional: Record<string, BehaviorOptions> = {};
    for (const route of ordered) {
      additional[route.manifestPathPattern] = behavior(route.origin, this.manifestCachePolicy);
      if (route.segmentPathPattern) additional[route.segmentPathPattern] = behavior(route.origin, this.segmentCachePolicy);
    }
    this.additionalBehaviors = additional;
    this.errorResponses = shortLivedErrorResponses(props.errorCachingTtlSeconds ?? 1);
  }

  /** Playback URL of every endpoint's manifest under `baseUrl` (`https://d123.cloudfront.net`), keyed by endpoint name. */
  public playbackUrls(baseUrl: string): Record<string, string> {
    const base = baseUrl.replace(/\/+$/, '');
    return Object.fromEntries(this.endpoints.map((route) => [route.name, `${base}${route.manifestPath}`]));
  }

  /** v2 only: each endpoint's policy for CloudFront, keyed by endpoint name, to attach to the endpoints. */
  public endpointPolicies(): Record<string, string> {
    return Object.fromEntries(
      this.endpoints.filter((route) => route.origin.endpointPolicyJson).map((route) => [route.name, route.origin.endpointPolicyJson!]),
    );
  }

  private route(props: MediaPackageBehaviorsProps): MediaPackageEndpointRoute[] {
    const names = endpointNames(props.endpoints);
    const claimedBare = new Set<string>();
    const owners = new Map<string, number>();
    return props.endpoints.map((endpoint, index) => {
      const where = `endpoints[${index}].url`;
      const problem = MediaPackageBehaviors.problemWith(endpoint, this.version);
      if (problem) invalid(where, problem.problem, endpoint.url, problem.fix);
      const url = MediaPackageEndpointUrl.parse(endpoint.url, where, this.version);
      const layout = PACKAGING_LAYOUT[endpoint.packaging];
      // Smooth serves everything under `<name>.ism/`; the others are told apart by extension.
      const manifestPattern = layout.manifest === 'ism' ? `${url.manifest.split('/')[0]}/*` : `*.${layout.manifest}`;
      const barePatterns = [manifestPattern, ...(layout.segments ? [layout.segments] : [])];
      const scoped = barePatterns.some((pattern) => claimedBare.has(pattern));
      const patterns = scoped ? barePatterns.map((pattern) => `${url.endpointPath}/${pattern}`) : barePatterns;
      for (const pattern of patterns) {
        const key = pattern.replace(/^\//, '');
        const owner = owners.get(key);
        if (owner !== undefined) {
          invalid(
            where,
            `would share the path pattern "${pattern}" with endpoints[${owner}] (same endpoint path)`,
            endpoint.url,
            'Two behaviors cannot share a pattern: list each endpoint once, and use endpoints with distinct paths (e.g. not the same /out/v1/<group>/<channel>/<endpoint> in two regions).',
          );
        }
        owners.set(key, index);
        if (!scoped) claimedBare.add(pattern);
      }
      const origin = this.createOrigin(endpoint.url, names[index], !scoped, props.originProps);
      return {
        name: names[index],
        packaging: endpoint.packaging,
        origin,
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

function checkProps(props: MediaPackageBehaviorsProps, version: MediaPackageVersion, minTtl: number): void {
  if (props.endpoints.length === 0) {
    invalid(
      'endpoints',
      'is empty',
      props.endpoints,
      "List the channel's origin endpoints (URL and packaging type): CloudFront needs at least one origin.",
    );
  }
  if (!Number.isInteger(minTtl) || minTtl < 0 || minTtl > MAX_LIVE_MANIFEST_MIN_TTL_SECONDS) {
    invalid(
      'minTtlSeconds',
      `must be a whole number of seconds from 0 to ${MAX_LIVE_MANIFEST_MIN_TTL_SECONDS}`,
      minTtl,
      'Keep it at 5 s or less (1 s is usual) so viewers are not served stale live manifests.',
    );
  }
  if (props.lowLatencyHls && version !== MediaPackageVersion.V2) {
    invalid(
      'lowLatencyHls',
      'needs MediaPackage v2 (v1 endpoints do not serve LL-HLS)',
      props.lowLatencyHls,
      'Use MediaPackage v2 endpoints, or turn lowLatencyHls off.',
    );
  }
  if (props.lowLatencyHls && minTtl > 1) {
    invalid(
      'minTtlSeconds',
      'must be 0 or 1 with lowLatencyHls (LL-HLS playlists change every part, MediaPackage caches them 1 s)',
      minTtl,
      'Lower minTtlSeconds to 1.',
    );
  }
  const ttl = props.errorCachingTtlSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0)) {
    invalid('errorCachingTtlSeconds', 'must be a whole number of seconds, 0 or more', ttl, 'Use about 1 for live origins.');
  }
}

/** Names from the props, else the packaging type numbered from the second of a kind on; checked unique. */
function endpointNames(endpoints: readonly MediaPackageEndpoint[]): string[] {
  const counts = new Map<string, number>();
  const names = endpoints.map((endpoint, index) => {
    if (endpoint.name !== undefined) {
      if (!/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(endpoint.name)) {
        invalid(
          `endpoints[${index}].name`,
          'must be 1-40 lower-case letters, digits or hyphens',
          endpoint.name,
          'Use a short name like hls or dash-backup.',
        );
      }
      return endpoint.name;
    }
    const count = (counts.get(endpoint.packaging) ?? 0) + 1;
    counts.set(endpoint.packaging, count);
    return count === 1 ? endpoint.packaging : `${endpoint.packaging}-${count}`;
  });
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (first !== index) {
      invalid(
        `endpoints[${index}].name`,
        `is "${name}", already the name of endpoints[${first}]`,
        name,
        'Give each endpoint its own name.',
      );
    }
  });
  return names;
}
