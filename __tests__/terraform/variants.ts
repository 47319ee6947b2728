/**
 * Every stack real Terraform plans: the default app's stacks, each documented variant of a
 * scenario, the library examples the docs show, and a few sampled random configurations. Each is
 * planned once (a test refuses two entries with the same Terraform JSON), all in one batch.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import fc from 'fast-check';
import { DEFAULT_CONFIG_PATH, parseConfig } from '../../config/load';
import { buildAntMediaExample } from '../../examples/ant-media';
import { buildCustomDomainExample } from '../../examples/custom-domain';
import { buildLiveMediaPackageExample } from '../../examples/live-mediapackage';
import { buildLiveMediaStoreExample } from '../../examples/live-mediastore';
import { buildMkioExample } from '../../examples/mkio';
import { buildVpcOriginSecurityGroupExample } from '../../examples/vpc-origin-security-group';
import { buildProtectedLiveExample, buildProtectedVodExample } from '../../examples/protect-playback';
import { buildVodExample } from '../../examples/vod-s3-mediaconvert';
import { buildApp } from '../../main';
import { SECTION_KEYS, validConfig } from '../properties/arbitraries';
import { SEED } from '../properties/settings';
import { terraformShape } from '../support/terraform';
import { AccessType, configWithViewerAccess, RSA_PAIR, VIEWER_ACCESS } from '../support/viewer-access-fixtures';

/** A stack to plan, and what its plan must show. */
export interface PlannedStack {
  /** Unique; the module name in the batch. */
  readonly name: string;
  /** The synthesized stack folder. */
  readonly dir: string;
  /** Resources the plan adds. @default any number above 0 */
  readonly adds?: number;
  /** Text the stack's part of the plan shows. */
  readonly shows?: readonly RegExp[];
  /** Text it must not show. */
  readonly hides?: readonly RegExp[];
}

const outdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'video-cdn-variant-'));
const defaultConfig = () => JSON.parse(fs.readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));
const CUSTOM_DOMAIN = { domainName: 'variant.video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };
const MEDIAPACKAGE = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';
const MEDIAPACKAGE_V2 = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live/channel-1';
const MEDIASTORE_ENDPOINT = 'abcdefghijklmn.data.mediastore.eu-west-1.amazonaws.com';

/** Synthesizes the app for a configuration; returns every stack folder by stack name. */
function appStacks(config: object): Record<string, string> {
  const dir = outdir();
  buildApp(parseConfig(config), new App({ outdir: dir })).synth();
  const stacks = path.join(dir, 'stacks');
  return Object.fromEntries(fs.readdirSync(stacks).map((stack) => [stack, path.join(stacks, stack)]));
}

/** One scenario section through the app (schema, stack, policy checks), as a user's file would go. */
function section(key: string, body: object): string {
  return Object.values(appStacks({ awsRegion: 'eu-west-1', [key]: body }))[0];
}

/** A library example: its stack synthesized alone. */
function example(build: (app: App) => { node: { id: string } }): string {
  const dir = outdir();
  const app = new App({ outdir: dir });
  const stack = build(app);
  app.synth();
  return path.join(dir, 'stacks', stack.node.id);
}

/** The default configuration's stacks (`cdktf synth` with examples/default.json). */
function defaultAppStacks(): PlannedStack[] {
  const stacks = appStacks(defaultConfig());
  const expected: Record<string, Omit<PlannedStack, 'name' | 'dir'>> = {
    // buckets (source: versioned, lifecycle, TLS policy; output: CORS, OAC policy), MediaConvert role + policy + queue,
    // 2 cache policies, the response headers policy, OAC, distribution, certificate, validation, 2 records
    'vod-s3-mediaconvert': { adds: 26, shows: [/aws_media_convert_queue\./, /aws_acm_certificate\./] },
    // 2 cache policies, the distribution, the certificate, its validation and record, the CNAME
    'live-mediapackage': { adds: 7, shows: [/path_pattern\s+= "\/out\/v1\/7a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d\/\*\.m3u8"/] },
    'live-mediastore': { adds: 15, shows: [/aws_s3_bucket_policy\./] },
    // certificate, its validation and record, the distribution, the CNAME
    mkio: { adds: 5 },
    // player, playlist and segment cache policies, the origin request policy, the distribution, + the custom domain's 4
    'ant-media': { adds: 9, shows: [/origin_protocol_policy\s+= "https-only"/, /https_port\s+= 5443/, /"_HLS_msn"/] },
  };
  return Object.entries(stacks).map(([name, dir]) => ({ name: `app-${name}`, dir, ...expected[name] }));
}

/** The variants the guides document, beyond the default configuration. */
function documentedVariants(): PlannedStack[] {
  return [
    {
      name: 'vod-no-custom-domain',
      dir: section('vod', {}),
      adds: 21,
      hides: [/aws_acm_certificate\./, /aws_route53_record\./],
    },
    {
      name: 'vod-example-smooth-streaming',
      dir: example(buildVodExample),
      // Smooth Streaming on the 21 of no custom domain: + clientaccesspolicy.xml, source versioning, and the custom domain's 4
      adds: 27,
      shows: [/smooth_streaming\s+=\s+true/, /key\s+=\s+"clientaccesspolicy.xml"/],
    },
    {
      name: 'mediapackage-shared-extension-with-channel',
      dir: section('liveMediaPackage', {
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE}/aaaa1111/index.m3u8` },
          { packaging: 'hls', url: `${MEDIAPACKAGE}/eeee5555/index.m3u8` },
          { packaging: 'smooth', url: `${MEDIAPACKAGE}/dddd4444/index.ism/Manifest` },
        ],
        createChannel: { channelId: 'live-channel-1' },
      }),
      // the channel, 2 cache policies, the distribution
      adds: 4,
      shows: [/ingest-credentials\s+= \(sensitive value\)/],
    },
    {
      name: 'mediapackage-v2-ll-hls',
      dir: section('liveMediaPackage', {
        mediaPackageVersion: 'v2',
        lowLatencyHls: true,
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE_V2}/ll-hls/index.m3u8` },
          { packaging: 'cmaf', url: `${MEDIAPACKAGE_V2}/cmaf/index.m3u8` },
        ],
      }),
      // 2 OACs, 2 cache policies, the distribution
      adds: 5,
      shows: [/origin_access_control_origin_type\s+= "mediapackagev2"/, /"_HLS_msn"/],
    },
    {
      name: 'mediapackage-time-shift-manifest-filter',
      dir: section('liveMediaPackage', {
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE}/aaaa1111/index.m3u8` },
          { packaging: 'cmaf', url: `${MEDIAPACKAGE}/bbbb2222/index.m3u8` },
          { packaging: 'dash', url: `${MEDIAPACKAGE}/cccc3333/index.mpd` },
        ],
        timeShift: true,
        manifestFilter: true,
      }),
      adds: 3,
      shows: [/"aws\.manifestfilter"/],
    },
    {
      name: 'mediapackage-example',
      dir: example(buildLiveMediaPackageExample),
      adds: 7,
    },
    {
      name: 'mediastore-existing-endpoint-managed-policy',
      dir: section('liveMediaStore', {
        origin: {
          type: 'existing-endpoint',
          endpoint: MEDIASTORE_ENDPOINT,
          containerArn: 'arn:aws:mediastore:eu-west-1:111122223333:container/live',
          manageContainerPolicy: true,
        },
      }),
      shows: [/aws_media_store_container_policy\./],
      hides: [/aws_media_store_container\.container /],
    },
    {
      name: 'mediastore-example-created-container',
      dir: example((app) => buildLiveMediaStoreExample(app, 'live-mediastore-example', true)),
      shows: [/aws_media_store_container\./, /aws_media_store_container_policy\./],
    },
    { name: 'mkio-example', dir: example(buildMkioExample), adds: 5, shows: [/price_class\s+= "PriceClass_All"/] },
    {
      // hashicorp/aws 5.100 passes the 2025 security policies through (the API decides): both flavors offer them.
      name: 'mkio-viewer-tls-1-3',
      dir: section('mkio', {
        streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
        customDomain: CUSTOM_DOMAIN,
        distribution: { minimumProtocolVersion: 'TLSv1.3_2025' },
      }),
      adds: 5,
      shows: [/minimum_protocol_version\s+= "TLSv1.3_2025"/],
    },
    {
      name: 'ant-media-http',
      dir: section('antMedia', { serverHostName: 'ams.example.com', originProtocol: 'http', customDomain: CUSTOM_DOMAIN }),
      adds: 9,
      shows: [/origin_protocol_policy\s+= "http-only"/, /http_port\s+= 5080/],
    },
    { name: 'ant-media-example-ll-hls', dir: example(buildAntMediaExample), adds: 5, shows: [/"_HLS_part"/] },
    {
      name: 'library-custom-domain-example',
      dir: example(buildCustomDomainExample),
      // several certificate names plan without "Invalid for_each"
      adds: 17,
    },
  ];
}

/** Origin failover in each live scenario (the resilience guide's variants). */
function failoverVariants(): PlannedStack[] {
  const MEDIAPACKAGE_B = 'https://d5bf4804cf87c44d.mediapackage.eu-central-1.amazonaws.com/out/v1';
  const MEDIAPACKAGE_V2_B = 'https://fghij.egress.klmno.mediapackagev2.eu-central-1.amazonaws.com/out/v1/live/channel-1';
  const group = /origin_group \{/;
  return [
    {
      name: 'mediapackage-v1-failover',
      dir: section('liveMediaPackage', {
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE}/aaaa1111/index.m3u8`, failoverUrl: `${MEDIAPACKAGE_B}/bbbb2222/index.m3u8` },
          { packaging: 'dash', url: `${MEDIAPACKAGE}/cccc3333/index.mpd`, failoverUrl: `${MEDIAPACKAGE_B}/dddd4444/index.mpd` },
        ],
        originShieldRegion: 'eu-west-1',
      }),
      adds: 3,
      shows: [group, /origin_id\s+= "mediapackage-dash-group"/, /connection_timeout\s+= 1/],
    },
    {
      name: 'mediapackage-v2-failover',
      dir: section('liveMediaPackage', {
        mediaPackageVersion: 'v2',
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE_V2}/hls/index.m3u8`, failoverUrl: `${MEDIAPACKAGE_V2_B}/hls/index.m3u8` },
          { packaging: 'cmaf', url: `${MEDIAPACKAGE_V2}/cmaf/index.m3u8`, failoverUrl: `${MEDIAPACKAGE_V2_B}/cmaf/index.m3u8` },
        ],
      }),
      // 4 OACs, 2 cache policies, the distribution
      adds: 7,
      shows: [group, /origin_access_control_origin_type\s+= "mediapackagev2"/],
    },
    {
      name: 'mkio-failover',
      dir: section('mkio', {
        streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
        failoverStreamingEndpointHostName: 'backup.northeurope.streaming.mediakind.com',
        segmentDurationSeconds: 2,
      }),
      adds: 1,
      shows: [group, /origin_id\s+= "mkio-streaming-endpoints"/],
    },
    {
      name: 'mkio-failover-staging-weight',
      dir: section('mkio', {
        streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
        failoverStreamingEndpointHostName: 'backup.northeurope.streaming.mediakind.com',
        customDomain: CUSTOM_DOMAIN,
        staging: {
          trafficWeight: 0.05,
          sessionStickiness: { idleTtlSeconds: 300, maximumTtlSeconds: 1800 },
          primary: { failoverStreamingEndpointHostName: null },
        },
      }),
      // the primary, its staging copy, the policy, and the custom domain's 4
      adds: 7,
      shows: [/aws_cloudfront_continuous_deployment_policy\./, /staging\s+= true/, /weight\s+= 0\.05/, group],
    },
    {
      name: 'vod-staging-header',
      dir: section('vod', {
        cache: { segmentTtlSeconds: 86400 },
        staging: { header: { name: 'aws-cf-cd-qa', value: 'on' }, primary: { cache: null } },
      }),
      shows: [/header\s+= "aws-cf-cd-qa"/],
    },
    {
      name: 'ant-media-vpc-origin-failover',
      dir: section('antMedia', {
        serverHostName: 'ip-10-0-1-23.eu-west-1.compute.internal',
        failoverServerHostName: 'ip-10-0-2-45.eu-west-1.compute.internal',
        originProtocol: 'http',
        lowLatencyHls: true,
        vpcOrigin: {
          arn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
          failoverArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/ams-backup/0123456789abcdef',
        },
      }),
      // 2 VPC origins, 3 cache policies, the origin request policy, the distribution
      adds: 7,
      shows: [group, /aws_cloudfront_vpc_origin\./, /vpc_origin_config \{/],
    },
    {
      name: 'mediastore-s3-failover-bucket',
      dir: section('liveMediaStore', { origin: { type: 's3-migration', failoverBucket: {} } }),
      shows: [group, /aws_s3_bucket\.live-failover-bucket/],
    },
  ];
}

/** Every signal on, for a live and a VOD scenario (the operate guide's). */
function observabilityVariants(): PlannedStack[] {
  const signals = {
    accessLogs: { destination: 's3', format: 'parquet', retentionDays: 30, hivePartitions: true },
    realtimeLogs: { samplingRate: 10, manifestSamplingRate: 1 },
    alarms: { email: 'oncall@example.com' },
    dashboard: true,
  };
  return [
    {
      name: 'mediapackage-observability',
      dir: section('liveMediaPackage', {
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE}/aaaa1111/index.m3u8` },
          { packaging: 'dash', url: `${MEDIAPACKAGE}/cccc3333/index.mpd` },
        ],
        segmentDurationSeconds: 4,
        observability: signals,
      }),
      shows: [
        /aws_cloudwatch_log_delivery_source\./,
        /aws_cloudfront_realtime_log_config\./,
        /aws_cloudwatch_metric_alarm\./,
        /aws_cloudfront_monitoring_subscription\./,
        /aws_cloudwatch_dashboard\./,
        /aws_kinesis_stream\./,
      ],
    },
    {
      name: 'vod-observability',
      dir: section('vod', {
        observability: {
          ...signals,
          accessLogs: { destination: 'cloudwatch-logs', retentionDays: 14 },
          alarms: { topicArn: 'arn:aws:sns:us-east-1:111122223333:oncall' },
        },
      }),
      shows: [/aws_cloudwatch_log_group\./, /metric_name\s+= "CacheHitRate"/],
    },
  ];
}

/** Each kind of viewer access in each scenario, and the library examples of the protect-playback guide. */
function viewerAccessVariants(): PlannedStack[] {
  const byType = (Object.keys(VIEWER_ACCESS) as AccessType[]).flatMap((type) =>
    Object.entries(appStacks(configWithViewerAccess(type))).map(([stack, dir]) => ({
      name: `viewer-access-${type}-${stack}`,
      dir,
      shows:
        type === 'jwt'
          ? [/aws_cloudfront_function\./, /function_association \{/]
          : [/aws_cloudfront_key_group\./, /trusted_key_groups\s+= \(known after apply\)/],
    })),
  );
  return [
    ...byType,
    {
      name: 'protected-vod-example',
      dir: example((app) => buildProtectedVodExample(app, RSA_PAIR.publicKeyPem)),
      shows: [/aws_cloudfront_public_key\./, /path_pattern\s+= "\/clientaccesspolicy\.xml"/],
    },
    { name: 'protected-live-example', dir: example(buildProtectedLiveExample), shows: [/runtime\s+= "cloudfront-js-2\.0"/] },
  ];
}

/** examples/channels.json: several instances of every scenario, each distinct stack shape planned once. */
export function channelsStacks(): { all: Record<string, string>; planned: PlannedStack[] } {
  const all = appStacks(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'channels.json'), 'utf8')));
  const shapes = new Map<string, string>();
  for (const [stack, dir] of Object.entries(all)) if (!shapes.has(terraformShape(dir))) shapes.set(terraformShape(dir), stack);
  return { all, planned: [...shapes.values()].map((stack) => ({ name: `channels-${stack}`, dir: all[stack] })) };
}

/** A few valid random configurations, drawn with the fixed seed so CI plans the same ones every time. */
function sampledConfigurations(count = 3): PlannedStack[] {
  const plannable = validConfig({ offlinePlannable: true }).filter((config) => {
    const enabled = SECTION_KEYS.filter((key) => {
      const body = config[key] as { enabled?: boolean } | undefined;
      return body !== undefined && body.enabled !== false;
    });
    return enabled.length >= 1 && enabled.length <= 2;
  });
  return fc
    .sample(plannable, { seed: SEED, numRuns: count })
    .flatMap((config, index) => Object.entries(appStacks(config)).map(([stack, dir]) => ({ name: `sample-${index + 1}-${stack}`, dir })));
}

export function plannedStacks(): PlannedStack[] {
  return [
    ...defaultAppStacks(),
    ...documentedVariants(),
    ...failoverVariants(),
    ...observabilityVariants(),
    ...viewerAccessVariants(),
    ...channelsStacks().planned,
    ...sampledConfigurations(),
  ];
}

/** Stacks that read data sources (plan needs AWS credentials): only validated. */
export function validateOnlyStacks(): PlannedStack[] {
  return [
    // The security group rule of the resilience guide reads CloudFront's managed prefix list.
    { name: 'vpc-origin-security-group-example', dir: example((app) => buildVpcOriginSecurityGroupExample(app, 'sg-0123456789abcdef0')) },
    {
      name: 'mediapackage-cdn-authorization',
      dir: section('liveMediaPackage', {
        endpoints: [
          { packaging: 'hls', url: `${MEDIAPACKAGE}/aaaa1111/index.m3u8` },
          { packaging: 'dash', url: `${MEDIAPACKAGE}/cccc3333/index.mpd` },
        ],
        cdnAuthorization: { secretId: 'MediaPackage/live-channel' },
      }),
    },
  ];
}
