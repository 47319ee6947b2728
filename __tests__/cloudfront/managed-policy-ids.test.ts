import { CachePolicy, OriginRequestPolicy, ResponseHeadersPolicy } from '../../modules';

// AWS-managed policy IDs are public and stable; a typo here silently attaches the wrong policy
// (or fails only at apply), so every one is pinned.
describe('managed policy IDs', () => {
  it.each([
    ['CACHING_OPTIMIZED', CachePolicy.CACHING_OPTIMIZED, '658327ea-f89d-4fab-a63d-7e88639e58f6'],
    [
      'CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS',
      CachePolicy.CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS,
      'b2884449-e4de-46a7-ac36-70bc7f1ddd6d',
    ],
    ['CACHING_DISABLED', CachePolicy.CACHING_DISABLED, '4135ea2d-6df8-44a3-9df3-4b5a84be39ad'],
    ['ELEMENTAL_MEDIA_PACKAGE', CachePolicy.ELEMENTAL_MEDIA_PACKAGE, '08627262-05a9-4f76-9ded-b50ca2e3a84f'],
    ['AMPLIFY', CachePolicy.AMPLIFY, '2e54312d-136d-493c-8eb9-b001f22f67d2'],
    ['USE_ORIGIN_CACHE_CONTROL_HEADERS', CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS, '83da9c7e-98b4-4e11-a168-04f0df8e2c65'],
    [
      'USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS',
      CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS,
      '4cc15a8a-d715-48a4-82b8-cc0b614638fe',
    ],
  ])('cache policy %s', (_name, policy, id) => {
    expect(policy.cachePolicyId).toBe(id);
  });

  it.each([
    ['CORS_CUSTOM_ORIGIN', OriginRequestPolicy.CORS_CUSTOM_ORIGIN, '59781a5b-3903-41f3-afcb-af62929ccde1'],
    ['CORS_S3_ORIGIN', OriginRequestPolicy.CORS_S3_ORIGIN, '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf'],
    ['ALL_VIEWER', OriginRequestPolicy.ALL_VIEWER, '216adef6-5c7f-47e4-b989-5492eafa07d3'],
    ['ALL_VIEWER_EXCEPT_HOST_HEADER', OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER, 'b689b0a8-53d0-40ab-baf2-68738e2966ac'],
    ['ALL_VIEWER_AND_CLOUDFRONT_2022', OriginRequestPolicy.ALL_VIEWER_AND_CLOUDFRONT_2022, '33f36d7e-f396-46d9-90e0-52428a34d9dc'],
    ['ELEMENTAL_MEDIA_TAILOR', OriginRequestPolicy.ELEMENTAL_MEDIA_TAILOR, '775133bc-15f2-49f9-abea-afb2e0bf67d2'],
    ['USER_AGENT_REFERER_HEADERS', OriginRequestPolicy.USER_AGENT_REFERER_HEADERS, 'acba4595-bd28-49b8-b9fe-13317c0390fa'],
    ['HOST_HEADER_ONLY', OriginRequestPolicy.HOST_HEADER_ONLY, 'bf0718e1-ba1e-49d1-88b1-f726733018ae'],
  ])('origin request policy %s', (_name, policy, id) => {
    expect(policy.originRequestPolicyId).toBe(id);
  });

  it.each([
    ['SIMPLE_CORS', ResponseHeadersPolicy.SIMPLE_CORS, '60669652-455b-4ae9-85a4-c4c02393f86c'],
    ['CORS_WITH_PREFLIGHT', ResponseHeadersPolicy.CORS_WITH_PREFLIGHT, '5cc3b908-e619-4b99-88e5-2cf7f45965bd'],
    ['SECURITY_HEADERS', ResponseHeadersPolicy.SECURITY_HEADERS, '67f7725c-6f97-4210-82d7-5512b31e9d03'],
    ['CORS_AND_SECURITY_HEADERS', ResponseHeadersPolicy.CORS_AND_SECURITY_HEADERS, 'e61eb60c-9c35-4d20-a928-2b84e02af89c'],
    [
      'CORS_WITH_PREFLIGHT_AND_SECURITY_HEADERS',
      ResponseHeadersPolicy.CORS_WITH_PREFLIGHT_AND_SECURITY_HEADERS,
      'eaab4381-ed33-4a86-88ca-d9558dc6cd63',
    ],
  ])('response headers policy %s', (_name, policy, id) => {
    expect(policy.responseHeadersPolicyId).toBe(id);
  });
});
