import { MediaStoreContainer } from '@cdktf/provider-aws/lib/media-store-container';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { customDomainProps, distributionProps } from '../config/common';
import { LiveMediaStoreConfig } from '../config/live-mediastore';
import {
  BehaviorOptions,
  CachePolicy,
  CustomDomain,
  IOriginRequestPolicy,
  IVideoOrigin,
  liveCacheSizing,
  MediaStoreOrigin,
  OriginOptions,
  OriginRequestPolicy,
  PrivateBucket,
  ResponseHeadersPolicy,
  S3Origin,
  VideoCdnStack,
  VideoCdnStackProps,
  VideoDistribution,
  VideoResponseHeadersPresets,
  viewerBaseUrl,
  ViewerProtocolPolicy,
} from '../modules';
import { uniqueResourceName } from '../modules/private/names';

/** MediaLive's usual HLS segment length when the configuration does not say. */
const DEFAULT_SEGMENT_DURATION_SECONDS = 6;
const DEFAULT_FOLDER = '/live';
const DEFAULT_MANIFEST_PATHS = ['index.m3u8'];
/** Manifest patterns; everything else (segments, init files, subtitles) takes the default behavior. */
const MANIFEST_PATH_PATTERNS = ['*.m3u8', '*.mpd'];

/** Where the stream is stored, and how the encoder writes to it. */
interface LiveSource {
  readonly origin: IVideoOrigin;
  readonly originRequestPolicy: IOriginRequestPolicy;
  /** MediaLive output destination prefix (`mediastoressl://...` or `s3ssl://...`). */
  readonly ingestDestination: string;
}

/**
 * Live HLS/DASH written by an encoder (MediaLive) into an AWS Elemental MediaStore container and
 * served through CloudFront (seed 002, "Serving video using AWS Elemental MediaStore as the origin"),
 * or, since AWS ended MediaStore support on 2025-11-13, the same layout on a private S3 bucket.
 */
export class LiveMediaStoreStack extends VideoCdnStack {
  public readonly distribution: VideoDistribution;

  constructor(scope: Construct, id: string, config: LiveMediaStoreConfig, stackProps: VideoCdnStackProps) {
    super(scope, id, stackProps);
    const folder = (config.folder ?? DEFAULT_FOLDER).replace(/^\/+|\/+$/g, '');
    const originOptions: OriginOptions = {
      originId: config.origin.type === 's3-migration' ? 'live-bucket' : 'mediastore',
      originPath: folder,
      customHeaders: config.customHeaders,
      originShieldRegion: config.originShieldRegion,
    };
    const source = this.liveSource(config, folder, originOptions);

    const domain = config.customDomain && new CustomDomain(this, 'custom-domain', customDomainProps(config.customDomain, config.tags));
    const sizing = liveCacheSizing({
      segmentDurationSeconds: config.segmentDurationSeconds ?? DEFAULT_SEGMENT_DURATION_SECONDS,
      segmentTtlSeconds: config.segmentTtlSeconds,
    });
    const playerCors = new ResponseHeadersPolicy(
      this,
      'player-cors',
      VideoResponseHeadersPresets.corsForPlayers(config.corsAllowOrigins ?? ['*']),
    );
    const behavior = (cachePolicy: CachePolicy): BehaviorOptions => ({
      origin: source.origin,
      cachePolicy,
      originRequestPolicy: source.originRequestPolicy,
      responseHeadersPolicy: playerCors,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    });
    const manifests = behavior(new CachePolicy(this, 'manifest-cache', sizing.manifests));

    this.distribution = new VideoDistribution(this, 'distribution', {
      ...distributionProps(config.distribution),
      defaultBehavior: behavior(new CachePolicy(this, 'segment-cache', sizing.segments)),
      additionalBehaviors: Object.fromEntries(MANIFEST_PATH_PATTERNS.map((pattern) => [pattern, manifests])),
      errorResponses: sizing.errorResponses,
      domainNames: domain?.domainNames,
      certificate: domain?.certificate,
      tags: config.tags,
    });
    domain?.pointAt(this.distribution);

    const manifestPaths = (config.manifestPaths ?? DEFAULT_MANIFEST_PATHS).map((path) => path.replace(/^\/+/, ''));
    const urls = (baseUrl: string) => manifestPaths.map((path) => `${baseUrl}/${path}`);
    new TerraformOutput(this, 'distribution-id', { value: this.distribution.distributionId });
    new TerraformOutput(this, 'distribution-domain-name', { value: this.distribution.domainName });
    new TerraformOutput(this, 'playback-urls', {
      description: 'Manifest URLs for players',
      value: urls(viewerBaseUrl(this.distribution, domain)),
    });
    if (domain) {
      new TerraformOutput(this, 'cloudfront-playback-urls', {
        description: 'The same manifests on the CloudFront domain (works before DNS propagates)',
        value: urls(viewerBaseUrl(this.distribution)),
      });
    }
    new TerraformOutput(this, 'medialive-destination', {
      description: 'Destination prefix for the MediaLive HLS output group (append the manifest base name)',
      value: source.ingestDestination,
    });
  }

  private liveSource(config: LiveMediaStoreConfig, folder: string, originOptions: OriginOptions): LiveSource {
    const origin = config.origin;
    const folderSuffix = folder ? `${folder}/` : '';
    switch (origin.type) {
      case 'created-container': {
        const container = new MediaStoreContainer(this, 'container', { name: origin.containerName ?? 'placeholder', tags: config.tags });
        // Container names are unique per account and region, and the provider allows only \w characters.
        if (origin.containerName === undefined) container.name = uniqueResourceName(container, 255).replace(/-/g, '_');
        const mediaStore = MediaStoreOrigin.fromContainer(container, originOptions);
        new TerraformOutput(this, 'container-name', { value: container.name });
        return {
          origin: mediaStore,
          originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
          ingestDestination: `mediastoressl://${mediaStore.domainName}/${folderSuffix}`,
        };
      }
      case 'existing-endpoint': {
        const mediaStore = MediaStoreOrigin.fromEndpoint(origin.endpoint, {
          ...originOptions,
          containerArn: origin.containerArn,
          manageContainerPolicy: origin.manageContainerPolicy,
        });
        if (mediaStore.containerPolicyJson && !origin.manageContainerPolicy) {
          new TerraformOutput(this, 'container-policy-json', {
            description: 'Container policy letting this distribution read: apply it to the container (or set manageContainerPolicy)',
            value: mediaStore.containerPolicyJson,
          });
        }
        return {
          origin: mediaStore,
          originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
          ingestDestination: `mediastoressl://${origin.endpoint}/${folderSuffix}`,
        };
      }
      case 's3-migration': {
        const expireAfterDays = origin.expireObjectsAfterDays ?? 1;
        const bucket = new PrivateBucket(this, 'live-bucket', {
          bucketName: origin.bucketName,
          bucketPrefix: origin.bucketName === undefined ? 'live-' : undefined,
          forceDestroy: origin.forceDestroy,
          // The bucket holds only the live output: segments past the DVR window are dead weight.
          lifecycle: {
            expireAfterDays: expireAfterDays === false ? undefined : expireAfterDays,
            abortIncompleteMultipartUploadAfterDays: 1,
          },
          tags: config.tags,
        });
        new TerraformOutput(this, 'bucket-name', { value: bucket.bucket });
        return {
          origin: S3Origin.withOriginAccessControl(bucket, originOptions),
          originRequestPolicy: OriginRequestPolicy.CORS_S3_ORIGIN,
          ingestDestination: `s3ssl://${bucket.bucket}/${folderSuffix}`,
        };
      }
    }
  }
}
