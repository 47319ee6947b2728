import {
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
} from '../../modules';
import { onlyResource, synthJson, testStack } from '../support/synth';

describe('OriginRequestPolicy', () => {
  it('minimal: forwards nothing beyond the cache key', () => {
    const stack = testStack();
    new OriginRequestPolicy(stack, 'orp');
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_origin_request_policy')).toMatchObject({
      query_strings_config: { query_string_behavior: 'none' },
      headers_config: { header_behavior: 'none' },
      cookies_config: { cookie_behavior: 'none' },
    });
  });

  it('maximal: named query strings, viewer + CloudFront headers, cookies', () => {
    const stack = testStack();
    new OriginRequestPolicy(stack, 'orp', {
      originRequestPolicyName: 'ant-media',
      comment: 'player query strings',
      queryStrings: OriginRequestQueryStringBehavior.allowList('id', 'playOrder'),
      headers: OriginRequestHeaderBehavior.allViewerAndCloudFront('CloudFront-Viewer-Country'),
      cookies: OriginRequestCookieBehavior.all(),
    });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_origin_request_policy')).toMatchObject({
      name: 'ant-media',
      comment: 'player query strings',
      query_strings_config: { query_string_behavior: 'whitelist', query_strings: { items: ['id', 'playOrder'] } },
      headers_config: { header_behavior: 'allViewerAndWhitelistCloudFront', headers: { items: ['CloudFront-Viewer-Country'] } },
      cookies_config: { cookie_behavior: 'all' },
    });
  });

  it('rejects more than 10 names and bad policy names', () => {
    const names = Array.from({ length: 11 }, (_, i) => `q${i}`);
    expect(() => OriginRequestQueryStringBehavior.allowList(...names)).toThrow(/'queryStrings' has 11 names/);
    expect(() => OriginRequestHeaderBehavior.allowList(...names)).toThrow(/'headers' has 11 names/);
    expect(() => OriginRequestCookieBehavior.denyList(...names)).toThrow(/'cookies' has 11 names/);
    expect(() => new OriginRequestPolicy(testStack(), 'orp', { originRequestPolicyName: 'a b' })).toThrow(
      /'originRequestPolicyName' must be 1-128/,
    );
  });
});
