import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ContinuousDeployment } from '../cloudfront/continuous-deployment';
import { HttpVersion } from '../cloudfront/distribution-settings';
import { PatternStagingProps, stagingPrimaryProblems } from '../patterns/pattern-staging-props';
import { checkSettingProblems } from './check-value';
import { VideoCdnPatternProps } from '../patterns/video-cdn-pattern-props';
import { invalid } from './invalid';
import { PatternDistribution } from './pattern-distribution';
import { inProp } from './prop-path';

/** A pattern's props with its staging settings. */
export type StagedPatternProps = VideoCdnPatternProps & { readonly staging?: PatternStagingProps<object> };

/** The fronts a pattern built: the primary's, and with staging the staging copy's and the policy joining them. */
export interface StagedFronts<Front extends PatternDistribution> {
  readonly primary: Front;
  readonly staging?: Front;
  readonly continuousDeployment?: ContinuousDeployment;
}

/**
 * Builds a pattern's front (origins, policies, behaviors, the distribution) once, or with
 * `staging` twice: the primary from the props with `staging.primary` over them (in `scope`, so its
 * addresses do not change), the staging copy from the props (in `scope/staging`), joined by a
 * continuous deployment policy. Both serve HTTP/2 while staging is on: CloudFront refuses
 * continuous deployment with HTTP/3.
 */
export function buildStagedFronts<Props extends StagedPatternProps, Front extends PatternDistribution>(
  scope: Construct,
  props: Props,
  stageable: readonly string[],
  build: (scope: Construct, props: Props, stagingOf?: PatternDistribution) => Front,
): StagedFronts<Front> {
  const staging = props.staging;
  if (!staging) return { primary: build(scope, props) };
  const primarySettings = staging.primary ?? {};
  checkSettingProblems(
    { staging },
    stagingPrimaryProblems(primarySettings, stageable).map((found) => ({ ...found, prop: `staging.${found.prop}` })),
  );
  const httpVersion = props.distribution?.httpVersion;
  if (httpVersion === HttpVersion.HTTP3 || httpVersion === HttpVersion.HTTP2_AND_3) {
    invalid(
      'distribution.httpVersion',
      'serves HTTP/3, which CloudFront refuses with continuous deployment (staging)',
      httpVersion,
      'Leave it out while staging is on (both distributions then serve HTTP/2), and restore it after promotion.',
    );
  }
  const { staging: _staging, ...unstaged } = props;
  const distribution = { ...props.distribution, httpVersion: HttpVersion.HTTP2 };
  const primaryProps = {
    ...unstaged,
    ...primarySettings,
    distribution: { ...distribution, ...primarySettings.distribution },
  } as unknown as Props;
  const stagingProps = { ...unstaged, distribution } as unknown as Props;
  const primary = build(scope, primaryProps);
  const copy = build(new Construct(scope, 'staging'), stagingProps, primary);
  const continuousDeployment = inProp(
    'staging',
    () =>
      new ContinuousDeployment(scope, 'continuous-deployment', {
        primary: primary.distribution,
        staging: copy.distribution,
        trafficWeight: staging.trafficWeight,
        sessionStickiness: staging.sessionStickiness,
        header: staging.header,
        enabled: staging.enabled,
      }),
  );
  Annotations.of(scope).addInfo(
    'Staging is on: promote with aws cloudfront update-distribution-with-staging-config, then move the staging settings into the configuration and remove staging (docs/guides/live-resilience.md).',
  );
  return { primary, staging: copy, continuousDeployment };
}
