/**
 * Child process of the benchmark: one stack with N live distributions (an HTTPS origin with
 * Origin Shield, live manifest and segment cache policies, three behaviors, error caching),
 * synthesized to JSON. Reports build+synth time, peak RSS and the JSON size.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { CachePolicy, HttpOrigin, VideoCachePresets, VideoCdnStack, VideoDistribution } from '../modules';

const count = Number(process.argv[2]);
const started = process.hrtime.bigint();
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
const app = new App({ outdir });
const stack = new VideoCdnStack(app, 'scale', { awsRegion: 'eu-west-1' });
const manifests = new CachePolicy(stack, 'manifests', VideoCachePresets.liveManifests({ queryStrings: ['m'], timeShift: true }));
const segments = new CachePolicy(stack, 'segments', VideoCachePresets.liveSegments({ queryStrings: ['m'] }));
for (let i = 0; i < count; i++) {
  const origin = new HttpOrigin(`channel${i}.mediapackage.eu-west-1.amazonaws.com`, {
    originPath: `/out/v1/${i.toString(16).padStart(8, '0')}`,
    originShieldRegion: 'eu-west-1',
  });
  new VideoDistribution(stack, `live-${i}`, {
    defaultBehavior: { origin, cachePolicy: segments },
    additionalBehaviors: {
      '*.m3u8': { origin, cachePolicy: manifests },
      '*.mpd': { origin, cachePolicy: manifests },
      '*.ts': { origin, cachePolicy: segments },
    },
    errorResponses: [
      { httpStatus: 404, ttlSeconds: 1 },
      { httpStatus: 503, ttlSeconds: 1 },
    ],
  });
}
app.synth();
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const jsonBytes = fs.statSync(path.join(outdir, 'stacks', 'scale', 'cdk.tf.json')).size;
process.stdout.write(JSON.stringify({ count, elapsedMs, maxRssKiB: process.resourceUsage().maxRSS, jsonBytes }));
fs.rmSync(outdir, { recursive: true, force: true });
