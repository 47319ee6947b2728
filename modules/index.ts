/**
 * The public API of the library: every name here is supported; anything not exported (the
 * `private/` helpers, renderers, check internals) may change without notice.
 */

export { VideoCdnValidationError } from './errors';

// CloudFront: the distribution, its behaviors and policies
export { VideoDistribution } from './cloudfront/distribution';
export type { DistributionLogging, VideoDistributionProps } from './cloudfront/distribution';
export type { BehaviorOptions } from './cloudfront/behavior-options';
export {
  CLOUDFRONT_HOSTED_ZONE_ID,
  DEFAULT_MAX_CACHE_BEHAVIORS,
  HttpVersion,
  ORIGIN_SHIELD_REGIONS,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from './cloudfront/distribution-settings';
export type { OriginShieldRegion } from './cloudfront/distribution-settings';
export { AllowedMethods, CachedMethods } from './cloudfront/http-methods';
export { CacheCookieBehavior, CacheHeaderBehavior, CacheQueryStringBehavior } from './cloudfront/cache-key-parameters';
export { CachePolicy } from './cloudfront/cache-policy';
export type { CachePolicyProps, ICachePolicy } from './cloudfront/cache-policy';
export {
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
} from './cloudfront/origin-request-policy';
export type { IOriginRequestPolicy, OriginRequestPolicyProps } from './cloudfront/origin-request-policy';
export { ResponseHeadersPolicy } from './cloudfront/response-headers-policy';
export type { IResponseHeadersPolicy, ResponseHeadersCorsProps, ResponseHeadersPolicyProps } from './cloudfront/response-headers-policy';
export { CUSTOMIZABLE_ERROR_CODES, shortLivedErrorResponses } from './cloudfront/error-responses';
export type { ErrorResponse } from './cloudfront/error-responses';
export { GeoRestriction } from './cloudfront/geo-restriction';
export { viewerBaseUrl } from './cloudfront/viewer-base-url';
export { ContinuousDeployment, PRIMARY_MUST_EXIST_WARNING } from './cloudfront/continuous-deployment';
export type { ContinuousDeploymentProps } from './cloudfront/continuous-deployment';
export type { FixedDistributionSettings } from './cloudfront/distribution';

// Viewer access control: signing keys, edge functions, and the access modes built from them
export { PublicKey } from './cloudfront/public-key';
export type { IPublicKey, PublicKeyProps } from './cloudfront/public-key';
export { KeyGroup } from './cloudfront/key-group';
export type { IKeyGroup, KeyGroupProps } from './cloudfront/key-group';
export { KeyValueStore, putKeyCommand } from './cloudfront/key-value-store';
export type { IKeyValueStore, KeyValueStoreProps } from './cloudfront/key-value-store';
export { FunctionCode } from './cloudfront/function-code';
export { CloudFrontFunction, MAX_FUNCTION_CODE_BYTES } from './cloudfront/cloudfront-function';
export type { CloudFrontFunctionProps, ICloudFrontFunction } from './cloudfront/cloudfront-function';
export { edgeSettingsProblems, FunctionEventType, LambdaEdgeEventType } from './cloudfront/edge-functions';
export type { EdgeLambda, EdgeSettings, FunctionAssociation } from './cloudfront/edge-functions';
export { DEFAULT_JWT_QUERY_STRING, JWT_VALIDATION_CODE_FILE, JwtValidationFunction } from './viewer-access/jwt-validation-function';
export type { JwtValidationFunctionProps } from './viewer-access/jwt-validation-function';
export { ViewerAccess, ViewerAccessType } from './viewer-access/viewer-access';
export type { JwtAccessProps, NamedPublicKey, SignedAccessProps, ViewerAccessBinding } from './viewer-access/viewer-access';

// Origins
export type {
  DistributionReference,
  IVideoOrigin,
  OriginBindOptions,
  OriginBinding,
  OriginOptions,
  SingleOriginBinding,
} from './origins/origin';
export { HttpOrigin, OriginProtocolPolicy, OriginSslPolicy } from './origins/http-origin';
export type { HttpOriginProps } from './origins/http-origin';
export { LIVE_FAILOVER_STATUS_CODES, OriginGroup } from './origins/origin-group';
export { VpcOrigin } from './origins/vpc-origin';
export type { IVpcOrigin, VpcOriginProps } from './origins/vpc-origin';
export type { OriginGroupProps } from './origins/origin-group';
export { S3Origin } from './origins/s3-origin';
export type { S3OriginProps } from './origins/s3-origin';
export {
  MEDIASTORE_END_OF_SUPPORT_DATE,
  MEDIASTORE_END_OF_SUPPORT_WARNING,
  mediaStoreEndOfSupportWarning,
  MediaStoreOrigin,
  mediaStoreContainerArnProblem,
  mediaStoreContainerNameProblem,
  mediaStoreDataEndpointProblem,
} from './origins/mediastore-origin';
export type {
  MediaStoreContainerOriginProps,
  MediaStoreContainerReference,
  MediaStoreEndpointOriginProps,
  MediaStoreOriginProps,
} from './origins/mediastore-origin';
export { MkioOrigin, mkioStreamingEndpointHostProblem } from './origins/mkio-origin';
export type { MkioOriginProps } from './origins/mkio-origin';
export {
  ANT_MEDIA_HTTP_PORT,
  ANT_MEDIA_HTTPS_PORT,
  ANT_MEDIA_MANIFEST_PATH_PATTERN,
  ANT_MEDIA_SEGMENT_PATH_PATTERNS,
  AntMediaOrigin,
  AntMediaPlayOrder,
  AntMediaProtocol,
  antMediaApplicationNameProblem,
  antMediaPortProblem,
} from './origins/ant-media-origin';
export type { AntMediaOriginProps } from './origins/ant-media-origin';

// MediaPackage
export { MediaPackageEndpointUrl, MediaPackageVersion } from './mediapackage/endpoint-url';
export type { MediaPackageManifestType } from './mediapackage/endpoint-url';
export { MediaPackageOrigin } from './mediapackage/mediapackage-origin';
export type { MediaPackageOriginProps, MediaPackageV2OriginProps } from './mediapackage/mediapackage-origin';
export {
  MEDIAPACKAGE_MODIFIED_TIME_QUERY_STRING,
  MEDIAPACKAGE_V2_MANIFEST_SETTINGS_QUERY_STRING,
  MediaPackageBehaviors,
} from './mediapackage/mediapackage-behaviors';
export type { MediaPackageBehaviorsProps, MediaPackageEndpointRoute } from './mediapackage/mediapackage-behaviors';
export { MediaPackagePackaging } from './mediapackage/packaging';
export type { MediaPackageEndpoint } from './mediapackage/packaging';
export {
  errorCachingTtlProblem,
  mediaPackageEndpointNameProblem,
  mediaPackageEndpointProblem,
  mediaPackageSettingsProblems,
} from './mediapackage/settings-rules';
export type { MediaPackageSettings } from './mediapackage/settings-rules';
export { MediaPackageCdnIdentifierSecret } from './mediapackage/cdn-identifier';
export type { MediaPackageCdnIdentifierSecretProps } from './mediapackage/cdn-identifier';

// Custom domains
export { EdgeCertificate } from './domain/certificate';
export type { EdgeCertificateProps, IEdgeCertificate } from './domain/certificate';
export { DistributionDnsRecords, DnsRecordType } from './domain/dns-records';
export type { DistributionDnsRecordsProps, DnsTarget } from './domain/dns-records';
export { CustomDomain } from './domain/custom-domain';
export type { CustomDomainProps } from './domain/custom-domain';

// Storage and transcoding
export type { S3BucketReference } from './storage/bucket-reference';
export { BucketPolicy } from './storage/bucket-policy';
export type { BucketPolicyProps, IBucketWithPolicy } from './storage/bucket-policy';
export { LifecycleStorageClass, lifecycleDaysProblem, PrivateBucket } from './storage/private-bucket';
export type { BucketCorsProps, BucketLifecycleProps, PrivateBucketProps } from './storage/private-bucket';
export { CLIENT_ACCESS_POLICY_KEY, ClientAccessPolicy, clientAccessPolicyXml } from './storage/client-access-policy';
export type { ClientAccessPolicyProps } from './storage/client-access-policy';
export { MediaConvertRole } from './mediaconvert/mediaconvert-role';
export type { MediaConvertRoleProps } from './mediaconvert/mediaconvert-role';
export { concurrentJobsProblem, MediaConvertQueue } from './mediaconvert/mediaconvert-queue';
export type { MediaConvertQueueProps } from './mediaconvert/mediaconvert-queue';

// Video presets
export {
  LL_HLS_QUERY_STRINGS,
  liveMinTtlProblem,
  MANIFEST_FILTER_QUERY_STRING,
  MAX_LIVE_MANIFEST_MIN_TTL_SECONDS,
  TIME_SHIFT_QUERY_STRINGS,
  VideoCachePresets,
} from './presets/video-cache-presets';
export type { LiveManifestCacheOptions, SegmentCacheOptions } from './presets/video-cache-presets';
export { VideoOriginRequestPresets } from './presets/origin-request-presets';
export { VideoResponseHeadersPresets } from './presets/response-headers-presets';
export {
  LIVE_RETRIED_ERROR_CODES,
  MAX_SEGMENT_DURATION_SECONDS,
  MIN_SEGMENT_DURATION_SECONDS,
  liveCacheSizing,
  segmentDurationProblem,
} from './presets/live-cache-sizing';
export type { LiveCacheSizing, LiveCacheSizingOptions } from './presets/live-cache-sizing';
export { liveOriginTimeouts } from './presets/live-origin-timeouts';
export type { LiveOriginTimeoutOptions, LiveOriginTimeouts } from './presets/live-origin-timeouts';

// Stacks
export { VideoCdnStack } from './stack/video-cdn-stack';
export type { VideoCdnStackProps } from './stack/video-cdn-stack';
export { localStatePathProblem, StackBackend } from './stack/stack-backend';
export { AWS_PROVIDER_MAJOR, AWS_PROVIDER_VERSION } from './stack/aws-provider-version';
export { defaultUsEast1Placement, setUsEast1Placement, UsEast1Placement, usEast1PlacementProblem } from './stack/us-east-1-placement';
export { awsBindingVersions } from './stack/one-aws-binding';
export type { HcpTerraformProps, S3StateProps } from './stack/stack-backend';

// Value rules: the library's checks, for configuration schemas of your own (the app's uses them)
export { allOf, settingPath, settingValue } from './validation/value-rule';
export type { SettingProblem, ValueProblem, ValueRule } from './validation/value-rule';
export {
  accountIdProblem,
  edgeCertificateArnProblem,
  globalWebAclArnProblem,
  hostedZoneIdProblem,
  kmsKeyArnProblem,
  keyGroupIdProblem,
  kmsKeyOrAliasArnProblem,
  lambdaEdgeVersionArnProblem,
  regionProblem,
  vpcOriginEndpointArnProblem,
  secretIdProblem,
} from './validation/aws-identifiers';
export { bucketNameProblem, bucketPrefixProblem, keyPrefixProblem, MAX_BUCKET_PREFIX_LENGTH } from './validation/bucket-name';
export { countriesProblem, countryCodeProblem } from './validation/country-code';
export { distributionCommentProblem, MAX_DISTRIBUTION_COMMENT_BYTES } from './validation/distribution-comment';
export {
  aliasesProblem,
  distinctDomainNamesProblem,
  domainNameProblem,
  exactDomainNameProblem,
  MAX_ALIASES,
  originHostProblem,
} from './validation/domain-name';
export { originHeaderNameProblem, originHeaderValueProblem } from './validation/header-name';
export { edgeNameProblem, iamRoleNameProblem, resourceNameProblem } from './validation/names';
export { numberBetween, wholeNumberBetween } from './validation/numbers';
export { originShieldRegionProblem } from './validation/origin-shield-region';
export {
  connectionAttemptsProblem,
  connectionTimeoutProblem,
  keepaliveTimeoutProblem,
  readTimeoutProblem,
} from './validation/origin-timeouts';
export { originPathProblem, pathPatternProblem, publicPathsProblem } from './validation/paths';
export { cookieNameProblem, queryStringNameProblem } from './validation/request-names';
export {
  containsPrivateKey,
  JWT_KEY_ID_PATTERN,
  jwtKeyIdProblem,
  keyGroupSizeProblem,
  MAX_KEY_GROUPS_PER_BEHAVIOR,
  MAX_PUBLIC_KEYS_PER_KEY_GROUP,
  namedPublicKeysProblem,
  normalizePublicKeyPem,
  publicKeyPemProblem,
  signedAccessKeysProblems,
} from './validation/signing-keys';
export type { SignedAccessKeys } from './validation/signing-keys';
export { MAX_NAMES_PER_POLICY_LIST, policyNameListProblem } from './validation/policy-name-list';
export { originPortProblem } from './validation/port';
export { tagKeyProblem, tagValueProblem } from './validation/tags';
export { noDuplicates, nonEmpty } from './validation/lists';
export {
  alarmTopicArnProblem,
  emailAddressProblem,
  LOG_RETENTION_DAYS,
  logBucketRetentionProblem,
  logFieldsProblem,
  logFirehoseArnProblem,
  logGroupRetentionProblem,
  percentageProblem,
  samplingRateProblem,
} from './validation/observability';
export { MAX_STAGING_TRAFFIC_WEIGHT, STAGING_HEADER_PREFIX, stagingTrafficProblems } from './validation/continuous-deployment';
export type { StagingTraffic } from './validation/continuous-deployment';
export {
  FAILOVER_STATUS_CODES,
  failoverStatusCodesProblem,
  MAX_ORIGIN_GROUPS_PER_DISTRIBUTION,
  originGroupMembersProblem,
} from './validation/origin-group';
export { isPerViewerName, segmentKeyNameProblem } from './validation/per-viewer-names';
export { playerOriginsProblem, s3CorsOriginProblem, webOriginProblem } from './validation/web-origin';

// Scenario patterns: a whole scenario in one construct
export { customDomainSettingProblems } from './patterns/video-cdn-pattern-props';
export type { DistributionSettings, VideoCdnPatternProps } from './patterns/video-cdn-pattern-props';
export { STAGEABLE_DISTRIBUTION_SETTINGS, stagingPrimaryProblems } from './patterns/pattern-staging-props';
export type { PatternStagingProps, StageableDistributionSettings } from './patterns/pattern-staging-props';
export {
  DEFAULT_SMOOTH_STREAMING_PATH_PATTERN,
  mediaConvertReadableStorageClassProblem,
  segmentExtensionsProblem,
  VOD_MANIFEST_EXTENSIONS,
  VOD_SEGMENT_EXTENSIONS,
  VOD_STAGEABLE_SETTINGS,
  VodCdn,
  vodTtlProblem,
} from './patterns/vod-cdn';
export type {
  VodCacheProps,
  VodCdnProps,
  VodMediaConvertProps,
  VodOutputBucketProps,
  VodSmoothStreamingProps,
  VodSourceBucketProps,
} from './patterns/vod-cdn';

export {
  MEDIAPACKAGE_STAGEABLE_SETTINGS,
  MediaPackageLiveCdn,
  mediaPackageChannelIdProblem,
  mediaPackageLiveCdnProblems,
} from './patterns/mediapackage-live-cdn';
export type {
  MediaPackageCdnAuthorizationProps,
  MediaPackageChannelProps,
  MediaPackageLiveCdnProps,
} from './patterns/mediapackage-live-cdn';
export {
  liveManifestPathProblem,
  liveManifestPathsProblem,
  liveSegmentTtlProblem,
  MEDIASTORE_STAGEABLE_SETTINGS,
  MediaStoreLiveCdn,
  MediaStoreLiveOrigin,
} from './patterns/mediastore-live-cdn';
export type {
  LiveS3BucketProps,
  LiveS3BucketSettings,
  LiveStorageResources,
  MediaStoreCreatedContainerProps,
  MediaStoreExistingEndpointProps,
  MediaStoreLiveCdnProps,
} from './patterns/mediastore-live-cdn';
export { MKIO_STAGEABLE_SETTINGS, MkioCdn, mkioFailoverProblems, mkioForwardingProblems } from './patterns/mkio-cdn';
export type { LiveFailoverProps } from './patterns/live-failover-props';
export type { MkioCdnProps, MkioForwardingSettings } from './patterns/mkio-cdn';
export { ANT_MEDIA_STAGEABLE_SETTINGS, AntMediaCdn, antMediaCdnSettingsProblems, antMediaStreamIdProblem } from './patterns/ant-media-cdn';
export type { AntMediaCdnProps, AntMediaCdnSettings, AntMediaVpcOriginProps } from './patterns/ant-media-cdn';

// Observability: logs, metrics, alarms, dashboards
export { AccessLogDestination, AccessLogFormat, accessLogFormatProblems, AccessLogs } from './observability/access-logs';
export type { AccessLogsProps } from './observability/access-logs';
export { AdditionalMetrics } from './observability/additional-metrics';
export { AlarmTopic } from './observability/alarm-topic';
export { AlarmProfile, VideoCdnAlarms } from './observability/alarms';
export type { AlarmThresholds, VideoCdnAlarmsProps } from './observability/alarms';
export { ADDITIONAL_METRICS, CLOUDFRONT_METRICS_NAMESPACE, distributionDimensions } from './observability/cloudfront-metrics';
export { VideoCdnDashboard } from './observability/dashboard';
export type { VideoCdnDashboardProps } from './observability/dashboard';
export { Observability } from './observability/observability';
export type { ObservabilityOfProps, ObservabilityProps } from './observability/observability';
export { CMCD_FIELDS, RealtimeLogs, VIDEO_REALTIME_LOG_FIELDS } from './observability/realtime-logs';
export type { RealtimeLogsProps } from './observability/realtime-logs';

// Policy checks
export { PolicyChecks } from './checks/policy-checks';
export type { PolicyChecksOptions, PolicyEvaluation, PolicyFinding } from './checks/policy-checks';
export { combineVerdicts, compliant, nonCompliant, notApplicable, RuleLevel, RuleResult } from './checks/rule';
export type { PolicyRule, RuleVerdict } from './checks/rule';
export { isTerraformExpression, isTerraformTrue, literalString, nestedBlock, nestedBlocks, RuleContext } from './checks/rule-context';
export type { ResolvedResource, ResourceReference, TerraformBody } from './checks/rule-context';
export { VIDEO_CDN_POLICY_RULES } from './checks/video-cdn-pack';
export { renderPolicyCheckReference } from './checks/reference';
export { BucketPublicAccessBlockRule } from './checks/rules/bucket-public-access-block';
export { LegacyForwardedValuesRule } from './checks/rules/legacy-forwarded-values';
export { LegacyLoggingAclRule } from './checks/rules/legacy-logging-acl';
export { LiveAlarmsRule } from './checks/rules/live-alarms';
export { RealtimeLogSamplingRule } from './checks/rules/realtime-log-sampling';
export { LiveOriginShieldRule } from './checks/rules/live-origin-shield';
export { OriginHttpsRule } from './checks/rules/origin-https';
export { PerViewerCacheKeyRule } from './checks/rules/per-viewer-cache-key';
export { ResourcePolicySourceArnRule } from './checks/rules/resource-policy-source-arn';
export { S3OriginAccessControlRule } from './checks/rules/s3-origin-access-control';
export { SegmentCachingDisabledRule } from './checks/rules/segment-caching-disabled';
export { ViewerTlsRule } from './checks/rules/viewer-tls';
export { WebAclRule } from './checks/rules/web-acl';
