/**
 * Media-quality-aware resiliency (MQAR) for MediaPackage v2 (docs/guides/live-resilience.md): the
 * origin group of each endpoint picks the endpoint with the better media quality score, instead of
 * failing over on errors only. hashicorp/aws 5.100 (and 6.47) has no `selection_criteria` yet
 * (hashicorp/terraform-provider-aws#46438): after upgrading to a provider that has it, this
 * override sets it on the origin groups of the pattern's distribution.
 */
import { App } from 'cdktf';
import { MediaPackageLiveCdn, MediaPackagePackaging, MediaPackageVersion, VideoCdnStack } from '../modules';

const EGRESS = 'https://abcde.egress.vwxyz.mediapackagev2.eu-west-1.amazonaws.com/out/v1/live/channel-1';
const EGRESS_BACKUP = 'https://fghij.egress.klmno.mediapackagev2.eu-central-1.amazonaws.com/out/v1/live/channel-1';

export function buildMediaQualityFailoverExample(app: App, id = 'media-quality-failover-example'): VideoCdnStack {
  const stack = new VideoCdnStack(app, id, { awsRegion: 'eu-west-1' });
  const live = new MediaPackageLiveCdn(stack, 'live', {
    mediaPackageVersion: MediaPackageVersion.V2,
    endpoints: [
      { packaging: MediaPackagePackaging.HLS, url: `${EGRESS}/hls/index.m3u8`, failoverUrl: `${EGRESS_BACKUP}/hls/index.m3u8` },
      { packaging: MediaPackagePackaging.DASH, url: `${EGRESS}/dash/index.mpd`, failoverUrl: `${EGRESS_BACKUP}/dash/index.mpd` },
    ],
  });
  // One origin group per endpoint with a failover URL.
  for (const index of [0, 1]) {
    live.distribution!.addOverride(`origin_group.${index}.selection_criteria`, 'media-quality-based');
  }
  return stack;
}
