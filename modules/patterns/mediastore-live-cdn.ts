import { MediaStoreContainer } from '@cdktf/provider-aws/lib/media-store-container';
import { Construct } from 'constructs';
import { BehaviorOptions } from '../cloudfront/behavior-options';
import { CachePolicy } from '../cloudfront/cache-policy';
import { VideoDistribution } from '../cloudfront/distribution';
import { ViewerProtocolPolicy } from '../cloudfront/distribution-settings';
import { IOriginRequestPolicy, OriginRequestPolicy } from '../cloudfront/origin-request-policy';
import { CustomDomain } from '../domain/custom-domain';
import {
  MediaStoreOrigin,
  mediaStoreContainerArnProblem,
  mediaStoreContainerNameProblem,
  mediaStoreDataEndpointProblem,
} from '../origins/mediastore-origin';
import { IVideoOrigin, OriginOptions } from '../origins/origin';
import { S3Origin } from '../origins/s3-origin';
import { liveCacheSizing } from '../presets/live-cache-sizing';
import { checkEach, checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { invalid } from '../private/invalid';
import { liveOriginSettings, liveTarget } from '../private/live-failover';
import { createPatternDistribution, PatternDistribution } from '../private/pattern-distribution';
import { buildStagedFronts } from '../private/staged-front';
import { AlarmProfile } from '../observability/alarms';
import { Observability } from '../observability/observability';
import { ContinuousDeployment } from '../cloudfront/continuous-deployment';
import { PatternStagingProps } from './pattern-staging-props';
import { playerCorsPolicy } from '../private/player-cors';
import { tagsBlock } from '../private/tags';
import { lifecycleDaysProblem, PrivateBucket } from '../storage/private-bucket';
import { bucketNameProblem } from '../validation/bucket-name';
import { wholeNumberBetween } from '../validation/numbers';
import { originPathProblem } from '../validation/paths';
import { ValueRule } from '../validation/value-rule';
import { playerOriginsProblem, webOriginProblem } from '../validation/web-origin';
import { LiveFailoverProps } from './live-failover-props';
import { VideoCdnPatternProps } from './video-cdn-pattern-props';

/** MediaLive's usual HLS segment length. */
const DEFAULT_SEGMENT_DURATION_SECONDS = 6;
const DEFAULT_FOLDER = '/live';
const DEFAULT_MANIFEST_PATHS = ['index.m3u8'];
/** Manifest patterns; everything else (segments, init files, subtitles) takes the default behavior. */
const MANIFEST_PATH_PATTERNS = ['*.m3u8', '*.mpd'];

/** A manifest below the folder (`channel1/index.m3u8`), published as a playback URL. */
export const liveManifestPathProblem: ValueRule<string> = (path) =>
  /^\/?[A-Za-z0-9._~!$&'()+,;=:@%/-]+\.(m3u8|mpd)$/.test(path)
    ? undefined
    : {
        problem: 'must be a manifest path under the folder ending in .m3u8 or .mpd',
        fix: 'Write it like channel1/index.m3u8, relative to the folder.',
      };

/** The manifests published as playback URLs: 1 to 20. */
export const liveManifestPathsProblem: ValueRule<readonly string[]> = (paths) =>
  paths.length >= 1 && paths.length <= 20
    ? undefined
    : {
        problem: `lists ${paths.length} manifests; 1 to 20 are published as playback URLs`,
        fix: 'List the manifests players open, e.g. index.m3u8.',
      };

/** The segment TTL when the origin sends no Cache-Control: whole seconds, from 1 to a year. */
export const liveSegmentTtlProblem = wholeNumberBetween(
  1,
  31536000,
  'Use whole seconds up to a year; lower it if the encoder reuses segment names after a restart.',
);

/** The resources a live storage creates or needs, for outputs. */
export interface LiveStorageResources {
  /** The container, when the storage creates one. */
  readonly container?: MediaStoreContainer;
  /** The container policy to apply by hand: a signed existing endpoint whose policy is not managed here. */
  readonly containerPolicyJson?: string;
  /** The bucket, for the S3 migration. */
  readonly bucket?: PrivateBucket;
  /** The failover bucket, for the S3 migration with `failoverBucket`. */
  readonly failoverBucket?: PrivateBucket;
}

export interface MediaStoreCreatedContainerProps {
  /** Letters, digits and underscores. @default derived from the stack name, unique per stack */
  readonly containerName?: string;
}

export interface MediaStoreExistingEndpointProps {
  /** The container's ARN: with it CloudFront signs requests (Origin Access Control). @default unsigned requests */
  readonly containerArn?: string;
  /** Replace the container's policy with the generated one (needs `containerArn`). @default false */
  readonly manageContainerPolicy?: boolean;
}

export interface LiveS3BucketSettings {
  /** @default a name Terraform generates with the prefix `live-` */
  readonly bucketName?: string;
  /** @default false */
  readonly forceDestroy?: boolean;
  /** Days after which objects are deleted, or false to keep them. @default 1 (live segments) */
  readonly expireObjectsAfterDays?: number | false;
}

export interface LiveS3BucketProps extends LiveS3BucketSettings {
  /**
   * A second bucket CloudFront fails over to, written by a second encoder output (MediaLive's
   * redundant outputs) or by S3 replication; same folder layout.
   * @default none: one bucket
   */
  readonly failoverBucket?: LiveS3BucketSettings;
}

/** Where the encoder writes the live output and CloudFront reads it: pick one with a factory. */
export class MediaStoreLiveOrigin {
  /** A MediaStore container the pattern creates, with its policy (no longer possible since MediaStore's end of support). */
  public static createdContainer(props: MediaStoreCreatedContainerProps = {}): MediaStoreLiveOrigin {
    checkValue('containerName', props.containerName, mediaStoreContainerNameProblem);
    return new MediaStoreLiveOrigin('created-container', props);
  }

  /** A MediaStore container made elsewhere, reached by its data endpoint. */
  public static existingEndpoint(endpoint: string, props: MediaStoreExistingEndpointProps = {}): MediaStoreLiveOrigin {
    checkValue('endpoint', endpoint, mediaStoreDataEndpointProblem);
    checkValue('containerArn', props.containerArn, mediaStoreContainerArnProblem);
    return new MediaStoreLiveOrigin('existing-endpoint', { ...props, endpoint });
  }

  /** AWS's migration path from MediaStore: the same layout on a private S3 bucket read through Origin Access Control. */
  public static s3Migration(props: LiveS3BucketProps = {}): MediaStoreLiveOrigin {
    checkLiveBucket('', props);
    if (props.failoverBucket) checkLiveBucket('failoverBucket.', props.failoverBucket);
    if (props.bucketName !== undefined && props.bucketName === props.failoverBucket?.bucketName) {
      invalid(
        'failoverBucket.bucketName',
        'is the primary bucket itself',
        props.bucketName,
        'Name a second bucket, or leave the name out to get a generated one.',
      );
    }
    return new MediaStoreLiveOrigin('s3-migration', props);
  }

  private constructor(
    /** The kind of storage, as the configuration's `origin.type` names it. */
    public readonly type: 'created-container' | 'existing-endpoint' | 's3-migration',
    /** The factory's settings. */
    public readonly settings: MediaStoreCreatedContainerProps &
      MediaStoreExistingEndpointProps &
      LiveS3BucketProps & { readonly endpoint?: string },
  ) {}
}

function checkLiveBucket(prefix: string, settings: LiveS3BucketSettings): void {
  checkValue(`${prefix}bucketName`, settings.bucketName, bucketNameProblem);
  if (settings.expireObjectsAfterDays !== false)
    checkValue(`${prefix}expireObjectsAfterDays`, settings.expireObjectsAfterDays, lifecycleDaysProblem);
}

/** What a live storage gives the pattern: the origin, how requests reach it, where the encoder writes. */
interface LiveSource extends LiveStorageResources {
  readonly origin: IVideoOrigin;
  readonly originRequestPolicy: IOriginRequestPolicy;
  /** MediaLive output destination prefix (`mediastoressl://...` or `s3ssl://...`), ending in the folder. */
  readonly ingestDestination: string;
  /** The failover bucket's destination prefix, for the encoder's second output. */
  readonly failoverIngestDestination?: string;
  /** The failover bucket's origin. */
  readonly failoverOrigin?: IVideoOrigin;
}

/** Creates the storage's resources under `scope`, and its origin (`folder` ends in `/`, or is empty). */
function createLiveSource(
  scope: Construct,
  storage: MediaStoreLiveOrigin,
  options: Omit<OriginOptions, 'originId'> & { readonly readTimeoutSeconds?: number },
  folder: string,
  tags?: Record<string, string>,
): LiveSource {
  const settings = storage.settings;
  switch (storage.type) {
    case 'created-container': {
      const container = new MediaStoreContainer(scope, 'container', {
        name: settings.containerName ?? 'placeholder',
        tags: tagsBlock(tags),
      });
      // Container names are unique per account and region, and the provider allows only \w characters.
      if (settings.containerName === undefined) container.name = uniqueResourceName(container, 255).replace(/-/g, '_');
      const origin = MediaStoreOrigin.fromContainer(container, { ...options, originId: 'mediastore' });
      return {
        origin,
        container,
        originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
        ingestDestination: `mediastoressl://${origin.domainName}/${folder}`,
      };
    }
    case 'existing-endpoint': {
      const origin = MediaStoreOrigin.fromEndpoint(settings.endpoint!, {
        ...options,
        originId: 'mediastore',
        containerArn: settings.containerArn,
        manageContainerPolicy: settings.manageContainerPolicy,
      });
      return {
        origin,
        containerPolicyJson: settings.manageContainerPolicy ? undefined : origin.containerPolicyJson,
        originRequestPolicy: OriginRequestPolicy.CORS_CUSTOM_ORIGIN,
        ingestDestination: `mediastoressl://${settings.endpoint}/${folder}`,
      };
    }
    case 's3-migration': {
      const liveBucket = (id: string, bucket: LiveS3BucketSettings) => {
        const expireAfterDays = bucket.expireObjectsAfterDays ?? 1;
        return new PrivateBucket(scope, id, {
          bucketName: bucket.bucketName,
          bucketPrefix: bucket.bucketName === undefined ? 'live-' : undefined,
          forceDestroy: bucket.forceDestroy,
          // The bucket holds only the live output: segments past the DVR window are dead weight.
          lifecycle: {
            expireAfterDays: expireAfterDays === false ? undefined : expireAfterDays,
            abortIncompleteMultipartUploadAfterDays: 1,
          },
          tags,
        });
      };
      // S3 origins have no read timeout: only the connection settings apply.
      const s3Options = { ...options, readTimeoutSeconds: undefined };
      const bucket = liveBucket('live-bucket', settings);
      const origin = S3Origin.withOriginAccessControl(bucket, { ...s3Options, originId: 'live-bucket' });
      const failoverBucket = settings.failoverBucket && liveBucket('live-failover-bucket', settings.failoverBucket);
      return {
        bucket,
        failoverBucket,
        origin,
        failoverOrigin:
          failoverBucket && S3Origin.withOriginAccessControl(failoverBucket, { ...s3Options, originId: 'live-failover-bucket' }),
        originRequestPolicy: OriginRequestPolicy.CORS_S3_ORIGIN,
        ingestDestination: `s3ssl://${bucket.bucket}/${folder}`,
        failoverIngestDestination: failoverBucket && `s3ssl://${failoverBucket.bucket}/${folder}`,
      };
    }
  }
}

/**
 * The settings a staging copy may change: the cache and CORS of the front. The storage and its
 * origins (folder, headers, Origin Shield, timeouts) are shared, as one container or bucket policy
 * serves both distributions.
 */
export const MEDIASTORE_STAGEABLE_SETTINGS = [
  'segmentDurationSeconds',
  'segmentTtlSeconds',
  'corsAllowOrigins',
  'failoverStatusCodes',
  'viewerAccess',
] as const;

export interface MediaStoreLiveCdnProps extends VideoCdnPatternProps, LiveFailoverProps {
  /**
   * Try changes on a staging copy first (CloudFront continuous deployment): these props apply to
   * the copy, `staging.primary` holds what stays on the primary until promotion.
   * @default no staging copy
   */
  readonly staging?: PatternStagingProps<Partial<Pick<MediaStoreLiveCdnProps, (typeof MEDIASTORE_STAGEABLE_SETTINGS)[number]>>>;
  /** Where the live output is stored. */
  readonly origin: MediaStoreLiveOrigin;
  /** The folder the encoder writes to, used as origin path. @default '/live' */
  readonly folder?: string;
  /** The encoder's segment length, which sizes the cache TTLs (and, with a failover bucket, the origin timeouts). @default 6 */
  readonly segmentDurationSeconds?: number;
  /** Segment TTL when the origin sends no Cache-Control. @default 86400 (a day) */
  readonly segmentTtlSeconds?: number;
  /** Manifests under the folder, for `playbackUrls`. @default ['index.m3u8'] */
  readonly manifestPaths?: readonly string[];
  /** Headers CloudFront adds to origin requests. @default none */
  readonly customHeaders?: Readonly<Record<string, string>>;
  /** Origin Shield in the region nearest the container or bucket. @default off */
  readonly originShieldRegion?: string;
  /** Web origins allowed to play in a browser (CORS). @default ['*'] */
  readonly corsAllowOrigins?: readonly string[];
}

/**
 * Live HLS/DASH written by an encoder (MediaLive) into an AWS Elemental MediaStore container and
 * served through CloudFront (CloudFront guide "Serving video using AWS Elemental MediaStore as the
 * origin"), or, since AWS ended MediaStore support on 2025-11-13, the same layout on a private S3
 * bucket (`MediaStoreLiveOrigin.s3Migration()`): manifests cached about half a segment, segments a
 * day, errors 1 s.
 */
export class MediaStoreLiveCdn extends Construct {
  public readonly origin: IVideoOrigin;
  public readonly distribution: VideoDistribution;
  public readonly customDomain?: CustomDomain;
  /** `https://<custom domain>`, or `https://<id>.cloudfront.net` without one. */
  public readonly baseUrl: string;
  /** The destination prefix of the MediaLive HLS output group: append the manifest base name. */
  public readonly ingestDestination: string;
  /** The failover bucket's destination prefix, for the encoder's second (redundant) output. */
  public readonly failoverIngestDestination?: string;
  /** The manifests below the folder, without a leading `/`. */
  public readonly manifestPaths: readonly string[];
  /** The storage's resources: the created container, the container policy to apply by hand, or the bucket. */
  public readonly storage: LiveStorageResources;
  /** The staging copy, with `staging`. */
  public readonly stagingDistribution?: VideoDistribution;
  /** The policy sending traffic to the staging copy, with `staging`. */
  public readonly continuousDeployment?: ContinuousDeployment;
  /** The distribution's logs, alarms and dashboard, with `observability`. */
  public readonly observability?: Observability;

  constructor(scope: Construct, id: string, props: MediaStoreLiveCdnProps) {
    super(scope, id);
    checkValue('folder', props.folder, originPathProblem);
    checkValue('manifestPaths', props.manifestPaths, liveManifestPathsProblem);
    checkEach('manifestPaths', props.manifestPaths, liveManifestPathProblem);
    const folder = (props.folder ?? DEFAULT_FOLDER).replace(/^\/+|\/+$/g, '');
    const failover = props.origin.settings.failoverBucket !== undefined;
    if (props.origin.type === 's3-migration' && props.originTimeouts?.readTimeoutSeconds !== undefined) {
      invalid(
        'originTimeouts.readTimeoutSeconds',
        'is set, but S3 origins have no read timeout',
        props.originTimeouts.readTimeoutSeconds,
        'Leave it out: CloudFront applies connectionAttempts and connectionTimeoutSeconds to S3 origins.',
      );
    }
    const source = createLiveSource(
      this,
      props.origin,
      {
        originPath: folder,
        customHeaders: props.customHeaders,
        originShieldRegion: props.originShieldRegion,
        ...liveOriginSettings({ segmentDurationSeconds: DEFAULT_SEGMENT_DURATION_SECONDS, ...props }, failover),
      },
      folder ? `${folder}/` : '',
      props.tags,
    );
    const {
      origin,
      failoverOrigin: _failover,
      originRequestPolicy: _policy,
      ingestDestination,
      failoverIngestDestination,
      ...storage
    } = source;
    this.origin = origin;
    this.ingestDestination = ingestDestination;
    this.failoverIngestDestination = failoverIngestDestination;
    this.storage = storage;
    this.manifestPaths = (props.manifestPaths ?? DEFAULT_MANIFEST_PATHS).map((path) => path.replace(/^\/+/, ''));

    const fronts = buildStagedFronts(this, props, MEDIASTORE_STAGEABLE_SETTINGS, (frontScope, frontProps, stagingOf) =>
      buildMediaStoreFront(frontScope, frontProps, source, stagingOf),
    );
    this.distribution = fronts.primary.distribution;
    this.customDomain = fronts.primary.customDomain;
    this.baseUrl = fronts.primary.baseUrl;
    this.observability = fronts.primary.observability;
    this.stagingDistribution = fronts.staging?.distribution;
    this.continuousDeployment = fronts.continuousDeployment;
  }

  /** The manifests' URLs under `baseUrl` (the custom domain's, or `https://<id>.cloudfront.net`). */
  public playbackUrls(baseUrl = this.baseUrl): string[] {
    return this.manifestPaths.map((path) => `${baseUrl}/${path}`);
  }
}

/** The cache policies, CORS and distribution of one front over the shared storage: the primary's, or its staging copy's. */
function buildMediaStoreFront(
  scope: Construct,
  props: MediaStoreLiveCdnProps,
  source: LiveSource,
  stagingOf?: PatternDistribution,
): PatternDistribution {
  const corsOrigins = props.corsAllowOrigins ?? ['*'];
  checkValue('corsAllowOrigins', corsOrigins, playerOriginsProblem);
  checkEach('corsAllowOrigins', corsOrigins, webOriginProblem);
  checkValue('segmentTtlSeconds', props.segmentTtlSeconds, liveSegmentTtlProblem);
  const sizing = liveCacheSizing({
    segmentDurationSeconds: props.segmentDurationSeconds ?? DEFAULT_SEGMENT_DURATION_SECONDS,
    segmentTtlSeconds: props.segmentTtlSeconds,
  });
  const origin = liveTarget(source.origin, source.failoverOrigin, props, 'live-buckets');
  const playerCors = playerCorsPolicy(scope, 'corsAllowOrigins', corsOrigins, props.viewerAccess);
  const behavior = (cachePolicy: CachePolicy): BehaviorOptions => ({
    origin,
    cachePolicy,
    originRequestPolicy: source.originRequestPolicy,
    responseHeadersPolicy: playerCors,
    viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
  });
  const manifests = behavior(new CachePolicy(scope, 'manifest-cache', sizing.manifests));
  return createPatternDistribution(
    scope,
    props,
    {
      defaultBehavior: behavior(new CachePolicy(scope, 'segment-cache', sizing.segments)),
      additionalBehaviors: Object.fromEntries(MANIFEST_PATH_PATTERNS.map((pattern) => [pattern, manifests])),
      errorResponses: sizing.errorResponses,
    },
    { stagingOf, profile: AlarmProfile.LIVE, segmentDurationSeconds: props.segmentDurationSeconds },
  );
}
