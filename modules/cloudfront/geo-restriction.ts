import { checkEach, checkValue } from '../private/check-value';
import { countriesProblem, countryCodeProblem } from '../validation/country-code';

/** Countries allowed or refused (ISO 3166-1 alpha-2 codes), e.g. for content licensed per territory. */
export class GeoRestriction {
  public static allowlist(...countryCodes: string[]): GeoRestriction {
    return new GeoRestriction('whitelist', checkCountries(countryCodes));
  }
  public static denylist(...countryCodes: string[]): GeoRestriction {
    return new GeoRestriction('blacklist', checkCountries(countryCodes));
  }
  public static none(): GeoRestriction {
    return new GeoRestriction('none', []);
  }
  private constructor(
    public readonly restrictionType: 'whitelist' | 'blacklist' | 'none',
    public readonly locations: readonly string[],
  ) {}
}

function checkCountries(codes: readonly string[]): string[] {
  checkValue('geoRestriction', codes, countriesProblem);
  checkEach('geoRestriction', codes, countryCodeProblem);
  return [...new Set(codes)];
}
