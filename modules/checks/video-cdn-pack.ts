import { BucketPublicAccessBlockRule } from './rules/bucket-public-access-block';
import { LegacyForwardedValuesRule } from './rules/legacy-forwarded-values';
import { LegacyLoggingAclRule } from './rules/legacy-logging-acl';
import { LiveAlarmsRule } from './rules/live-alarms';
import { RealtimeLogSamplingRule } from './rules/realtime-log-sampling';
import { LiveOriginShieldRule } from './rules/live-origin-shield';
import { OriginHttpsRule } from './rules/origin-https';
import { PerViewerCacheKeyRule } from './rules/per-viewer-cache-key';
import { ResourcePolicySourceArnRule } from './rules/resource-policy-source-arn';
import { PolicyRule } from './rule';
import { S3OriginAccessControlRule } from './rules/s3-origin-access-control';
import { SegmentCachingDisabledRule } from './rules/segment-caching-disabled';
import { ViewerTlsRule } from './rules/viewer-tls';
import { WebAclRule } from './rules/web-acl';

/** The pack `PolicyChecks` runs by default: security (ERROR), cost and hygiene (WARNING), advice (INFO). */
export const VIDEO_CDN_POLICY_RULES: readonly PolicyRule[] = [
  ViewerTlsRule,
  OriginHttpsRule,
  S3OriginAccessControlRule,
  BucketPublicAccessBlockRule,
  ResourcePolicySourceArnRule,
  LegacyForwardedValuesRule,
  PerViewerCacheKeyRule,
  LegacyLoggingAclRule,
  SegmentCachingDisabledRule,
  LiveAlarmsRule,
  WebAclRule,
  LiveOriginShieldRule,
  RealtimeLogSamplingRule,
];
