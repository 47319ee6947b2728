// main.ts of your own CDKTF project, after `npm install video-cdn-cdktf`.
// (In this repository the package name maps to modules/ through tsconfig "paths"; the test suite
// packs the library, installs the tarball in a fresh project and runs this very file there.)
import { App } from 'cdktf';
import { CachePolicy, HttpOrigin, VideoCachePresets, VideoCdnStack, VideoDistribution, ViewerAccess } from 'video-cdn-cdktf';

const app = new App();
const stack = new VideoCdnStack(app, 'my-live-channel', { awsRegion: 'eu-west-1' });

const origin = new HttpOrigin('live.example.com', { originPath: '/hls', originShieldRegion: 'eu-west-1' });
new VideoDistribution(stack, 'cdn', {
  defaultBehavior: {
    origin,
    cachePolicy: new CachePolicy(stack, 'segments', VideoCachePresets.liveSegments()),
  },
  additionalBehaviors: {
    '*.m3u8': {
      origin,
      cachePolicy: new CachePolicy(stack, 'manifests', VideoCachePresets.liveManifests({ lowLatencyHls: true })),
    },
  },
  errorResponses: [{ httpStatus: 404, ttlSeconds: 1 }],
  // Paid event: a viewer needs a JWT (query string `token`), checked at the edge.
  viewerAccess: ViewerAccess.jwt(),
});

app.synth();
