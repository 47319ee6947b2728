import { ValueProblem } from '../validation/value-rule';
import { invalid } from '../private/invalid';
import { isUnresolved } from '../private/tokens';

/** The MediaPackage API generation an origin endpoint belongs to. */
export enum MediaPackageVersion {
  /** `<id>.mediapackage.<region>.amazonaws.com/out/v1/<hash>/...`; reached as a plain HTTPS origin. */
  V1 = 'v1',
  /** `<prefix>.egress.<id>.mediapackagev2.<region>.amazonaws.com/out/v1/<group>/<channel>/<endpoint>/...`; signed with OAC. */
  V2 = 'v2',
}

/** The manifest kinds a MediaPackage endpoint URL can end in. */
export type MediaPackageManifestType = 'm3u8' | 'mpd' | 'ism';

const REGION = '[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d';
const V1_HOST = new RegExp(`^[a-z0-9]+\\.mediapackage\\.(${REGION})\\.amazonaws\\.com(\\.cn)?$`);
/** The egress prefix is a DNS label: no hyphen first or last. */
const V2_HOST = new RegExp(
  `^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.egress\\.[a-z0-9]+\\.mediapackagev2\\.(${REGION})\\.amazonaws\\.com(\\.cn)?$`,
);
const V1_ENDPOINT_PATH = /^\/out\/v1\/[A-Za-z0-9]+$/;
const V2_ENDPOINT_PATH = /^\/out\/v1\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)$/;
/** `.../index.ism` or `.../index.ism/Manifest`: a Smooth presentation is a folder, not a file. */
const SMOOTH_PATH = /^(.*)\/([A-Za-z0-9_-]+\.ism)(\/Manifest)?$/;
const MANIFEST_FILE = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(m3u8|mpd)$/;

const V1_EXAMPLE = 'https://<id>.mediapackage.<region>.amazonaws.com/out/v1/<hash>/index.m3u8';
const V2_EXAMPLE = 'https://<prefix>.egress.<id>.mediapackagev2.<region>.amazonaws.com/out/v1/<group>/<channel>/<endpoint>/index.m3u8';

/**
 * A MediaPackage origin endpoint URL split the way CloudFront needs it: the host becomes the
 * origin domain, the path up to the manifest becomes the origin path, and the manifest
 * (`index.m3u8`, `index.mpd`, `index.ism/Manifest`) is what players request.
 */
export class MediaPackageEndpointUrl {
  /** Parses a URL, throwing `'<prop>' <problem>` with the fix if it is not a MediaPackage endpoint URL. */
  public static parse(url: string, prop = 'url', expectedVersion?: MediaPackageVersion): MediaPackageEndpointUrl {
    const result = MediaPackageEndpointUrl.analyse(url, expectedVersion);
    if ('problem' in result) invalid(prop, result.problem, isUnresolved(url) ? '(token)' : url, result.fix);
    return result;
  }

  /** What is wrong with a URL, or undefined if it is a valid endpoint URL (of `expectedVersion` when given). */
  public static problemWith(url: string, expectedVersion?: MediaPackageVersion): ValueProblem | undefined {
    const result = MediaPackageEndpointUrl.analyse(url, expectedVersion);
    return 'problem' in result ? result : undefined;
  }

  /** Partition of the endpoint's ARN: `aws`, `aws-cn` or `aws-us-gov`. */
  public readonly partition: string;

  private constructor(
    /** The URL as given. */
    public readonly url: string,
    public readonly version: MediaPackageVersion,
    /** The endpoint host: the origin domain. */
    public readonly domainName: string,
    /** The endpoint's region, from its host. */
    public readonly region: string,
    /** The path before the manifest, e.g. `/out/v1/<hash>`: the origin path. */
    public readonly endpointPath: string,
    /** What players request below the endpoint path: `index.m3u8`, `index.mpd` or `index.ism/Manifest`. */
    public readonly manifest: string,
    public readonly manifestType: MediaPackageManifestType,
    /** v2 only: the channel group, channel and origin endpoint names from the path. */
    public readonly v2Names?: { readonly channelGroup: string; readonly channel: string; readonly originEndpoint: string },
  ) {
    this.partition = domainName.endsWith('.cn') ? 'aws-cn' : region.includes('-gov-') ? 'aws-us-gov' : 'aws';
  }

  /**
   * v2 only: the origin endpoint's ARN, which its resource policy names.
   * @param accountId the endpoint's AWS account (12 digits or a token)
   */
  public originEndpointArn(accountId: string): string {
    if (!this.v2Names) {
      invalid(
        'url',
        'is a MediaPackage v1 endpoint, which has no origin endpoint policy',
        this.url,
        'Only MediaPackage v2 endpoints take a policy for CloudFront (OAC).',
      );
    }
    const { channelGroup, channel, originEndpoint } = this.v2Names;
    return `arn:${this.partition}:mediapackagev2:${this.region}:${accountId}:channelGroup/${channelGroup}/channel/${channel}/originEndpoint/${originEndpoint}`;
  }

  private static analyse(url: string, expectedVersion: MediaPackageVersion | undefined): MediaPackageEndpointUrl | ValueProblem {
    if (isUnresolved(url)) {
      return {
        problem: 'must be known at synth time (the origin domain, origin path and path patterns are derived from it)',
        fix: 'Pass the endpoint URL as a plain string, not a Terraform reference.',
      };
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { problem: 'is not a URL', fix: `Copy the endpoint URL from the MediaPackage console, e.g. ${V1_EXAMPLE}.` };
    }
    if (parsed.protocol !== 'https:') {
      return {
        problem: 'must start with https:// (MediaPackage endpoints, and CloudFront towards them, are HTTPS only)',
        fix: 'Use the https:// URL of the endpoint.',
      };
    }
    if (parsed.username || parsed.password || parsed.port || parsed.search || parsed.hash) {
      return {
        problem: 'must not contain credentials, a port, a query string or a fragment',
        fix: 'Use the endpoint URL as MediaPackage shows it, ending in the manifest name.',
      };
    }
    const host = parsed.hostname.toLowerCase();
    const v1Host = V1_HOST.exec(host);
    const v2Host = V2_HOST.exec(host);
    if (!v1Host && !v2Host) {
      return {
        problem: 'does not have the host of a MediaPackage origin endpoint',
        fix: `Use the endpoint URL itself: ${V1_EXAMPLE} (v1) or ${V2_EXAMPLE} (v2).`,
      };
    }
    const version = v2Host ? MediaPackageVersion.V2 : MediaPackageVersion.V1;
    if (expectedVersion !== undefined && version !== expectedVersion) {
      return version === MediaPackageVersion.V2
        ? {
            problem: 'is a MediaPackage v2 egress URL, but MediaPackage v1 is configured',
            fix: 'Set the MediaPackage version to v2 (an OAC-signed origin), or use the v1 endpoint URL.',
          }
        : {
            problem: 'is a MediaPackage v1 endpoint URL, but MediaPackage v2 is configured',
            fix: 'Set the MediaPackage version to v1, or use the v2 egress URL of the endpoint.',
          };
    }
    const region = (v2Host ?? v1Host)![1];

    const path = parsed.pathname;
    let endpointPath: string;
    let manifest: string;
    let manifestType: MediaPackageManifestType;
    const smooth = SMOOTH_PATH.exec(path);
    if (smooth) {
      endpointPath = smooth[1];
      manifest = `${smooth[2]}/Manifest`;
      manifestType = 'ism';
    } else {
      const lastSlash = path.lastIndexOf('/');
      endpointPath = path.slice(0, lastSlash);
      manifest = path.slice(lastSlash + 1);
      const file = MANIFEST_FILE.exec(manifest);
      if (!file) {
        return {
          problem: 'does not end in a manifest (.m3u8, .mpd, or .ism/Manifest)',
          fix: 'Use the full playback URL of the endpoint, including the manifest name, e.g. .../index.m3u8.',
        };
      }
      manifestType = file[1] as MediaPackageManifestType;
    }

    if (version === MediaPackageVersion.V1) {
      if (!V1_ENDPOINT_PATH.test(endpointPath)) {
        return {
          problem: `has the path ${endpointPath}/, but MediaPackage v1 endpoints live under /out/v1/<hash>/`,
          fix: `Copy the URL from the endpoint, e.g. ${V1_EXAMPLE}.`,
        };
      }
      return new MediaPackageEndpointUrl(url, version, host, region, endpointPath, manifest, manifestType);
    }
    const names = V2_ENDPOINT_PATH.exec(endpointPath);
    if (!names) {
      return {
        problem: `has the path ${endpointPath}/, but MediaPackage v2 endpoints live under /out/v1/<group>/<channel>/<endpoint>/`,
        fix: `Copy the URL from the endpoint, e.g. ${V2_EXAMPLE}.`,
      };
    }
    return new MediaPackageEndpointUrl(url, version, host, region, endpointPath, manifest, manifestType, {
      channelGroup: names[1],
      channel: names[2],
      originEndpoint: names[3],
    });
  }
}
