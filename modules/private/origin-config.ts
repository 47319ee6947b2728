import { CloudfrontDistributionOrigin, CloudfrontDistributionOriginCustomHeader } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { ORIGIN_SHIELD_REGIONS } from '../cloudfront/distribution-settings';
import { invalid } from './invalid';
import { OriginOptions } from '../origins/origin';
import { isUnresolved } from './tokens';

/** Headers CloudFront refuses as custom origin headers (CloudFront Developer Guide, "Custom headers that CloudFront can't add"). */
const DENIED_ORIGIN_HEADERS = new Set(
  [
    'Cache-Control',
    'Connection',
    'Content-Length',
    'Cookie',
    'Host',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'If-Range',
    'If-Unmodified-Since',
    'Max-Forwards',
    'Pragma',
    'Proxy-Authenticate',
    'Proxy-Authorization',
    'Proxy-Connection',
    'Range',
    'Request-Range',
    'TE',
    'Trailer',
    'Transfer-Encoding',
    'Upgrade',
    'Via',
    'X-Real-Ip',
  ].map((name) => name.toLowerCase()),
);
const DENIED_ORIGIN_HEADER_PREFIXES = ['x-amz-', 'x-edge-'];
/** CloudFront's default quota of custom headers per origin. */
const MAX_CUSTOM_HEADERS = 10;

/** Normalises `live/`, `/live/` and `live` to `/live`; rejects what CloudFront would. */
export function normaliseOriginPath(originPath: string | undefined): string | undefined {
  if (originPath === undefined || isUnresolved(originPath)) return originPath;
  const trimmed = originPath.trim().replace(/^\/+/, '').replace(/\/+$/, '');
  if (trimmed === '') return undefined;
  if (/[?#*\s]/.test(trimmed) || trimmed.includes('//')) {
    invalid('originPath', 'must be a plain path without ?, #, *, spaces or empty segments', originPath, 'Write it like /live or /out/hls.');
  }
  const normalised = `/${trimmed}`;
  if (normalised.length > 255) invalid('originPath', 'is longer than 255 characters', originPath, 'Shorten the path.');
  return normalised;
}

/** Checks a bare host name (no scheme, port or path) such as `abc.mediapackage.eu-west-1.amazonaws.com`. */
export function checkOriginDomainName(prop: string, domainName: string): void {
  if (isUnresolved(domainName)) return;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(domainName) || domainName.includes('/')) {
    invalid(
      prop,
      'must be a host name, not a URL',
      domainName,
      'Drop the scheme and path: put the path in originPath (e.g. host "example.com", originPath "/live").',
    );
  }
  if (domainName.includes(':')) {
    invalid(prop, 'must not contain a port', domainName, 'Set httpPort or httpsPort instead.');
  }
  if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(domainName)) {
    invalid(prop, 'is not a valid host name', domainName, 'Use letters, digits, hyphens and dots, e.g. origin.example.com.');
  }
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(domainName)) {
    invalid(
      prop,
      'is an IP address, which CloudFront does not accept as an origin',
      domainName,
      'Give the server a DNS name (e.g. a Route 53 A record) and use that.',
    );
  }
}

export function checkRange(prop: string, value: number | undefined, min: number, max: number, fix: string): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    invalid(prop, `must be a whole number from ${min} to ${max}`, value, fix);
  }
}

function customHeaderBlocks(headers: Readonly<Record<string, string>> | undefined): CloudfrontDistributionOriginCustomHeader[] | undefined {
  const entries = Object.entries(headers ?? {});
  if (entries.length === 0) return undefined;
  if (entries.length > MAX_CUSTOM_HEADERS) {
    invalid(
      'customHeaders',
      `has ${entries.length} headers, more than CloudFront allows per origin (${MAX_CUSTOM_HEADERS})`,
      Object.keys(headers ?? {}),
      'Remove some headers.',
    );
  }
  for (const [name] of entries) {
    const lower = name.toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      invalid(
        'customHeaders',
        'contains a header name that is not a valid HTTP token',
        name,
        'Use letters, digits and hyphens, e.g. X-Origin-Verify.',
      );
    }
    if (DENIED_ORIGIN_HEADERS.has(lower) || DENIED_ORIGIN_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
      invalid(
        'customHeaders',
        'contains a header CloudFront cannot add to origin requests',
        name,
        'Pick another name (e.g. X-Origin-Verify); CloudFront rejects Host, Cache-Control, Cookie, Range, If-*, X-Amz-*, X-Edge-* and similar.',
      );
    }
  }
  return entries.map(([name, value]) => ({ name, value }));
}

function checkOriginShieldRegion(region: string | undefined): void {
  if (region === undefined || isUnresolved(region)) return;
  if (!(ORIGIN_SHIELD_REGIONS as readonly string[]).includes(region)) {
    invalid(
      'originShieldRegion',
      'is not a region where CloudFront offers Origin Shield',
      region,
      `Pick the nearest of ${ORIGIN_SHIELD_REGIONS.join(', ')}.`,
    );
  }
}

/** The parts of the provider's origin block common to all origin kinds, validated. */
export function commonOriginConfig(
  options: OriginOptions,
  originId: string,
): Pick<
  CloudfrontDistributionOrigin,
  'originId' | 'originPath' | 'customHeader' | 'originShield' | 'connectionAttempts' | 'connectionTimeout'
> {
  checkRange('connectionAttempts', options.connectionAttempts, 1, 3, 'CloudFront tries an origin 1 to 3 times.');
  checkRange('connectionTimeoutSeconds', options.connectionTimeoutSeconds, 1, 10, 'CloudFront waits 1 to 10 seconds for a connection.');
  checkOriginShieldRegion(options.originShieldRegion);
  return {
    originId,
    originPath: normaliseOriginPath(options.originPath),
    customHeader: customHeaderBlocks(options.customHeaders),
    originShield: options.originShieldRegion === undefined ? undefined : { enabled: true, originShieldRegion: options.originShieldRegion },
    connectionAttempts: options.connectionAttempts,
    connectionTimeout: options.connectionTimeoutSeconds,
  };
}

/** Validates eagerly so bad origin options fail where the origin is created, not at bind. */
export function checkOriginOptions(options: OriginOptions): void {
  commonOriginConfig(options, options.originId ?? 'check');
  if (options.originId !== undefined && !isUnresolved(options.originId) && !/^[A-Za-z0-9._-]{1,128}$/.test(options.originId)) {
    invalid(
      'originId',
      'must be 1-128 letters, digits, dots, hyphens or underscores',
      options.originId,
      'Rename it (e.g. "hls-endpoint").',
    );
  }
}
