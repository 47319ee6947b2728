import { StagingTraffic } from '../validation/continuous-deployment';
import { SettingProblem } from '../validation/value-rule';
import { DistributionSettings } from './video-cdn-pattern-props';

/** The distribution-wide settings a staging copy may change (CloudFront refuses the others). */
export const STAGEABLE_DISTRIBUTION_SETTINGS = ['geoRestriction', 'logging', 'comment'] as const;

/** Distribution settings that may stay different on the primary while staging. */
export type StageableDistributionSettings = Pick<DistributionSettings, (typeof STAGEABLE_DISTRIBUTION_SETTINGS)[number]>;

/**
 * A staging copy of a scenario's distribution (CloudFront continuous deployment): the pattern's
 * own props apply to the staging copy, `primary` holds the settings that stay on the primary until
 * promotion. Only settings that shape behaviors, origins, error responses, geo restriction, logging
 * or the comment may differ; the pattern's `STAGEABLE_SETTINGS` lists them.
 */
export interface PatternStagingProps<Stageable> extends StagingTraffic {
  /**
   * Settings of the primary that differ from the staging copy's (the pattern's props).
   * @default none: an identical copy
   */
  readonly primary?: Stageable & { readonly distribution?: StageableDistributionSettings };
  /** Route traffic to the staging copy; off sends everything to the primary. @default true */
  readonly enabled?: boolean;
}

/**
 * The keys of `staging.primary` the staging copy cannot differ in: shared with the primary by
 * CloudFront (most distribution settings) or by the resources around the distribution (buckets,
 * channels), so one value serves both. For the pattern and the configuration schema alike.
 */
export function stagingPrimaryProblems(primary: object, stageable: readonly string[]): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(primary)) {
    if (key !== 'distribution' && !stageable.includes(key)) {
      problems.push({
        prop: `primary.${key}`,
        problem: 'is a setting the staging copy shares with the primary (one value serves both)',
        fix: `Change it on both at once, outside staging; the settings that may differ are ${stageable.join(', ')} and distribution.${STAGEABLE_DISTRIBUTION_SETTINGS.join('/')}.`,
      });
    }
  }
  const distribution = (primary as { distribution?: object }).distribution ?? {};
  for (const key of Object.keys(distribution)) {
    if (!(STAGEABLE_DISTRIBUTION_SETTINGS as readonly string[]).includes(key)) {
      problems.push({
        prop: `primary.distribution.${key}`,
        problem: 'is a distribution setting CloudFront does not let a staging copy change',
        fix: `Change it on both at once, outside staging; only ${STAGEABLE_DISTRIBUTION_SETTINGS.join(', ')} may differ.`,
      });
    }
  }
  return problems;
}
