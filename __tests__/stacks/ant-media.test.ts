import { Testing } from 'cdktf';
import { parseConfig } from '../../config/load';
import { buildAntMediaExample } from '../../examples/ant-media';
import { AntMediaStack } from '../../stacks/ant-media';
import { onlyResource, outputs, resources, synthJson, TerraformJson } from '../support/synth';
import { singleSection } from '../support/app-stacks';

const CUSTOM_DOMAIN = { domainName: 'ams.video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };
const CLOUDFRONT_BASE = 'https://${aws_cloudfront_distribution.distribution_114A0A2A.domain_name}';

/** Builds the stack from an `antMedia` section, through the same schema users' files go through. */
function antMediaStack(section: Record<string, unknown>): AntMediaStack {
  const config = parseConfig({ awsRegion: 'eu-west-1', antMedia: { serverHostName: 'ams.example.com', ...section } });
  return new AntMediaStack(Testing.app(), 'ant-media', singleSection(config, 'antMedia'), { awsRegion: config.awsRegion });
}

/** The synthesized stack with its behaviors and policies looked up by what they serve. */
function synth(section: Record<string, unknown> = {}) {
  const json = synthJson(antMediaStack(section));
  const distribution = onlyResource(json, 'aws_cloudfront_distribution');
  const ordered: Array<Record<string, any>> = distribution.ordered_cache_behavior ?? [];
  const behavior = (pattern: string) => ordered.find((b) => b.path_pattern === pattern);
  return { json, distribution, ordered, behavior, defaultBehavior: distribution.default_cache_behavior as Record<string, any> };
}

/** The policy resource a behavior points at (`${aws_cloudfront_cache_policy.<name>.id}`). */
function policyOf(json: TerraformJson, type: string, reference: string): Record<string, any> {
  const name = new RegExp(`^\\$\\{${type}\\.([^.]+)\\.id\\}$`).exec(reference)?.[1];
  const body = name && json.resource?.[type]?.[name];
  if (!body) throw new Error(`${reference} is not a ${type} of this stack`);
  return body as Record<string, any>;
}

const cacheKeyQueryStrings = (policy: Record<string, any>) => policy.parameters_in_cache_key_and_forwarded_to_origin.query_strings_config;

describe('ant-media stack', () => {
  it('origin: the server over HTTPS on 5443 by default, with the application "live" as origin path', () => {
    const { distribution } = synth();
    expect(distribution.origin).toEqual([
      {
        origin_id: 'ant-media-server',
        domain_name: 'ams.example.com',
        origin_path: '/live',
        custom_origin_config: {
          origin_protocol_policy: 'https-only',
          http_port: 80,
          https_port: 5443,
          origin_ssl_protocols: ['TLSv1.2'],
          origin_read_timeout: 30,
          origin_keepalive_timeout: 5,
        },
      },
    ]);
  });

  it('origin: HTTP only on 5080 when originProtocol is http', () => {
    const origin = synth({ originProtocol: 'http' }).distribution.origin[0];
    expect(origin.custom_origin_config).toMatchObject({ origin_protocol_policy: 'http-only', http_port: 5080 });
  });

  it('origin: application name, port and Origin Shield from the configuration', () => {
    const origin = synth({ applicationName: 'LiveApp', originPort: 443, originShieldRegion: 'eu-central-1' }).distribution.origin[0];
    expect(origin.origin_path).toBe('/LiveApp');
    expect(origin.custom_origin_config.https_port).toBe(443);
    expect(origin.origin_shield).toEqual({ enabled: true, origin_shield_region: 'eu-central-1' });
  });

  it('behaviors: the player page by default, then playlists, then segments; all GET/HEAD and redirect to HTTPS', () => {
    const { ordered, defaultBehavior } = synth();
    expect(ordered.map((b) => b.path_pattern)).toEqual(['*.m3u8', '*.ts', '*.m4s', '*.mp4']);
    for (const behavior of [defaultBehavior, ...ordered]) {
      expect(behavior).toMatchObject({
        target_origin_id: 'ant-media-server',
        allowed_methods: ['GET', 'HEAD'],
        cached_methods: ['GET', 'HEAD'],
        viewer_protocol_policy: 'redirect-to-https',
      });
    }
  });

  it('player page (play.html): id and playOrder in the cache key and forwarded by the origin request policy', () => {
    const { json, defaultBehavior } = synth();
    const cachePolicy = policyOf(json, 'aws_cloudfront_cache_policy', defaultBehavior.cache_policy_id);
    expect(cacheKeyQueryStrings(cachePolicy)).toEqual({
      query_string_behavior: 'whitelist',
      query_strings: { items: ['id', 'playOrder'] },
    });
    expect(cachePolicy).toMatchObject({ min_ttl: 0, default_ttl: 300, max_ttl: 86400 });
    const originRequestPolicy = policyOf(json, 'aws_cloudfront_origin_request_policy', defaultBehavior.origin_request_policy_id);
    expect(originRequestPolicy.query_strings_config).toEqual({
      query_string_behavior: 'whitelist',
      query_strings: { items: ['id', 'playOrder'] },
    });
    expect(originRequestPolicy.headers_config).toEqual({ header_behavior: 'none' });
  });

  it('playlists: a short TTL (1 s by default, at most 10 s) and no query string in the key without LL-HLS', () => {
    const { json, behavior } = synth();
    const manifests = policyOf(json, 'aws_cloudfront_cache_policy', behavior('*.m3u8')!.cache_policy_id);
    expect(manifests).toMatchObject({ min_ttl: 1, default_ttl: 1, max_ttl: 10 });
    expect(cacheKeyQueryStrings(manifests)).toEqual({ query_string_behavior: 'none' });
    expect(behavior('*.m3u8')!.origin_request_policy_id).toBe(synth().defaultBehavior.origin_request_policy_id);
  });

  it('segments: one policy for .ts, .m4s and .mp4, cached longer than playlists (60 s by default), no origin request policy', () => {
    const { json, behavior } = synth();
    const ids = ['*.ts', '*.m4s', '*.mp4'].map((pattern) => behavior(pattern)!.cache_policy_id);
    expect(new Set(ids).size).toBe(1);
    const segments = policyOf(json, 'aws_cloudfront_cache_policy', ids[0]);
    expect(segments).toMatchObject({ min_ttl: 1, default_ttl: 60 });
    expect(segments.default_ttl).toBeGreaterThan(
      policyOf(json, 'aws_cloudfront_cache_policy', behavior('*.m3u8')!.cache_policy_id).default_ttl,
    );
    expect(cacheKeyQueryStrings(segments)).toEqual({ query_string_behavior: 'none' });
    expect(behavior('*.ts')!.origin_request_policy_id).toBeUndefined();
  });

  it('LL-HLS: _HLS_msn, _HLS_part and _HLS_skip in the playlist cache key and forwarded with id and playOrder', () => {
    const { json, behavior, defaultBehavior } = synth({ lowLatencyHls: true });
    const manifests = policyOf(json, 'aws_cloudfront_cache_policy', behavior('*.m3u8')!.cache_policy_id);
    expect(cacheKeyQueryStrings(manifests)).toEqual({
      query_string_behavior: 'whitelist',
      query_strings: { items: ['_HLS_msn', '_HLS_part', '_HLS_skip'] },
    });
    const originRequestPolicy = policyOf(json, 'aws_cloudfront_origin_request_policy', behavior('*.m3u8')!.origin_request_policy_id);
    expect(originRequestPolicy.query_strings_config.query_strings.items).toEqual(['id', 'playOrder', '_HLS_msn', '_HLS_part', '_HLS_skip']);
    // The player page key stays id + playOrder: blocking-reload parameters only reach playlists' keys.
    expect(
      cacheKeyQueryStrings(policyOf(json, 'aws_cloudfront_cache_policy', defaultBehavior.cache_policy_id)).query_strings.items,
    ).toEqual(['id', 'playOrder']);
  });

  it('TTLs from the configuration', () => {
    const { json, behavior } = synth({ manifestTtlSeconds: 2, segmentTtlSeconds: 86400 });
    expect(policyOf(json, 'aws_cloudfront_cache_policy', behavior('*.m3u8')!.cache_policy_id).default_ttl).toBe(2);
    expect(policyOf(json, 'aws_cloudfront_cache_policy', behavior('*.ts')!.cache_policy_id).default_ttl).toBe(86400);
  });

  it('caches a 404 (playlist not written yet) for 3 s, or as configured', () => {
    expect(synth().distribution.custom_error_response).toEqual([{ error_code: 404, error_caching_min_ttl: 3 }]);
    expect(synth({ notFoundCachingSeconds: 1 }).distribution.custom_error_response).toEqual([
      { error_code: 404, error_caching_min_ttl: 1 },
    ]);
  });

  it('WAF is off by default and on with a web ACL; logging off; no default root object', () => {
    const { distribution } = synth();
    expect(distribution.web_acl_id).toBeUndefined();
    expect(distribution.logging_config).toBeUndefined();
    expect(distribution.default_root_object).toBeUndefined();
    const webAclId = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/ams/0123abcd-0123-0123-0123-0123456789ab';
    expect(synth({ distribution: { webAclId } }).distribution.web_acl_id).toBe(webAclId);
  });

  describe('outputs', () => {
    it('HLS player page and playlist URLs on the cloudfront.net name, no LL-HLS URLs without LL-HLS', () => {
      const out = outputs(synth().json);
      expect(out['hls-player-url']).toBe(`${CLOUDFRONT_BASE}/play.html?id=<stream-id>&playOrder=hls`);
      expect(out['hls-manifest-url']).toBe(`${CLOUDFRONT_BASE}/streams/<stream-id>.m3u8`);
      expect(out).not.toHaveProperty('ll-hls-player-url');
      expect(out).not.toHaveProperty('ll-hls-manifest-url');
      expect(out['distribution-id']).toBe('${aws_cloudfront_distribution.distribution_114A0A2A.id}');
    });

    it('with a custom domain, LL-HLS and a stream id: every playback URL on the custom domain', () => {
      const { json, distribution } = synth({ customDomain: CUSTOM_DOMAIN, lowLatencyHls: true, streamId: 'stream1' });
      expect(distribution.aliases).toEqual(['ams.video.example.com']);
      expect(onlyResource(json, 'aws_acm_certificate').domain_name).toBe('ams.video.example.com');
      expect(resources(json, 'aws_route53_record').find((record) => record.type === 'CNAME')).toMatchObject({
        name: 'ams.video.example.com',
      });
      expect(outputs(json)).toMatchObject({
        'hls-player-url': 'https://ams.video.example.com/play.html?id=stream1&playOrder=hls',
        'll-hls-player-url': 'https://ams.video.example.com/play.html?id=stream1&playOrder=ll-hls',
        'hls-manifest-url': 'https://ams.video.example.com/streams/stream1.m3u8',
        'll-hls-manifest-url': 'https://ams.video.example.com/streams/ll-hls/stream1/stream1__master.m3u8',
      });
    });
  });

  describe('configuration errors name the key', () => {
    it.each([
      [{ serverHostName: 'https://ams.example.com:5443' }, /'antMedia.serverHostName' must be a host name, not a URL/],
      [{ serverHostName: '203.0.113.10' }, /'antMedia.serverHostName' is an IP address, which CloudFront does not accept as an origin/],
      [{ originProtocol: 'rtmp' }, /'antMedia.originProtocol'.*"rtmp"/],
      [{ originPort: 22 }, /'antMedia.originPort' is a port CloudFront cannot connect to, got: 22/],
      [{ applicationName: 'live/streams' }, /'antMedia.applicationName' must be one Ant Media application name/],
      [
        { manifestTtlSeconds: 6 },
        /'antMedia.manifestTtlSeconds' must be a whole number from 1 to 5, got: 6\. Keep playlists at 1-5 s so viewers stay near the live edge/,
      ],
      [{ manifestTtlSeconds: 0 }, /'antMedia.manifestTtlSeconds'/],
      [{ manifestTtlSeconds: 3, segmentTtlSeconds: 2 }, /'antMedia.segmentTtlSeconds' must be at least manifestTtlSeconds/],
      [{ notFoundCachingSeconds: -1 }, /'antMedia.notFoundCachingSeconds'/],
      [{ streamId: 'my stream' }, /'antMedia.streamId' must be an Ant Media stream id/],
      [{ lowLatency: true }, /'antMedia' has unknown key\(s\) "lowLatency"/],
    ])('%j', (section, message) => {
      expect(() => antMediaStack(section)).toThrow(message);
    });
  });
});

describe('the README example (examples/ant-media.ts)', () => {
  it('builds the HTTPS 5443 origin with /live, LL-HLS playlist key, 404 cached 3 s and the LL-HLS player URL', () => {
    const json = synthJson(buildAntMediaExample(Testing.app()));
    const distribution = onlyResource(json, 'aws_cloudfront_distribution');
    expect(distribution.origin[0]).toMatchObject({
      origin_path: '/live',
      custom_origin_config: { https_port: 5443, origin_protocol_policy: 'https-only' },
    });
    const playlists = policyOf(json, 'aws_cloudfront_cache_policy', distribution.ordered_cache_behavior[0].cache_policy_id);
    expect(cacheKeyQueryStrings(playlists).query_strings.items).toEqual(['_HLS_msn', '_HLS_part', '_HLS_skip']);
    expect(distribution.custom_error_response).toEqual([{ error_code: 404, error_caching_min_ttl: 3 }]);
    expect(outputs(json)['ll-hls-player-url']).toMatch(
      /^https:\/\/\$\{aws_cloudfront_distribution\.ams_distribution_[0-9A-F]+\.domain_name\}\/play\.html\?id=stream1&playOrder=ll-hls$/,
    );
  });
});
