/**
 * The ids of the AWS-managed CloudFront policies: stable and public, so written here rather than
 * looked up with a data source (which would need AWS credentials at plan time). Data only: the
 * constructs (`CachePolicy.CACHING_OPTIMIZED`...) and the policy rules both read them.
 */
export const MANAGED_CACHE_POLICY_IDS = {
  CACHING_OPTIMIZED: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS: 'b2884449-e4de-46a7-ac36-70bc7f1ddd6d',
  CACHING_DISABLED: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  ELEMENTAL_MEDIA_PACKAGE: '08627262-05a9-4f76-9ded-b50ca2e3a84f',
  AMPLIFY: '2e54312d-136d-493c-8eb9-b001f22f67d2',
  USE_ORIGIN_CACHE_CONTROL_HEADERS: '83da9c7e-98b4-4e11-a168-04f0df8e2c65',
  USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS: '4cc15a8a-d715-48a4-82b8-cc0b614638fe',
} as const;
