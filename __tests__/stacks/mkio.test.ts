import { Testing } from 'cdktf';
import { parseConfig } from '../../config/load';
import { buildMkioExample } from '../../examples/mkio';
import { CachePolicy } from '../../modules';
import { MkioStack } from '../../stacks/mkio';
import { onlyResource, outputs, resources, synthJson } from '../support/synth';
import { singleSection } from '../support/app-stacks';

const HOST = 'production.westeurope.streaming.mediakind.com';
const CUSTOM_DOMAIN = { domainName: 'vod.video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };

/** Builds the stack from a `mkio` section, through the same schema users' files go through. */
function mkioStack(section: Record<string, unknown>): MkioStack {
  const config = parseConfig({ awsRegion: 'eu-west-1', mkio: { streamingEndpointHostName: HOST, ...section } });
  return new MkioStack(Testing.app(), 'mkio', singleSection(config, 'mkio'), { awsRegion: config.awsRegion });
}

function synth(section: Record<string, unknown> = {}) {
  const json = synthJson(mkioStack(section));
  const distribution = onlyResource(json, 'aws_cloudfront_distribution');
  return { json, distribution, behavior: distribution.default_cache_behavior };
}

describe('mkio stack', () => {
  it('has one HTTPS-only origin: the streaming endpoint host on 443, TLSv1.2, no origin path', () => {
    const { distribution } = synth();
    expect(distribution.origin).toEqual([
      {
        origin_id: 'mkio-streaming-endpoint',
        domain_name: HOST,
        custom_origin_config: {
          origin_protocol_policy: 'https-only',
          http_port: 80,
          https_port: 443,
          origin_ssl_protocols: ['TLSv1.2'],
          origin_read_timeout: 30,
          origin_keepalive_timeout: 5,
        },
      },
    ]);
  });

  it('serves everything from one read-only default behavior: GET/HEAD, redirect to HTTPS, CachingOptimized, no origin request policy', () => {
    const { distribution, behavior } = synth();
    expect(distribution.ordered_cache_behavior).toBeUndefined();
    expect(behavior).toMatchObject({
      target_origin_id: 'mkio-streaming-endpoint',
      viewer_protocol_policy: 'redirect-to-https',
      allowed_methods: ['GET', 'HEAD'],
      cached_methods: ['GET', 'HEAD'],
      cache_policy_id: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    });
    expect(behavior.cache_policy_id).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(behavior.origin_request_policy_id).toBeUndefined();
  });

  it('creates no policy of its own without token authentication', () => {
    const { json } = synth();
    expect(resources(json, 'aws_cloudfront_cache_policy')).toHaveLength(0);
    expect(resources(json, 'aws_cloudfront_origin_request_policy')).toHaveLength(0);
  });

  it('leaves standard logging off, the default root object empty, WAF off, and uses the cheapest price class by default', () => {
    const { distribution } = synth();
    expect(distribution.logging_config).toBeUndefined();
    expect(distribution.default_root_object).toBeUndefined();
    expect(distribution.web_acl_id).toBeUndefined();
    expect(distribution.price_class).toBe('PriceClass_100');
    expect(distribution.comment).toBe(`MK.IO streaming endpoint ${HOST}`);
  });

  it('takes the price class, a WAF web ACL and a comment from the distribution section', () => {
    const webAclId = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/video/0123abcd-0123-0123-0123-0123456789ab';
    const { distribution } = synth({ distribution: { priceClass: 'PriceClass_All', webAclId, comment: 'MK.IO VOD' } });
    expect(distribution.price_class).toBe('PriceClass_All');
    expect(distribution.web_acl_id).toBe(webAclId);
    expect(distribution.comment).toBe('MK.IO VOD');
  });

  it('turns Origin Shield on in the given region', () => {
    const { distribution } = synth({ originShieldRegion: 'eu-west-1' });
    expect(distribution.origin[0].origin_shield).toEqual({ enabled: true, origin_shield_region: 'eu-west-1' });
  });

  it('can refuse plain HTTP instead of redirecting', () => {
    expect(synth({ viewerProtocolPolicy: 'https-only' }).behavior.viewer_protocol_policy).toBe('https-only');
  });

  describe('tokens at the edge', () => {
    it('jwt viewer access and a forwarded query string: one shared cache entry, the query string reaches MK.IO, the token never', () => {
      const { json, behavior } = synth({ viewerAccess: { type: 'jwt', queryString: 'token' }, forwardQueryStrings: ['drm-hint'] });
      expect(behavior.cache_policy_id).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6');
      expect(resources(json, 'aws_cloudfront_cache_policy')).toHaveLength(0);
      const originRequestPolicy = onlyResource(json, 'aws_cloudfront_origin_request_policy');
      expect(originRequestPolicy.query_strings_config).toEqual({
        query_string_behavior: 'whitelist',
        query_strings: { items: ['drm-hint'] },
      });
      expect(originRequestPolicy.headers_config).toEqual({ header_behavior: 'none' });
      expect(behavior.function_association).toHaveLength(1);
      expect(outputs(json)['viewer-access-put-key-command']).toMatch(
        /^aws cloudfront-keyvaluestore put-key --kvs-arn \$\{aws_cloudfront_key_value_store\./,
      );
    });

    it('the removed tokenAuthentication says what replaced it', () => {
      expect(() => mkioStack({ tokenAuthentication: { queryStrings: ['token'] } })).toThrow(
        /'mkio.tokenAuthentication' was removed: it put each viewer's token in the cache key .*Use "viewerAccess": \{ "type": "jwt"/,
      );
    });
  });

  describe('outputs', () => {
    it('without a custom domain: the playback URL pattern on the cloudfront.net name', () => {
      const out = outputs(synth().json);
      expect(out['playback-url-pattern']).toBe('https://${aws_cloudfront_distribution.distribution_114A0A2A.domain_name}/<locator-id>/...');
      expect(out['playback-base-url']).toBe('https://${aws_cloudfront_distribution.distribution_114A0A2A.domain_name}');
      expect(out['distribution-id']).toBe('${aws_cloudfront_distribution.distribution_114A0A2A.id}');
    });

    it('with a custom domain: aliases, certificate, CNAME, and the playback URL pattern on the custom domain', () => {
      const { json, distribution } = synth({ customDomain: CUSTOM_DOMAIN });
      expect(distribution.aliases).toEqual(['vod.video.example.com']);
      expect(distribution.viewer_certificate).toMatchObject({ ssl_support_method: 'sni-only', minimum_protocol_version: 'TLSv1.2_2021' });
      expect(onlyResource(json, 'aws_acm_certificate')).toMatchObject({ domain_name: 'vod.video.example.com', provider: 'aws.us_east_1' });
      const cname = resources(json, 'aws_route53_record').find((record) => record.type === 'CNAME');
      expect(cname).toMatchObject({
        name: 'vod.video.example.com',
        records: ['${aws_cloudfront_distribution.distribution_114A0A2A.domain_name}'],
      });
      expect(outputs(json)['playback-url-pattern']).toBe('https://vod.video.example.com/<locator-id>/...');
      expect(json.output!['playback-url-pattern'].description).toContain(`https://${HOST}`);
    });
  });

  describe('configuration errors name the key', () => {
    it.each([
      [
        { streamingEndpointHostName: `https://${HOST}` },
        /'mkio.streamingEndpointHostName' is not an MK.IO streaming endpoint host \(<endpoint-name>.<region>.streaming.mediakind.com\), got: "https:\/\/production/,
      ],
      [{ streamingEndpointHostName: 'cdn.example.com' }, /'mkio.streamingEndpointHostName' is not an MK.IO streaming endpoint host/],
      [{ viewerProtocolPolicy: 'allow-all' }, /'mkio.viewerProtocolPolicy'.*"allow-all"/],
      [{ originShieldRegion: 'westeurope' }, /'mkio.originShieldRegion'/],
      [{ viewerAccess: { type: 'jwt' }, forwardQueryStrings: [] }, /'mkio.forwardQueryStrings' is an empty list/],
      [{ viewerAccess: { type: 'jwt' }, forwardQueryStrings: ['a', 'A'] }, /'mkio.forwardQueryStrings' lists "A" twice/],
      [
        { viewerAccess: { type: 'jwt' }, forwardQueryStrings: Array.from({ length: 11 }, (_, i) => `q${i}`) },
        /'mkio.forwardQueryStrings' has 11 names, more than CloudFront allows in one policy \(10\)/,
      ],
      [{ viewerAccess: { type: 'jwt' }, forwardQueryStrings: ['to ken'] }, /'mkio\.forwardQueryStrings\[0\]' must be a query string name/],
      [{ forwardQueryStrings: ['hint'] }, /'mkio.forwardQueryStrings' is set without viewerAccess/],
      [{ defaultRootObject: 'index.html' }, /'mkio' has unknown key\(s\) "defaultRootObject"/],
    ])('%j', (section, message) => {
      expect(() => mkioStack(section)).toThrow(message);
    });

    it('requires the streaming endpoint host', () => {
      expect(() => parseConfig({ awsRegion: 'eu-west-1', mkio: {} })).toThrow(
        /'mkio.streamingEndpointHostName' .*got: nothing \(the key is missing\)/,
      );
    });
  });
});

describe('the README example (examples/mkio.ts)', () => {
  it('builds an HTTPS-only MK.IO origin with Origin Shield, all edge locations and the playback URL pattern', () => {
    const json = synthJson(buildMkioExample(Testing.app()));
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({
      domain_name: 'production.westeurope.streaming.mediakind.com',
      origin_shield: { enabled: true, origin_shield_region: 'eu-west-1' },
      custom_origin_config: { origin_protocol_policy: 'https-only' },
    });
    expect(distribution.price_class).toBe('PriceClass_All');
    expect(distribution.default_cache_behavior.viewer_protocol_policy).toBe('https-only');
    expect(outputs(json)['playback-url-pattern']).toBe('https://vod.example.com/<locator-id>/...');
  });
});
