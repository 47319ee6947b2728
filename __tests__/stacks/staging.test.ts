/**
 * Staging copies in each scenario, through the app: the section's settings on the copy,
 * `staging.primary` on the primary (whose addresses do not move), the policy joining them, HTTP/2
 * on both, and the settings a copy cannot change refused with the key named.
 */
import { outputs, resources, TerraformJson } from '../support/synth';
import { sectionStack } from '../support/app-stacks';

const MKIO = 'production.westeurope.streaming.mediakind.com';
const MKIO_B = 'backup.northeurope.streaming.mediakind.com';
const DOMAIN = { domainName: 'live.video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };
const V2 = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live/channel-1';
const V2_B = 'https://fghij.egress.klmno.mediapackagev2.eu-central-1.amazonaws.com/out/v1/live/channel-1';

function distributions(json: TerraformJson): { primary: Record<string, any>; staging: Record<string, any>; primaryName: string } {
  const entries = Object.entries(json.resource!.aws_cloudfront_distribution) as Array<[string, Record<string, any>]>;
  const [primaryName, primary] = entries.find(([, body]) => !body.staging)!;
  const [, staging] = entries.find(([, body]) => body.staging === true)!;
  return { primary, staging, primaryName };
}

describe('mkio staging by weight, trying failover on the copy', () => {
  const json = sectionStack('mkio', {
    streamingEndpointHostName: MKIO,
    failoverStreamingEndpointHostName: MKIO_B,
    customDomain: DOMAIN,
    staging: {
      trafficWeight: 0.05,
      sessionStickiness: { idleTtlSeconds: 300, maximumTtlSeconds: 1800 },
      primary: { failoverStreamingEndpointHostName: null },
    },
  });
  const { primary, staging, primaryName } = distributions(json);

  it('the primary keeps its settings and address; the copy gets the section’s', () => {
    expect(primaryName).toBe('distribution_114A0A2A');
    expect(primary.origin.map((origin: any) => origin.origin_id)).toEqual(['mkio-streaming-endpoint']);
    expect(primary.origin_group).toBeUndefined();
    expect(staging.origin.map((origin: any) => origin.origin_id)).toEqual(['mkio-streaming-endpoint', 'mkio-failover-streaming-endpoint']);
    expect(staging.default_cache_behavior.target_origin_id).toBe('mkio-streaming-endpoints');
  });

  it('the copy has no aliases and the primary’s certificate; both serve HTTP/2; the policy is attached to the primary', () => {
    expect(primary.aliases).toEqual(['live.video.example.com']);
    expect(staging.aliases).toBeUndefined();
    expect(staging.viewer_certificate).toEqual(primary.viewer_certificate);
    expect([primary.http_version, staging.http_version]).toEqual(['http2', 'http2']);
    const [policy] = resources(json, 'aws_cloudfront_continuous_deployment_policy');
    expect(policy.traffic_config[0].single_weight_config[0]).toEqual({
      weight: 0.05,
      session_stickiness_config: [{ idle_ttl: 300, maximum_ttl: 1800 }],
    });
    expect(primary.continuous_deployment_policy_id).toMatch(/^\$\{aws_cloudfront_continuous_deployment_policy\./);
    // DNS points at the primary only.
    const cname = resources(json, 'aws_route53_record').find((record) => record.type === 'CNAME');
    expect(cname!.records).toEqual([`\${aws_cloudfront_distribution.${primaryName}.domain_name}`]);
  });

  it.each([
    [{ primary: { customDomain: DOMAIN } }, /'mkio\.staging\.primary\.customDomain' is a setting the staging copy shares with the primary/],
    [
      { primary: { distribution: { priceClass: 'PriceClass_All' } } },
      /'mkio\.staging\.primary\.distribution\.priceClass' is a distribution setting CloudFront does not let a staging copy change/,
    ],
    [{ trafficWeight: 0.2 }, /'mkio\.staging\.trafficWeight' must be from 0 to 0\.15/],
    [{ header: { name: 'canary', value: '1' } }, /'mkio\.staging\.header\.name' must start with aws-cf-cd-/],
  ])('%j is refused, naming the key', (staging, message) => {
    expect(() => sectionStack('mkio', { streamingEndpointHostName: MKIO, staging: { trafficWeight: 0.05, ...staging } })).toThrow(message);
  });

  it('refuses HTTP/3 while staging', () => {
    expect(() =>
      sectionStack('mkio', {
        streamingEndpointHostName: MKIO,
        distribution: { httpVersion: 'http2and3' },
        staging: { trafficWeight: 0.05 },
      }),
    ).toThrow(/'distribution\.httpVersion' serves HTTP\/3, which CloudFront refuses with continuous deployment/);
  });
});

describe('staging in the other scenarios', () => {
  it('vod: a copy with a shorter segment TTL; the output bucket’s one policy admits both distributions', () => {
    const json = sectionStack('vod', {
      cache: { segmentTtlSeconds: 3600 },
      staging: { header: { name: 'aws-cf-cd-qa', value: 'on' }, primary: { cache: null } },
    });
    const policies = resources(json, 'aws_cloudfront_cache_policy')
      .map((policy) => policy.default_ttl)
      .sort((a, b) => a - b);
    expect(policies).toEqual([3600, 3600, 3600, 604800]);
    const output = resources(json, 'aws_s3_bucket_policy').find((policy) => policy.policy.includes('cloudfront.amazonaws.com'))!;
    const sourceArns = JSON.parse(output.policy).Statement.find(
      (statement: any) => statement.Principal?.Service === 'cloudfront.amazonaws.com',
    ).Condition.StringEquals['AWS:SourceArn'];
    expect(sourceArns).toHaveLength(2);
  });

  it('liveMediaPackage v2: the copy adds a failover endpoint; the shared endpoint’s policy admits both, the new one comes as staging-*', () => {
    const json = sectionStack('liveMediaPackage', {
      mediaPackageVersion: 'v2',
      endpoints: [{ packaging: 'hls', url: `${V2}/hls/index.m3u8`, failoverUrl: `${V2_B}/hls/index.m3u8` }],
      staging: { trafficWeight: 0.1, primary: { endpoints: [{ packaging: 'hls', url: `${V2}/hls/index.m3u8` }] } },
    });
    const policies = outputs(json)['endpoint-policies'] as Record<string, string>;
    expect(Object.keys(policies).sort()).toEqual(['hls', 'staging-hls-failover']);
    const { primaryName } = distributions(json);
    // Terraform fills in the account; the document lists both distributions.
    expect(policies.hls).toContain(
      `"AWS:SourceArn":["\${aws_cloudfront_distribution.${primaryName}.arn}","\${aws_cloudfront_distribution.staging_distribution_`,
    );
    const { primary, staging } = distributions(json);
    expect(primary.origin_group).toBeUndefined();
    expect(staging.origin_group).toHaveLength(1);
  });

  it('liveMediaStore and antMedia: a copy with other cache settings over the shared storage and servers', () => {
    const live = sectionStack('liveMediaStore', {
      origin: { type: 's3-migration' },
      segmentDurationSeconds: 2,
      staging: { trafficWeight: 0.05, primary: { segmentDurationSeconds: 6 } },
    });
    expect(resources(live, 'aws_s3_bucket')).toHaveLength(1);
    expect(resources(live, 'aws_cloudfront_distribution')).toHaveLength(2);
    const ant = sectionStack('antMedia', {
      serverHostName: 'ams.example.com',
      manifestTtlSeconds: 2,
      staging: { trafficWeight: 0.05, primary: { manifestTtlSeconds: 1 } },
    });
    const ttls = resources(ant, 'aws_cloudfront_cache_policy').map((policy) => policy.default_ttl);
    expect(ttls).toEqual(expect.arrayContaining([1, 2]));
    expect(() =>
      sectionStack('antMedia', { serverHostName: 'ams.example.com', staging: { trafficWeight: 0.05, primary: { streamId: 'x' } } }),
    ).toThrow(/'antMedia\.staging\.primary\.streamId' is a setting the staging copy shares with the primary/);
  });
});
