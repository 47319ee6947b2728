import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { VideoDistribution, VideoDistributionProps } from '../cloudfront/distribution';
import { viewerBaseUrl } from '../cloudfront/viewer-base-url';
import { CustomDomain } from '../domain/custom-domain';
import { customDomainSettingProblems, VideoCdnPatternProps } from '../patterns/video-cdn-pattern-props';
import { globalWebAclArnProblem } from '../validation/aws-identifiers';
import { distributionCommentProblem } from '../validation/distribution-comment';
import { checkSettingProblems, checkValue } from './check-value';
import { inProp } from './prop-path';
import { AlarmProfile } from '../observability/alarms';
import { Observability } from '../observability/observability';
import { ViewerAccessType } from '../viewer-access/viewer-access';

/** What a scenario pattern's viewers reach: the distribution, its custom domain, and the base URL of both. */
export interface PatternDistribution {
  readonly distribution: VideoDistribution;
  readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  readonly baseUrl: string;
  /** The distribution's logs, alarms and dashboard, with `observability`. */
  readonly observability?: Observability;
}

/** Which front a pattern builds, and what its alarms watch. */
export interface PatternFront {
  /** The primary's front, when this is its staging copy. */
  readonly stagingOf?: PatternDistribution;
  readonly profile: AlarmProfile;
  readonly segmentDurationSeconds?: number;
}

/**
 * The distribution of a scenario pattern, with the pattern's own behaviors and the user's settings:
 * the custom domain's certificate first (the distribution needs it), the DNS records once the
 * distribution exists. Construct ids `custom-domain` and `distribution` are the ones every stack used.
 */
export function createPatternDistribution(
  scope: Construct,
  common: VideoCdnPatternProps,
  behaviors: Pick<VideoDistributionProps, 'defaultBehavior' | 'additionalBehaviors' | 'errorResponses' | 'comment'>,
  front: PatternFront,
): PatternDistribution {
  const stagingOf = front.stagingOf;
  checkValue('distribution.comment', common.distribution?.comment, distributionCommentProblem);
  checkValue('distribution.webAclId', common.distribution?.webAclId, globalWebAclArnProblem);
  if (!stagingOf) checkSettingProblems(common, customDomainSettingProblems(common));
  if (stagingOf) {
    // The staging copy keeps the primary's certificate, has no aliases and no DNS records.
    const staging = new VideoDistribution(scope, 'distribution', {
      ...behaviors,
      ...common.distribution,
      comment: common.distribution?.comment ?? behaviors.comment,
      certificate: stagingOf.customDomain?.certificate,
      minimumProtocolVersion: stagingOf.customDomain ? common.distribution?.minimumProtocolVersion : undefined,
      viewerAccess: common.viewerAccess,
      staging: true,
      tags: common.tags,
    });
    return { distribution: staging, baseUrl: viewerBaseUrl(staging, undefined) };
  }
  const customDomain =
    common.customDomain &&
    inProp('customDomain', () => new CustomDomain(scope, 'custom-domain', { ...common.customDomain!, tags: common.tags }));
  if (common.viewerAccess?.type === ViewerAccessType.SIGNED_URLS) {
    Annotations.of(scope).addWarning(
      "'viewerAccess' is signed-urls, but HLS and DASH players request variants and segments by the URLs in the manifest, which carry no signature: only single files (progressive MP4) play. Use signed-cookies for HLS and DASH, or have the origin write signed segment URLs into manifests.",
    );
  }
  const distribution = new VideoDistribution(scope, 'distribution', {
    ...behaviors,
    ...common.distribution,
    comment: common.distribution?.comment ?? behaviors.comment,
    domainNames: customDomain?.domainNames,
    certificate: customDomain?.certificate,
    viewerAccess: common.viewerAccess,
    tags: common.tags,
  });
  if (customDomain) inProp('customDomain', () => customDomain.pointAt(distribution));
  // The primary's signals (a staging copy is watched through its primary's logs and metrics).
  const observability =
    common.observability &&
    inProp(
      'observability',
      () =>
        new Observability(scope, 'observability', {
          ...common.observability,
          distribution,
          profile: front.profile,
          segmentDurationSeconds: front.segmentDurationSeconds,
          tags: common.tags,
        }),
    );
  return { distribution, customDomain, baseUrl: viewerBaseUrl(distribution, customDomain), observability };
}
