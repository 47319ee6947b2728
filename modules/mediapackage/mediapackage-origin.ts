import { Fn, Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { createOriginAccessControl } from '../private/origin-access-control';
import { checkValue } from '../private/check-value';
import { isUnresolved } from '../private/tokens';
import { accountIdProblem } from '../validation/aws-identifiers';
import { HttpOrigin, OriginProtocolPolicy } from '../origins/http-origin';
import { MediaPackageEndpointUrl, MediaPackageVersion } from './endpoint-url';
import { DistributionReference, IVideoOrigin, OriginBindOptions, OriginOptions, SingleOriginBinding } from '../origins/origin';
import { cloudFrontReadStatement } from '../private/cloudfront-read-statement';

export interface MediaPackageOriginProps extends Omit<OriginOptions, 'originPath'> {
  /**
   * Use the endpoint path as the origin path, so viewers request `/index.m3u8`. Turn it off and
   * viewers request the endpoint's full path (`/out/v1/<hash>/index.m3u8`): that lets several
   * endpoints of one distribution use the same file extension under their own path patterns.
   * @default true
   */
  readonly originPathFromEndpoint?: boolean;
  /**
   * MediaPackage CDN authorization: the value CloudFront sends in `X-MediaPackage-CDNIdentifier`
   * (v1) or `X-MediaPackageV2-CDNIdentifier` (v2). Pass a token such as
   * `MediaPackageCdnIdentifierSecret.cdnIdentifier` so the value never lands in the JSON.
   * @default no CDN authorization header
   */
  readonly cdnIdentifier?: string;
  /** 1-60 (more needs a quota increase). @default 30 */
  readonly readTimeoutSeconds?: number;
  /** 1-60. @default 5 */
  readonly keepaliveTimeoutSeconds?: number;
}

export interface MediaPackageV2OriginProps extends MediaPackageOriginProps {
  /**
   * The AWS account that owns the endpoint: it goes into the endpoint ARN of `endpointPolicyJson`.
   * @default the account of the distribution (read from its ARN)
   */
  readonly endpointAccountId?: string;
}

/**
 * A MediaPackage origin endpoint, given by its URL: the host is the origin domain, the path up
 * to the manifest the origin path, and CloudFront talks to it over HTTPS only.
 *
 * - v1 (`fromEndpointUrl`): a plain HTTPS origin, optionally with the CDN authorization header.
 * - v2 (`withOriginAccessControl`): CloudFront signs requests with an Origin Access Control of
 *   type `mediapackagev2`; `endpointPolicyJson` is the policy to attach to the endpoint (the
 *   hashicorp/aws provider cannot manage MediaPackage endpoints or their policies).
 */
export class MediaPackageOrigin implements IVideoOrigin {
  /** The CDN authorization header MediaPackage v1 checks. */
  public static readonly V1_CDN_IDENTIFIER_HEADER = 'X-MediaPackage-CDNIdentifier';
  /** The CDN authorization header MediaPackage v2 checks. */
  public static readonly V2_CDN_IDENTIFIER_HEADER = 'X-MediaPackageV2-CDNIdentifier';

  /** A MediaPackage v1 endpoint (`https://<id>.mediapackage.<region>.amazonaws.com/out/v1/<hash>/index.m3u8`). */
  public static fromEndpointUrl(url: string, props: MediaPackageOriginProps = {}): MediaPackageOrigin {
    const endpoint = MediaPackageEndpointUrl.parse(url, 'url');
    if (endpoint.version !== MediaPackageVersion.V1) {
      invalid(
        'url',
        'is a MediaPackage v2 egress URL',
        url,
        'Use MediaPackageOrigin.withOriginAccessControl(url) for v2 endpoints: CloudFront must sign its requests to them.',
      );
    }
    return new MediaPackageOrigin(endpoint, props);
  }

  /**
   * A MediaPackage v2 endpoint (`https://<prefix>.egress.<id>.mediapackagev2.<region>.amazonaws.com/out/v1/<group>/<channel>/<endpoint>/index.m3u8`)
   * reached through an Origin Access Control. Attach `endpointPolicyJson` to the endpoint.
   */
  public static withOriginAccessControl(url: string, props: MediaPackageV2OriginProps = {}): MediaPackageOrigin {
    const endpoint = MediaPackageEndpointUrl.parse(url, 'url');
    if (endpoint.version !== MediaPackageVersion.V2) {
      invalid(
        'url',
        'is a MediaPackage v1 endpoint URL',
        url,
        'Use MediaPackageOrigin.fromEndpointUrl(url) for v1 endpoints (CloudFront OAC supports MediaPackage v2 only).',
      );
    }
    checkValue('endpointAccountId', props.endpointAccountId, accountIdProblem);
    return new MediaPackageOrigin(endpoint, props);
  }

  public readonly originId?: string;
  public readonly version: MediaPackageVersion;
  /** The origin path CloudFront prepends (`/out/v1/<hash>`), or undefined when viewers request the full path. */
  public readonly originPath?: string;
  /** The manifest's path on the distribution: `/index.m3u8`, or `/out/v1/<hash>/index.m3u8` without origin path. */
  public readonly manifestPath: string;
  /**
   * v2 only: the endpoint policy (JSON) that lets CloudFront read the endpoint for every
   * distribution bound so far (`mediapackagev2:GetObject`, `GetHeadObject`, `AWS:SourceArn`).
   */
  public readonly endpointPolicyJson?: string;
  private readonly http: HttpOrigin;
  private readonly distributionArns: string[] = [];

  private constructor(
    /** The parsed endpoint URL. */
    public readonly endpoint: MediaPackageEndpointUrl,
    private readonly props: MediaPackageV2OriginProps,
  ) {
    this.version = endpoint.version;
    this.originId = props.originId;
    const rooted = props.originPathFromEndpoint ?? true;
    this.originPath = rooted ? endpoint.endpointPath : undefined;
    this.manifestPath = rooted ? `/${endpoint.manifest}` : `${endpoint.endpointPath}/${endpoint.manifest}`;
    const { originPathFromEndpoint: _rooted, cdnIdentifier, endpointAccountId: _account, ...originOptions } = props;
    this.http = new HttpOrigin(endpoint.domainName, {
      ...originOptions,
      originPath: this.originPath,
      customHeaders: this.withCdnIdentifier(props.customHeaders, cdnIdentifier),
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    });
    if (this.version === MediaPackageVersion.V2) {
      this.endpointPolicyJson = Lazy.stringValue({ produce: () => JSON.stringify(this.endpointPolicy()) });
    }
  }

  /**
   * v2: lets one more distribution read the endpoint in `endpointPolicyJson` (a staging copy using
   * the same endpoint through an origin of its own).
   */
  public allowDistribution(distribution: DistributionReference): void {
    if (!this.distributionArns.includes(distribution.distributionArn)) this.distributionArns.push(distribution.distributionArn);
  }

  /** The header MediaPackage checks for CDN authorization on this endpoint's version. */
  public get cdnIdentifierHeader(): string {
    return this.version === MediaPackageVersion.V2
      ? MediaPackageOrigin.V2_CDN_IDENTIFIER_HEADER
      : MediaPackageOrigin.V1_CDN_IDENTIFIER_HEADER;
  }

  public bind(scope: Construct, options: OriginBindOptions): SingleOriginBinding {
    const { originConfig } = this.http.bind(scope, options);
    if (this.version === MediaPackageVersion.V1) return { originConfig };
    const oac = createOriginAccessControl(scope, `${options.originId}-oac`, 'mediapackagev2');
    this.distributionArns.push(options.distribution.distributionArn);
    return { originConfig: { ...originConfig, originAccessControlId: oac.id } };
  }

  private withCdnIdentifier(
    customHeaders: Readonly<Record<string, string>> | undefined,
    cdnIdentifier: string | undefined,
  ): Readonly<Record<string, string>> | undefined {
    if (cdnIdentifier === undefined) return customHeaders;
    const header = this.cdnIdentifierHeader;
    if (Object.keys(customHeaders ?? {}).some((name) => name.toLowerCase() === header.toLowerCase())) {
      invalid(
        'customHeaders',
        `sets ${header}, which cdnIdentifier already sets`,
        Object.keys(customHeaders ?? {}),
        'Set the CDN identifier once, through cdnIdentifier.',
      );
    }
    if (
      !isUnresolved(cdnIdentifier) &&
      (cdnIdentifier.length < 8 || cdnIdentifier.length > (this.version === MediaPackageVersion.V2 ? 256 : 128))
    ) {
      invalid(
        'cdnIdentifier',
        'must be 8-128 characters (v1) or 8-256 characters (v2)',
        '(hidden)',
        'Use a UUID version 4, the format MediaPackage recommends.',
      );
    }
    return { ...customHeaders, [header]: cdnIdentifier };
  }

  private endpointPolicy(): object {
    const firstArn = this.distributionArns[0];
    const accountId =
      this.props.endpointAccountId ?? (firstArn === undefined ? '<account-id>' : Token.asString(Fn.element(Fn.split(':', firstArn), 4)));
    return {
      Version: '2012-10-17',
      Statement: [
        cloudFrontReadStatement(
          ['mediapackagev2:GetObject', 'mediapackagev2:GetHeadObject'],
          this.endpoint.originEndpointArn(accountId),
          this.distributionArns,
        ),
      ],
    };
  }
}
