import { ORIGIN_SHIELD_REGIONS } from '../cloudfront/distribution-settings';
import { ValueRule } from './value-rule';

/** A region where CloudFront offers Origin Shield. */
export const originShieldRegionProblem: ValueRule<string> = (region) =>
  (ORIGIN_SHIELD_REGIONS as readonly string[]).includes(region)
    ? undefined
    : { problem: 'is not a region where CloudFront offers Origin Shield', fix: `Pick the nearest of ${ORIGIN_SHIELD_REGIONS.join(', ')}.` };
