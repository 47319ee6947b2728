/**
 * Ant Media Server behind CloudFront with the library's pattern (docs/guides/ant-media.md): HTTPS
 * on 5443 to the `live` application, LL-HLS query strings in the playlist cache key, 404s cached 3 s.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { AntMediaCdn, AntMediaPlayOrder, VideoCdnStack } from '../modules';

export function buildAntMediaExample(scope: Construct, id = 'ant-media-example'): VideoCdnStack {
  const stack = new VideoCdnStack(scope, id, { awsRegion: 'eu-west-1' });
  const antMedia = new AntMediaCdn(stack, 'ams', {
    serverHostName: 'ams.example.com',
    applicationName: 'live',
    lowLatencyHls: true,
    streamId: 'stream1',
  });
  new TerraformOutput(stack, 'll-hls-player-url', { value: antMedia.playerUrl(AntMediaPlayOrder.LL_HLS) });
  return stack;
}
