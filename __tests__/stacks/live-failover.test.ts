/**
 * Origin failover in each live scenario, through the app as users configure it: both origins
 * with their own settings, an origin group every behavior of the channel targets, and origin
 * timeouts sized from the segment duration.
 */
import { DefaultTokenResolver, StringConcat, Testing, Tokenization } from 'cdktf';
import { buildMediaQualityFailoverExample } from '../../examples/media-quality-failover';
import { MediaPackageLiveCdn } from '../../modules';
import { sectionStack } from '../support/app-stacks';
import { outputs, resources, synthJson, TerraformJson } from '../support/synth';

const MP_V1 = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';
const MP_V1_B = 'https://d5bf4804cf87c44d.mediapackage.eu-central-1.amazonaws.com/out/v1';
const MP_V2 = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live/channel-1';
const MP_V2_B = 'https://fghij.egress.klmno.mediapackagev2.eu-central-1.amazonaws.com/out/v1/live/channel-1';
const MKIO = 'production.westeurope.streaming.mediakind.com';
const INSTANCE = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0';
const LOAD_BALANCER = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/ams-backup/0123456789abcdef';

const distributionOf = (json: TerraformJson) => resources(json, 'aws_cloudfront_distribution')[0];
const behaviorsOf = (json: TerraformJson): Array<Record<string, any>> => {
  const cdn = distributionOf(json);
  return [...(cdn.ordered_cache_behavior ?? []), cdn.default_cache_behavior];
};
const originById = (json: TerraformJson) =>
  Object.fromEntries((distributionOf(json).origin as Array<Record<string, any>>).map((origin) => [origin.origin_id, origin]));

describe('liveMediaPackage failover', () => {
  const v1 = sectionStack('liveMediaPackage', {
    endpoints: [
      { packaging: 'hls', url: `${MP_V1}/aaaa1111/index.m3u8`, failoverUrl: `${MP_V1_B}/bbbb2222/index.m3u8` },
      { packaging: 'dash', url: `${MP_V1}/cccc3333/index.mpd` },
    ],
    segmentDurationSeconds: 4,
  });

  it('v1: each failover endpoint with its own origin path, a group per endpoint, every behavior of that endpoint on the group', () => {
    const origins = originById(v1);
    expect(origins['mediapackage-hls'].origin_path).toBe('/out/v1/aaaa1111');
    expect(origins['mediapackage-hls-failover']).toMatchObject({
      domain_name: 'd5bf4804cf87c44d.mediapackage.eu-central-1.amazonaws.com',
      origin_path: '/out/v1/bbbb2222',
    });
    expect(distributionOf(v1).origin_group).toEqual([
      {
        origin_id: 'mediapackage-hls-group',
        failover_criteria: { status_codes: [404, 500, 502, 503, 504] },
        member: [{ origin_id: 'mediapackage-hls' }, { origin_id: 'mediapackage-hls-failover' }],
      },
    ]);
    const targets = Object.fromEntries(behaviorsOf(v1).map((behavior) => [behavior.path_pattern ?? '*', behavior.target_origin_id]));
    expect(targets).toEqual({
      '*.m3u8': 'mediapackage-hls-group',
      '*.ts': 'mediapackage-hls-group',
      '*.mpd': 'mediapackage-dash',
      '*.mp4': 'mediapackage-dash',
      '*': 'mediapackage-hls-group',
    });
  });

  it('sizes every origin timeout from the segment duration (4 s: 2 attempts of 1 s, read 4 s)', () => {
    for (const origin of Object.values(originById(v1))) {
      expect(origin).toMatchObject({ connection_attempts: 2, connection_timeout: 1, custom_origin_config: { origin_read_timeout: 4 } });
    }
  });

  it('v2: both endpoints signed with their own Origin Access Control, an endpoint policy for each', () => {
    const v2 = sectionStack('liveMediaPackage', {
      mediaPackageVersion: 'v2',
      lowLatencyHls: true,
      endpoints: [{ packaging: 'hls', url: `${MP_V2}/hls/index.m3u8`, failoverUrl: `${MP_V2_B}/hls/index.m3u8` }],
    });
    const origins = originById(v2);
    const oacs = [origins['mediapackage-hls'].origin_access_control_id, origins['mediapackage-hls-failover'].origin_access_control_id];
    expect(new Set(oacs).size).toBe(2);
    expect(resources(v2, 'aws_cloudfront_origin_access_control')).toHaveLength(2);
    // LL-HLS holds blocking playlist reloads: 3 segments and a second (6 s segments by default).
    expect(origins['mediapackage-hls'].custom_origin_config.origin_read_timeout).toBe(19);
    const policies = outputs(v2)['endpoint-policies'] as Record<string, string>;
    expect(Object.keys(policies).sort()).toEqual(['hls', 'hls-failover']);
    expect(policies['hls-failover']).toContain('mediapackagev2:GetHeadObject');
  });

  it.each([
    [
      { packaging: 'hls', url: `${MP_V1}/aaaa1111/index.m3u8`, failoverUrl: `${MP_V1}/aaaa1111/index.m3u8` },
      /'liveMediaPackage\.endpoints\[0\]\.failoverUrl' is the endpoint's own URL/,
    ],
    [
      { packaging: 'hls', url: `${MP_V1}/aaaa1111/index.m3u8`, failoverUrl: `${MP_V1_B}/bbbb2222/main.m3u8` },
      /'liveMediaPackage\.endpoints\[0\]\.failoverUrl' ends in main\.m3u8, but the primary serves index\.m3u8/,
    ],
    [
      { packaging: 'hls', url: `${MP_V1}/aaaa1111/index.m3u8`, failoverUrl: `${MP_V1_B}/bbbb2222/index.mpd` },
      /'liveMediaPackage\.endpoints\[0\]\.failoverUrl' ends in a \.mpd manifest, but the endpoint is declared hls/,
    ],
  ])('refuses a failover URL CloudFront could not ask for the same file: %j', (endpoint, message) => {
    expect(() => sectionStack('liveMediaPackage', { endpoints: [endpoint] })).toThrow(message);
  });

  it('refuses a failover endpoint with another path where viewers request the full path (a scoped endpoint)', () => {
    expect(() =>
      sectionStack('liveMediaPackage', {
        endpoints: [
          { packaging: 'hls', url: `${MP_V1}/aaaa1111/index.m3u8` },
          { packaging: 'hls', url: `${MP_V1}/eeee5555/index.m3u8`, failoverUrl: `${MP_V1_B}/ffff6666/index.m3u8` },
        ],
      }),
    ).toThrow(
      /'liveMediaPackage\.endpoints\[1\]\.failoverUrl' has the path \/out\/v1\/ffff6666, but viewers request the primary's full path \(\/out\/v1\/eeee5555\/\.\.\.\)/,
    );
  });
});

describe('mkio failover', () => {
  it('a second streaming endpoint in a group, with sized timeouts and the codes given', () => {
    const json = sectionStack('mkio', {
      streamingEndpointHostName: MKIO,
      failoverStreamingEndpointHostName: 'backup.northeurope.streaming.mediakind.com',
      failoverStatusCodes: [500, 502, 503, 504],
      segmentDurationSeconds: 2,
    });
    const origins = originById(json);
    expect(Object.keys(origins)).toEqual(['mkio-streaming-endpoint', 'mkio-failover-streaming-endpoint']);
    expect(origins['mkio-failover-streaming-endpoint']).toMatchObject({ connection_attempts: 1, connection_timeout: 1 });
    expect(distributionOf(json).origin_group[0]).toMatchObject({
      origin_id: 'mkio-streaming-endpoints',
      failover_criteria: { status_codes: [500, 502, 503, 504] },
    });
    expect(distributionOf(json).default_cache_behavior.target_origin_id).toBe('mkio-streaming-endpoints');
  });

  it('keeps CloudFront’s timeouts without a failover endpoint, unless originTimeouts says otherwise', () => {
    const plain = originById(sectionStack('mkio', { streamingEndpointHostName: MKIO }))['mkio-streaming-endpoint'];
    expect(plain.connection_attempts).toBeUndefined();
    const tuned = originById(sectionStack('mkio', { streamingEndpointHostName: MKIO, originTimeouts: { readTimeoutSeconds: 10 } }));
    expect(tuned['mkio-streaming-endpoint'].custom_origin_config.origin_read_timeout).toBe(10);
  });

  it.each([
    [{ failoverStreamingEndpointHostName: MKIO }, /'mkio\.failoverStreamingEndpointHostName' is the primary streaming endpoint itself/],
    [{ failoverStatusCodes: [200] }, /'mkio\.failoverStatusCodes' contains 200, which CloudFront does not fail over on/],
    [{ originTimeouts: { connectionAttempts: 4 } }, /'mkio\.originTimeouts\.connectionAttempts' must be a whole number from 1 to 3/],
    [{ originTimeouts: { retries: 1 } }, /'mkio\.originTimeouts' has unknown key\(s\) "retries"/],
  ])('%j is refused, naming the key', (section, message) => {
    expect(() => sectionStack('mkio', { streamingEndpointHostName: MKIO, ...section })).toThrow(message);
  });
});

describe('antMedia failover through VPC origins', () => {
  const json = sectionStack('antMedia', {
    serverHostName: 'ip-10-0-1-23.eu-west-1.compute.internal',
    failoverServerHostName: 'ams-backup.internal.example.com',
    originProtocol: 'http',
    vpcOrigin: { arn: INSTANCE, failoverArn: LOAD_BALANCER },
  });

  it('two VPC origins with the server protocol and port; the origins use them instead of a public address', () => {
    const vpcOrigins = resources(json, 'aws_cloudfront_vpc_origin');
    expect(vpcOrigins.map((origin) => origin.vpc_origin_endpoint_config[0].arn).sort()).toEqual([INSTANCE, LOAD_BALANCER]);
    for (const vpcOrigin of vpcOrigins) {
      expect(vpcOrigin.vpc_origin_endpoint_config[0]).toMatchObject({ origin_protocol_policy: 'http-only', http_port: 5080 });
      expect(vpcOrigin.lifecycle).toEqual({ create_before_destroy: true });
    }
    const origins = originById(json);
    for (const id of ['ant-media-server', 'ant-media-failover-server']) {
      expect(origins[id].custom_origin_config).toBeUndefined();
      expect(origins[id].vpc_origin_config).toEqual({
        vpc_origin_id: expect.stringMatching(/^\$\{aws_cloudfront_vpc_origin\./),
        origin_read_timeout: 6,
        origin_keepalive_timeout: 5,
      });
      expect(origins[id].origin_path).toBe('/live');
    }
    expect(distributionOf(json).origin_group[0].member).toEqual([
      { origin_id: 'ant-media-server' },
      { origin_id: 'ant-media-failover-server' },
    ]);
  });

  it.each([
    [{ vpcOrigin: { arn: INSTANCE } }, /'antMedia\.vpcOrigin\.failoverArn' is missing, but failoverServerHostName is set/],
    [
      { vpcOrigin: { arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0123456789abcdef0', failoverArn: INSTANCE } },
      /'antMedia\.vpcOrigin\.arn' is not the ARN of an EC2 instance/,
    ],
    [{ failoverServerHostName: 'AMS.example.com' }, /'antMedia\.failoverServerHostName' is the primary server itself/],
  ])('%j is refused, naming the key', (section, message) => {
    expect(() =>
      sectionStack('antMedia', { serverHostName: 'ams.example.com', failoverServerHostName: 'ams-b.example.com', ...section }),
    ).toThrow(message);
  });
});

describe('liveMediaStore S3 failover bucket', () => {
  const json = sectionStack('liveMediaStore', { origin: { type: 's3-migration', failoverBucket: { expireObjectsAfterDays: 2 } } });

  it('a second private bucket read through its own Origin Access Control, and the encoder destination for it', () => {
    expect(resources(json, 'aws_s3_bucket')).toHaveLength(2);
    expect(resources(json, 'aws_cloudfront_origin_access_control')).toHaveLength(2);
    const policies = resources(json, 'aws_s3_bucket_policy').map((policy) => JSON.parse(policy.policy));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(JSON.stringify(policy)).toContain('cloudfront.amazonaws.com');
    }
    expect(distributionOf(json).origin_group[0]).toMatchObject({ origin_id: 'live-buckets' });
    expect(outputs(json)['medialive-failover-destination']).toMatch(
      /^s3ssl:\/\/\$\{aws_s3_bucket[a-z_]*\.live-failover-bucket.*\}\/live\/$/,
    );
    // S3 origins take connection settings only.
    expect(originById(json)['live-failover-bucket']).toMatchObject({ connection_attempts: 3, connection_timeout: 1 });
  });

  it('refuses a read timeout, which S3 origins do not have', () => {
    expect(() =>
      sectionStack('liveMediaStore', { origin: { type: 's3-migration', failoverBucket: {} }, originTimeouts: { readTimeoutSeconds: 5 } }),
    ).toThrow(/'originTimeouts\.readTimeoutSeconds' is set, but S3 origins have no read timeout/);
  });
});

describe('media-quality-aware resiliency, the escape hatch (examples/media-quality-failover.ts)', () => {
  it('sets selection_criteria on each origin group once the provider has it; the endpoint policies already allow GetHeadObject', () => {
    const stack = buildMediaQualityFailoverExample(Testing.app());
    const json = synthJson(stack);
    const groups = distributionOf(json).origin_group as Array<Record<string, any>>;
    expect(groups.map((group) => [group.origin_id, group.selection_criteria])).toEqual([
      ['mediapackage-hls-group', 'media-quality-based'],
      ['mediapackage-dash-group', 'media-quality-based'],
    ]);
    const live = stack.node.findChild('live') as MediaPackageLiveCdn;
    const policies = Object.entries(live.endpointPolicies()).map(([name, policy]) => [
      name,
      Tokenization.resolve(policy, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }),
    ]);
    expect(policies.map(([name]) => name).sort()).toEqual(['dash', 'dash-failover', 'hls', 'hls-failover']);
    for (const [, policy] of policies) expect(policy).toContain('mediapackagev2:GetHeadObject');
  });
});
