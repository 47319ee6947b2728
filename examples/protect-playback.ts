/**
 * Viewer access with the library (docs/guides/protect-playback.md): on-demand video behind signed
 * cookies, with the Smooth Streaming client access policy left public; and a live MK.IO channel
 * behind JWTs checked at the edge.
 */
import { App } from 'cdktf';
import { MkioCdn, VideoCdnStack, ViewerAccess, VodCdn } from '../modules';

export function buildProtectedVodExample(app: App, publicKeyPem: string, id = 'protected-vod-example'): VideoCdnStack {
  const stack = new VideoCdnStack(app, id, { awsRegion: 'eu-west-1' });
  new VodCdn(stack, 'vod', {
    outputKeyPrefix: 'vod/',
    corsAllowedOrigins: ['https://player.example.com'],
    viewerAccess: ViewerAccess.signedCookies({
      publicKeys: [{ name: 'player-2026', publicKeyPem }],
      publicPaths: ['/clientaccesspolicy.xml'],
    }),
  });
  return stack;
}

export function buildProtectedLiveExample(app: App, id = 'protected-live-example'): VideoCdnStack {
  const stack = new VideoCdnStack(app, id, { awsRegion: 'eu-west-1' });
  new MkioCdn(stack, 'mkio', {
    streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
    viewerAccess: ViewerAccess.jwt({ queryString: 'token', cookie: 'video-token' }),
  });
  return stack;
}
