import { MediaPackageChannel } from '@cdktf/provider-aws/lib/media-package-channel';
import { Fn, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { customDomainProps, distributionProps } from '../config/common';
import { LiveMediaPackageConfig } from '../config/live-mediapackage';
import {
  CustomDomain,
  MediaPackageBehaviors,
  MediaPackageCdnIdentifierSecret,
  MediaPackageVersion,
  VideoCdnStack,
  VideoCdnStackProps,
  VideoDistribution,
} from '../modules';

/**
 * A MediaPackage live channel's origin endpoints behind CloudFront (seed: "Serving live video
 * formatted with AWS Elemental MediaPackage"), optionally with the v1 channel itself.
 */
export class LiveMediaPackageStack extends VideoCdnStack {
  constructor(scope: Construct, id: string, config: LiveMediaPackageConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const version = config.mediaPackageVersion ?? MediaPackageVersion.V1;
    if (config.createChannel) this.createChannel(config.createChannel, config.tags);
    // Endpoints cannot be created by this provider: without their URLs there is nothing to serve yet.
    if (!config.endpoints || config.endpoints.length === 0) return;

    const cdnIdentifier =
      config.cdnAuthorization &&
      new MediaPackageCdnIdentifierSecret(this, 'cdn-identifier', { secretId: config.cdnAuthorization.secretId, version }).cdnIdentifier;
    const mediaPackage = new MediaPackageBehaviors(this, 'mediapackage', {
      endpoints: config.endpoints,
      version,
      originProps: {
        originShieldRegion: config.originShieldRegion,
        cdnIdentifier,
        endpointAccountId: config.endpointAccountId,
      },
      timeShift: config.timeShift,
      manifestFilter: config.manifestFilter,
      lowLatencyHls: config.lowLatencyHls,
      minTtlSeconds: config.minTtlSeconds,
      errorCachingTtlSeconds: config.errorCachingTtlSeconds,
    });

    const domain = config.customDomain && new CustomDomain(this, 'custom-domain', customDomainProps(config.customDomain, config.tags));
    const distribution = new VideoDistribution(this, 'distribution', {
      ...distributionProps(config.distribution),
      defaultBehavior: mediaPackage.defaultBehavior,
      additionalBehaviors: mediaPackage.additionalBehaviors,
      errorResponses: mediaPackage.errorResponses,
      domainNames: domain?.domainNames,
      certificate: domain?.certificate,
      tags: config.tags,
    });
    domain?.pointAt(distribution);

    new TerraformOutput(this, 'distribution-id', { value: distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: distribution.domainName });
    new TerraformOutput(this, 'playback-urls', {
      description: 'Manifest URL of each endpoint through CloudFront, by endpoint name',
      value: mediaPackage.playbackUrls(`https://${distribution.domainName}`),
    });
    if (domain) {
      new TerraformOutput(this, 'custom-domain-playback-urls', {
        description: 'Manifest URL of each endpoint through the custom domain, by endpoint name',
        value: mediaPackage.playbackUrls(domain.baseUrl),
      });
    }
    if (version === MediaPackageVersion.V2) {
      new TerraformOutput(this, 'endpoint-policies', {
        description:
          'MediaPackage v2 origin endpoint policies, by endpoint name: attach each to its endpoint (aws mediapackagev2 put-origin-endpoint-policy); the hashicorp/aws provider cannot manage them',
        value: mediaPackage.endpointPolicies(),
      });
    }
  }

  /** The v1 channel, whose HLS ingest endpoints MediaLive (or another encoder) pushes to. */
  private createChannel(settings: NonNullable<LiveMediaPackageConfig['createChannel']>, tags: Record<string, string> | undefined): void {
    const channel = new MediaPackageChannel(this, 'channel', {
      channelId: settings.channelId,
      description: settings.description,
      tags,
    });
    new TerraformOutput(this, 'channel-id', { value: channel.id });
    new TerraformOutput(this, 'channel-arn', { value: channel.arn });
    const ingestEndpoints = channel.hlsIngest.get(0).ingestEndpoints;
    new TerraformOutput(this, 'ingest-urls', {
      description: "The channel's two HLS ingest URLs (redundant inputs)",
      value: Fn.lookupNested(ingestEndpoints, ['*', 'url']),
    });
    new TerraformOutput(this, 'ingest-credentials', {
      description: 'URL, username and password of each HLS ingest endpoint (WebDAV digest auth): terraform output -json ingest-credentials',
      value: ingestEndpoints,
      sensitive: true,
    });
  }
}
