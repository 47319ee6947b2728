/**
 * Child process of the benchmark: one configuration with N instances spread over the five
 * scenarios (every other one with a custom domain: certificate, validation and DNS records), loaded,
 * built and synthesized as the app does. Reports each phase's time, peak RSS and the JSON size.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { loadConfigFile } from '../config/load';
import { buildApp } from '../main';

const count = Number(process.argv[2]);
const hex = (i: number, length: number) => i.toString(16).padStart(length, '0');

/** Instance i of its scenario: a channel of its own (endpoint, host, folder). */
const INSTANCE: Record<string, (i: number) => object> = {
  liveMediaPackage: (i) => ({
    endpoints: [
      { packaging: 'hls', url: `https://${hex(i, 16)}.mediapackage.eu-west-1.amazonaws.com/out/v1/${hex(i, 32)}/index.m3u8` },
      { packaging: 'dash', url: `https://${hex(i, 16)}.mediapackage.eu-west-1.amazonaws.com/out/v1/${hex(i + 1, 32)}/index.mpd` },
    ],
  }),
  mkio: (i) => ({ streamingEndpointHostName: `channel-${i}.westeurope.streaming.mediakind.com` }),
  antMedia: (i) => ({ serverHostName: `ams-${i}.example.com`, streamId: `stream${i}` }),
  liveMediaStore: (i) => ({ manifestPaths: [`channel${i}/index.m3u8`] }),
  vod: (i) => ({ outputKeyPrefix: `brand-${i}/` }),
};
const DEFAULTS: Record<string, object> = {
  liveMediaPackage: { timeShift: true, originShieldRegion: 'eu-west-1' },
  mkio: { originShieldRegion: 'eu-west-1' },
  antMedia: { originProtocol: 'https', applicationName: 'live', lowLatencyHls: true },
  liveMediaStore: { origin: { type: 's3-migration' }, segmentDurationSeconds: 6 },
  vod: { corsAllowedOrigins: ['https://player.example.com'] },
};
const SECTIONS = Object.keys(INSTANCE);

const config = {
  awsRegion: 'eu-west-1',
  backend: { type: 's3', bucket: 'acme-tf-state', region: 'eu-west-1' },
  ...Object.fromEntries(
    SECTIONS.map((section, index) => {
      const numbers = Array.from({ length: count }, (_, i) => i).filter((i) => i % SECTIONS.length === index);
      const instances = numbers.map((i) => [
        `channel-${i}`,
        {
          ...INSTANCE[section](i),
          ...(i % 2 === 0
            ? {
                customDomain: {
                  domainName: `channel-${i}.video.example.com`,
                  hostedZoneId: 'Z0123456789ABCDEFGHIJ',
                  zoneName: 'example.com',
                },
              }
            : {}),
        },
      ]);
      return instances.length > 0 ? [[section, { defaults: DEFAULTS[section], instances: Object.fromEntries(instances) }]] : [];
    }).flat(),
  ),
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-instances-'));
const file = path.join(dir, 'config.json');
fs.writeFileSync(file, JSON.stringify(config));
const outdir = path.join(dir, 'out');

const clock = () => process.hrtime.bigint();
const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
const t0 = clock();
const parsed = loadConfigFile(file);
const t1 = clock();
const app = buildApp(parsed, new App({ outdir }));
const t2 = clock();
app.synth();
const t3 = clock();

const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
const jsonBytes = stacks.reduce((sum, stack) => sum + fs.statSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json')).size, 0);
process.stdout.write(
  JSON.stringify({
    count,
    stacks: stacks.length,
    loadMs: ms(t0, t1),
    buildMs: ms(t1, t2),
    synthMs: ms(t2, t3),
    elapsedMs: ms(t0, t3),
    maxRssKiB: process.resourceUsage().maxRSS,
    jsonBytes,
  }),
);
fs.rmSync(dir, { recursive: true, force: true });
