import { Fn, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { patternProps } from '../config/common';
import { LiveMediaPackageConfig } from '../config/live-mediapackage';
import { MediaPackageLiveCdn, MediaPackageVersion, VideoCdnStack, VideoCdnStackProps } from '../modules';
import { observabilityOutputs } from './outputs/observability';
import { viewerAccessOutputs } from './outputs/viewer-access';

/**
 * A MediaPackage live channel's origin endpoints behind CloudFront (`liveMediaPackage`),
 * optionally with the v1 channel itself: the library's `MediaPackageLiveCdn`.
 */
export class LiveMediaPackageStack extends VideoCdnStack {
  public readonly mediaPackage: MediaPackageLiveCdn;

  constructor(scope: Construct, id: string, config: LiveMediaPackageConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const settings = patternProps(config);
    // `Default`: the pattern adds no part to resource addresses or generated names.
    this.mediaPackage = new MediaPackageLiveCdn(this, 'Default', {
      ...settings,
    });
    const { channel, distribution: cdn, customDomain: domain } = this.mediaPackage;
    if (channel) {
      new TerraformOutput(this, 'channel-id', { value: channel.id });
      new TerraformOutput(this, 'channel-arn', { value: channel.arn });
      const ingestEndpoints = channel.hlsIngest.get(0).ingestEndpoints;
      new TerraformOutput(this, 'ingest-urls', {
        description: "The channel's two HLS ingest URLs (redundant inputs)",
        value: Fn.lookupNested(ingestEndpoints, ['*', 'url']),
      });
      new TerraformOutput(this, 'ingest-credentials', {
        description:
          'URL, username and password of each HLS ingest endpoint (WebDAV digest auth): terraform output -json ingest-credentials',
        value: ingestEndpoints,
        sensitive: true,
      });
    }
    if (!cdn) return;

    new TerraformOutput(this, 'distribution-id', { value: cdn.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: cdn.domainName });
    viewerAccessOutputs(this, cdn);
    observabilityOutputs(this, this.mediaPackage.observability);
    new TerraformOutput(this, 'playback-urls', {
      description: 'Manifest URL of each endpoint through CloudFront, by endpoint name',
      value: this.mediaPackage.playbackUrls(`https://${cdn.domainName}`),
    });
    if (domain) {
      new TerraformOutput(this, 'custom-domain-playback-urls', {
        description: 'Manifest URL of each endpoint through the custom domain, by endpoint name',
        value: this.mediaPackage.playbackUrls(domain.baseUrl),
      });
    }
    if (this.mediaPackage.version === MediaPackageVersion.V2) {
      new TerraformOutput(this, 'endpoint-policies', {
        description:
          'MediaPackage v2 origin endpoint policies, by endpoint name: attach each to its endpoint (aws mediapackagev2 put-origin-endpoint-policy); the hashicorp/aws provider cannot manage them',
        value: this.mediaPackage.endpointPolicies(),
      });
    }
  }
}
