import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { AntMediaConfig } from '../config/ant-media';
import { patternProps } from '../config/common';
import { AntMediaCdn, AntMediaPlayOrder, VideoCdnStack, VideoCdnStackProps } from '../modules';
import { observabilityOutputs } from './outputs/observability';
import { viewerAccessOutputs } from './outputs/viewer-access';

/** An Ant Media Server behind CloudFront (`antMedia`): the library's `AntMediaCdn`. */
export class AntMediaStack extends VideoCdnStack {
  public readonly antMedia: AntMediaCdn;

  constructor(scope: Construct, id: string, config: AntMediaConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const settings = patternProps(config);
    // `Default`: the pattern adds no part to resource addresses or generated names.
    this.antMedia = new AntMediaCdn(this, 'Default', {
      ...settings,
    });
    const antMedia = this.antMedia;
    new TerraformOutput(this, 'hls-player-url', {
      description: 'Ant Media play.html with HLS playback through CloudFront',
      value: antMedia.playerUrl(AntMediaPlayOrder.HLS),
    });
    new TerraformOutput(this, 'hls-manifest-url', {
      description: 'The HLS playlist through CloudFront, for any HLS player',
      value: antMedia.hlsManifestUrl(),
    });
    if (antMedia.lowLatencyHls) {
      new TerraformOutput(this, 'll-hls-player-url', {
        description: 'Ant Media play.html with LL-HLS playback through CloudFront (LL-HLS plugin)',
        value: antMedia.playerUrl(AntMediaPlayOrder.LL_HLS),
      });
      new TerraformOutput(this, 'll-hls-manifest-url', {
        description: 'The LL-HLS master playlist through CloudFront, for LL-HLS players (hls.js, AVPlayer)',
        value: antMedia.llHlsManifestUrl(),
      });
    }
    new TerraformOutput(this, 'distribution-id', { value: antMedia.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: antMedia.distribution.domainName });
    viewerAccessOutputs(this, antMedia.distribution);
    observabilityOutputs(this, antMedia.observability);
  }
}
