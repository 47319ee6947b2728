import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { patternProps } from '../config/common';
import { MkioConfig } from '../config/mkio';
import { MkioCdn, VideoCdnStack, VideoCdnStackProps } from '../modules';
import { observabilityOutputs } from './outputs/observability';
import { viewerAccessOutputs } from './outputs/viewer-access';

/** A MediaKind MK.IO streaming endpoint behind CloudFront (`mkio`): the library's `MkioCdn`. */
export class MkioStack extends VideoCdnStack {
  public readonly mkio: MkioCdn;

  constructor(scope: Construct, id: string, config: MkioConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const settings = patternProps(config);
    // `Default`: the pattern adds no part to resource addresses or generated names.
    this.mkio = new MkioCdn(this, 'Default', {
      ...settings,
    });
    new TerraformOutput(this, 'playback-url-pattern', {
      description: `Replace https://${config.streamingEndpointHostName} in MK.IO playback URLs with this base; the locator path stays`,
      value: this.mkio.playbackUrl('<locator-id>'),
    });
    new TerraformOutput(this, 'playback-base-url', { description: 'Base URL viewers use', value: this.mkio.baseUrl });
    new TerraformOutput(this, 'distribution-id', { value: this.mkio.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: this.mkio.distribution.domainName });
    viewerAccessOutputs(this, this.mkio.distribution);
    observabilityOutputs(this, this.mkio.observability);
  }
}
