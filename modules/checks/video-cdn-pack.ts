import { BucketPublicAccessBlockRule } from './bucket-public-access-block';
import { LegacyForwardedValuesRule } from './legacy-forwarded-values';
import { LiveOriginShieldRule } from './live-origin-shield';
import { OriginHttpsRule } from './origin-https';
import { ResourcePolicySourceArnRule } from './resource-policy-source-arn';
import { PolicyRule } from './rule';
import { S3OriginAccessControlRule } from './s3-origin-access-control';
import { SegmentCachingDisabledRule } from './segment-caching-disabled';
import { ViewerTlsRule } from './viewer-tls';
import { WebAclRule } from './web-acl';

/** The pack `PolicyChecks` runs by default: security (ERROR), cost and hygiene (WARNING), advice (INFO). */
export const VIDEO_CDN_POLICY_RULES: readonly PolicyRule[] = [
  ViewerTlsRule,
  OriginHttpsRule,
  S3OriginAccessControlRule,
  BucketPublicAccessBlockRule,
  ResourcePolicySourceArnRule,
  LegacyForwardedValuesRule,
  SegmentCachingDisabledRule,
  WebAclRule,
  LiveOriginShieldRule,
];
