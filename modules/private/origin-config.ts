import { CloudfrontDistributionOrigin, CloudfrontDistributionOriginCustomHeader } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { OriginOptions } from '../origins/origin';
import { originHeaderNameProblem, originHeaderValueProblem } from '../validation/header-name';
import { connectionAttemptsProblem, connectionTimeoutProblem } from '../validation/origin-timeouts';
import { originShieldRegionProblem } from '../validation/origin-shield-region';
import { originPathProblem } from '../validation/paths';
import { checkEach, checkValue } from './check-value';
import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** CloudFront's default quota of custom headers per origin. */
const MAX_CUSTOM_HEADERS = 10;

/** Normalises `live/`, `/live/` and `live` to `/live` (the path is checked where the origin is created). */
function normaliseOriginPath(originPath: string | undefined): string | undefined {
  if (originPath === undefined || isUnresolved(originPath)) return originPath;
  const trimmed = originPath.trim().replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? undefined : `/${trimmed}`;
}

/** Checks the options every origin kind shares, where the origin is created rather than when it is bound. */
export function checkOriginOptions(options: OriginOptions): void {
  checkValue('originId', options.originId, (id) =>
    /^[A-Za-z0-9._-]{1,128}$/.test(id)
      ? undefined
      : { problem: 'must be 1-128 letters, digits, dots, hyphens or underscores', fix: 'Rename it (e.g. "hls-endpoint").' },
  );
  checkValue('originPath', options.originPath, originPathProblem);
  checkCustomHeaders(options.customHeaders);
  checkValue('originShieldRegion', options.originShieldRegion, originShieldRegionProblem);
  checkValue('connectionAttempts', options.connectionAttempts, connectionAttemptsProblem);
  checkValue('connectionTimeoutSeconds', options.connectionTimeoutSeconds, connectionTimeoutProblem);
}

function checkCustomHeaders(headers: Readonly<Record<string, string>> | undefined): void {
  const names = Object.keys(headers ?? {});
  if (names.length > MAX_CUSTOM_HEADERS) {
    invalid(
      'customHeaders',
      `has ${names.length} headers, more than CloudFront allows per origin (${MAX_CUSTOM_HEADERS})`,
      names,
      'Remove some headers.',
    );
  }
  checkEach('customHeaders', names, originHeaderNameProblem);
  for (const [name, value] of Object.entries(headers ?? {})) checkValue(`customHeaders["${name}"]`, value, originHeaderValueProblem);
}

function customHeaderBlocks(headers: Readonly<Record<string, string>> | undefined): CloudfrontDistributionOriginCustomHeader[] | undefined {
  const entries = Object.entries(headers ?? {});
  return entries.length === 0 ? undefined : entries.map(([name, value]) => ({ name, value }));
}

/** The parts of the provider's origin block every origin kind shares. */
export function commonOriginConfig(
  options: OriginOptions,
  originId: string,
): Pick<
  CloudfrontDistributionOrigin,
  'originId' | 'originPath' | 'customHeader' | 'originShield' | 'connectionAttempts' | 'connectionTimeout'
> {
  return {
    originId,
    originPath: normaliseOriginPath(options.originPath),
    customHeader: customHeaderBlocks(options.customHeaders),
    originShield: options.originShieldRegion === undefined ? undefined : { enabled: true, originShieldRegion: options.originShieldRegion },
    connectionAttempts: options.connectionAttempts,
    connectionTimeout: options.connectionTimeoutSeconds,
  };
}
