/**
 * The rules about MediaPackage settings, stated once: `MediaPackageBehaviors` throws the first
 * problem, and the app's configuration schema reports each at its key.
 */
import { liveMinTtlProblem } from '../presets/video-cache-presets';
import { wholeNumberBetween } from '../validation/numbers';
import { SettingProblem, ValueProblem, ValueRule } from '../validation/value-rule';
import { MediaPackageEndpointUrl, MediaPackageVersion } from './endpoint-url';
import { MediaPackageEndpoint, MediaPackagePackaging, PACKAGING_LAYOUT } from './packaging';

/** The settings the rules look at, as `MediaPackageBehaviorsProps` names them. */
export interface MediaPackageSettings {
  readonly endpoints: readonly MediaPackageEndpoint[];
  readonly version?: MediaPackageVersion;
  readonly lowLatencyHls?: boolean;
  readonly minTtlSeconds?: number;
  readonly errorCachingTtlSeconds?: number;
}

/** Endpoints one distribution serves: two behaviors each within CloudFront's default 75. */
export const MAX_ENDPOINTS = 30;

/** An endpoint name: a short id for its origin and playback URL output. */
export const mediaPackageEndpointNameProblem: ValueRule<string> = (name) =>
  /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(name)
    ? undefined
    : { problem: 'must be 1-40 lower-case letters, digits or hyphens', fix: 'Use a short name like hls or dash-backup.' };

/** How long CloudFront caches a 4xx/5xx from MediaPackage: seconds, up to 5 minutes (a live origin recovers). */
export const errorCachingTtlProblem = wholeNumberBetween(0, 300, 'Use about 1 for live origins.');

/** What is wrong with one endpoint: its URL (of `version`), and whether the URL serves its packaging type. */
export function mediaPackageEndpointProblem(endpoint: MediaPackageEndpoint, version: MediaPackageVersion): ValueProblem | undefined {
  const urlProblem = MediaPackageEndpointUrl.problemWith(endpoint.url, version);
  if (urlProblem) return urlProblem;
  const expected = PACKAGING_LAYOUT[endpoint.packaging]?.manifest;
  if (expected === undefined) {
    return {
      problem: `has an unknown packaging type "${endpoint.packaging}"`,
      fix: `Use one of ${Object.values(MediaPackagePackaging).join(', ')}.`,
    };
  }
  const manifestType = MediaPackageEndpointUrl.parse(endpoint.url, 'url', version).manifestType;
  if (manifestType !== expected) {
    return {
      problem: `ends in a .${manifestType} manifest, but the endpoint is declared ${endpoint.packaging} (which serves .${expected})`,
      fix: 'Check the packaging type against the endpoint, or copy the right endpoint URL.',
    };
  }
  return undefined;
}

/** Each endpoint's name: its own, else the packaging type, numbered from the second of a kind (`hls-2`). */
export function endpointNames(endpoints: readonly MediaPackageEndpoint[]): string[] {
  const counts = new Map<string, number>();
  return endpoints.map((endpoint) => {
    if (endpoint.name !== undefined) return endpoint.name;
    const count = (counts.get(endpoint.packaging) ?? 0) + 1;
    counts.set(endpoint.packaging, count);
    return count === 1 ? endpoint.packaging : `${endpoint.packaging}-${count}`;
  });
}

/**
 * Whether each endpoint's patterns are scoped to its endpoint path (`/out/v1/<hash>/*.m3u8`): an
 * earlier endpoint already uses its bare patterns (two HLS endpoints, CMAF and DASH both on
 * `*.mp4`). A scoped endpoint has no origin path: viewers request its full path.
 */
export function scopedEndpoints(endpoints: readonly MediaPackageEndpoint[], version: MediaPackageVersion): boolean[] {
  const claimed = new Set<string>();
  return endpoints.map((endpoint) => {
    const patterns = barePatterns(endpoint, version);
    const scoped = patterns.some((pattern) => claimed.has(pattern));
    if (!scoped) patterns.forEach((pattern) => claimed.add(pattern));
    return scoped;
  });
}

/** An endpoint's patterns before scoping: Smooth serves everything under `<name>.ism/`, the others are told apart by extension. */
export function barePatterns(endpoint: MediaPackageEndpoint, version: MediaPackageVersion): string[] {
  const layout = PACKAGING_LAYOUT[endpoint.packaging];
  const manifest = MediaPackageEndpointUrl.parse(endpoint.url, 'url', version).manifest;
  const manifestPattern = layout.manifest === 'ism' ? `${manifest.split('/')[0]}/*` : `*.${layout.manifest}`;
  return [manifestPattern, ...(layout.segments ? [layout.segments] : [])];
}

/** What is wrong with an endpoint's failover URL: CloudFront asks it for exactly what it would ask the primary. */
function failoverProblem(endpoint: MediaPackageEndpoint, version: MediaPackageVersion, scoped: boolean): ValueProblem | undefined {
  const failoverUrl = endpoint.failoverUrl!;
  const found = mediaPackageEndpointProblem({ ...endpoint, url: failoverUrl }, version);
  if (found) return found;
  const primary = MediaPackageEndpointUrl.parse(endpoint.url, 'url', version);
  const failover = MediaPackageEndpointUrl.parse(failoverUrl, 'failoverUrl', version);
  if (failover.domainName === primary.domainName && failover.endpointPath === primary.endpointPath) {
    return {
      problem: "is the endpoint's own URL",
      fix: 'Name a second endpoint (v1: of a second channel; v2: in a second channel group or region).',
    };
  }
  if (failover.manifest !== primary.manifest) {
    return {
      problem: `ends in ${failover.manifest}, but the primary serves ${primary.manifest}: CloudFront asks both for the same file`,
      fix: 'Give both endpoints the same manifest name.',
    };
  }
  if (scoped && failover.endpointPath !== primary.endpointPath) {
    return {
      problem: `has the path ${failover.endpointPath}, but viewers request the primary's full path (${primary.endpointPath}/...) because an earlier endpoint uses its patterns, and the failover endpoint would get that path`,
      fix: 'Use a failover endpoint with the same path (v2: the same channel group, channel and endpoint names in another region), or list this endpoint first.',
    };
  }
  return undefined;
}

/** Every problem of the settings, each at its setting; empty when they are fine. */
export function mediaPackageSettingsProblems(settings: MediaPackageSettings): SettingProblem[] {
  const version = settings.version ?? MediaPackageVersion.V1;
  const minTtl = settings.minTtlSeconds ?? 1;
  const problems: SettingProblem[] = [];
  const add = (prop: string, found: ValueProblem | undefined) => found && problems.push({ prop, ...found });

  if (settings.endpoints.length > MAX_ENDPOINTS) {
    add('endpoints', {
      problem: `lists ${settings.endpoints.length} endpoints, more than ${MAX_ENDPOINTS} (each takes two of CloudFront's 75 cache behaviors)`,
      fix: 'Split the channels over several distributions.',
    });
  }
  settings.endpoints.forEach((endpoint, index) => {
    add(`endpoints[${index}].url`, mediaPackageEndpointProblem(endpoint, version));
    if (endpoint.name !== undefined) add(`endpoints[${index}].name`, mediaPackageEndpointNameProblem(endpoint.name));
  });
  if (problems.length === 0) {
    const scoped = scopedEndpoints(settings.endpoints, version);
    settings.endpoints.forEach((endpoint, index) => {
      if (endpoint.failoverUrl !== undefined) add(`endpoints[${index}].failoverUrl`, failoverProblem(endpoint, version, scoped[index]));
    });
  }
  const names = endpointNames(settings.endpoints);
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (first !== index)
      add(`endpoints[${index}].name`, {
        problem: `is "${name}", already the name of endpoints[${first}]`,
        fix: 'Give each endpoint its own name.',
      });
  });
  add('minTtlSeconds', liveMinTtlProblem(minTtl));
  if (settings.lowLatencyHls && version !== MediaPackageVersion.V2) {
    add('lowLatencyHls', {
      problem: 'needs MediaPackage v2 (v1 endpoints do not serve LL-HLS)',
      fix: 'Use MediaPackage v2 endpoints, or turn lowLatencyHls off.',
    });
  }
  if (settings.lowLatencyHls && minTtl > 1) {
    add('minTtlSeconds', {
      problem: 'must be 0 or 1 with lowLatencyHls (LL-HLS playlists change every part, MediaPackage caches them 1 s)',
      fix: 'Lower minTtlSeconds to 1.',
    });
  }
  if (settings.errorCachingTtlSeconds !== undefined) add('errorCachingTtlSeconds', errorCachingTtlProblem(settings.errorCachingTtlSeconds));
  return problems;
}
