/**
 * One configuration whose stacks hold every resource and data source type the library can emit
 * (named instances make one file of many variants), and the list of those types, read from the
 * provider classes the library imports: a new import without a variant here fails the check.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RSA_PAIR } from './viewer-access-fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const MEDIAPACKAGE = 'https://c4af3793bf76b33c.mediapackage.eu-west-1.amazonaws.com/out/v1';
const DOMAIN = (name: string) => ({
  domainName: `${name}.video.example.com`,
  hostedZoneId: 'Z0123456789ABCDEFGHIJ',
  zoneName: 'example.com',
});

export const EVERY_RESOURCE_TYPE_CONFIG = {
  awsRegion: 'eu-west-1',
  tags: { project: 'video-cdn' },
  vod: {
    instances: {
      // Buckets (versioning, lifecycle, CORS, encryption, ownership, public access block, policy),
      // MediaConvert, Smooth Streaming's clientaccesspolicy.xml object, a custom domain, signed cookies
      // (public key, key group), logs to a log group, real-time logs (stream, role), alarms with a topic
      // and its subscription, the additional metrics, a dashboard, and a staging distribution.
      full: {
        sourceBucket: { versioning: true },
        smoothStreaming: {},
        customDomain: DOMAIN('vod'),
        viewerAccess: { type: 'signed-cookies', publicKeys: [{ name: 'player', publicKeyPem: RSA_PAIR.publicKeyPem }] },
        observability: {
          accessLogs: { destination: 'cloudwatch-logs' },
          realtimeLogs: { samplingRate: 5 },
          alarms: { email: 'oncall@example.com' },
          dashboard: true,
        },
        staging: { header: { name: 'aws-cf-cd-qa', value: 'on' } },
      },
    },
  },
  liveMediaPackage: {
    instances: {
      // A created channel, CDN authorization (a secret read at plan: a data source), JWTs at the edge
      // (function, key value store), access logs to a new bucket (log delivery source, destination, delivery).
      full: {
        endpoints: [{ packaging: 'hls', url: `${MEDIAPACKAGE}/aaaa1111/index.m3u8` }],
        createChannel: { channelId: 'live-1' },
        cdnAuthorization: { secretId: 'MediaPackage/live-1' },
        viewerAccess: { type: 'jwt' },
        observability: { accessLogs: { destination: 's3' } },
      },
    },
  },
  liveMediaStore: {
    instances: {
      container: { origin: { type: 'created-container' } },
      migration: { origin: { type: 's3-migration', failoverBucket: {} } },
    },
  },
  mkio: {
    streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
    failoverStreamingEndpointHostName: 'backup.northeurope.streaming.mediakind.com',
  },
  antMedia: {
    serverHostName: 'ip-10-0-1-23.eu-west-1.compute.internal',
    originProtocol: 'http',
    vpcOrigin: { arn: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0' },
  },
};

/** `resource aws_x` and `data aws_y` for every provider class the library's modules import. */
export function libraryTerraformTypes(): string[] {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts')) {
        for (const match of fs.readFileSync(file, 'utf8').matchAll(/'@cdktf\/provider-aws\/lib\/([a-z0-9-]+)'/g)) names.add(match[1]);
      }
    }
  };
  visit(path.join(ROOT, 'modules'));
  names.delete('provider');
  return [...names].map((name) =>
    name.startsWith('data-aws-') ? `data ${name.slice('data-'.length).replace(/-/g, '_')}` : `resource aws_${name.replace(/-/g, '_')}`,
  );
}
