import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { patternProps } from '../config/common';
import { LiveMediaStoreConfig, LiveMediaStoreOriginConfig } from '../config/live-mediastore';
import { MediaStoreLiveCdn, MediaStoreLiveOrigin, VideoCdnStack, VideoCdnStackProps } from '../modules';
import { observabilityOutputs } from './outputs/observability';
import { viewerAccessOutputs } from './outputs/viewer-access';

/**
 * Live HLS/DASH from a MediaStore container (end of support 2025-11-13) or its S3 migration
 * (`liveMediaStore`): the library's `MediaStoreLiveCdn`.
 */
export class LiveMediaStoreStack extends VideoCdnStack {
  public readonly live: MediaStoreLiveCdn;

  constructor(scope: Construct, id: string, config: LiveMediaStoreConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const { origin, ...settings } = patternProps(config);
    // `Default`: the pattern adds no part to resource addresses or generated names.
    this.live = new MediaStoreLiveCdn(this, 'Default', {
      ...settings,
      origin: liveOrigin(origin),
    });
    const live = this.live;
    const { container, containerPolicyJson, bucket, failoverBucket } = live.storage;
    if (container) new TerraformOutput(this, 'container-name', { value: container.name });
    if (containerPolicyJson) {
      new TerraformOutput(this, 'container-policy-json', {
        description: 'Container policy letting this distribution read: apply it to the container (or set manageContainerPolicy)',
        value: containerPolicyJson,
      });
    }
    if (bucket) new TerraformOutput(this, 'bucket-name', { value: bucket.bucket });
    if (failoverBucket) new TerraformOutput(this, 'failover-bucket-name', { value: failoverBucket.bucket });
    new TerraformOutput(this, 'distribution-id', { value: live.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: live.distribution.domainName });
    viewerAccessOutputs(this, live.distribution);
    observabilityOutputs(this, live.observability);
    new TerraformOutput(this, 'playback-urls', { description: 'Manifest URLs for players', value: live.playbackUrls() });
    if (live.customDomain) {
      new TerraformOutput(this, 'cloudfront-playback-urls', {
        description: 'The same manifests on the CloudFront domain (works before DNS propagates)',
        value: live.playbackUrls(`https://${live.distribution.domainName}`),
      });
    }
    new TerraformOutput(this, 'medialive-destination', {
      description: 'Destination prefix for the MediaLive HLS output group (append the manifest base name)',
      value: live.ingestDestination,
    });
    if (live.failoverIngestDestination) {
      new TerraformOutput(this, 'medialive-failover-destination', {
        description: "Destination prefix of the encoder's second (redundant) output: the failover bucket",
        value: live.failoverIngestDestination,
      });
    }
  }
}

function liveOrigin(origin: LiveMediaStoreOriginConfig): MediaStoreLiveOrigin {
  switch (origin.type) {
    case 'created-container':
      return MediaStoreLiveOrigin.createdContainer({ containerName: origin.containerName });
    case 'existing-endpoint':
      return MediaStoreLiveOrigin.existingEndpoint(origin.endpoint, {
        containerArn: origin.containerArn,
        manageContainerPolicy: origin.manageContainerPolicy,
      });
    case 's3-migration':
      return MediaStoreLiveOrigin.s3Migration({
        bucketName: origin.bucketName,
        forceDestroy: origin.forceDestroy,
        expireObjectsAfterDays: origin.expireObjectsAfterDays,
        failoverBucket: origin.failoverBucket,
      });
  }
}
