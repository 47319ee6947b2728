import { CloudfrontDistributionOrigin } from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { Construct } from 'constructs';

/** The distribution an origin is bound to: resource policies name its ARN in `AWS:SourceArn`. */
export interface DistributionReference {
  readonly distributionId: string;
  readonly distributionArn: string;
}

export interface OriginBindOptions {
  /** The id the distribution gave this origin (unique within the distribution). */
  readonly originId: string;
  /** The distribution binding the origin (it exists already, so its ARN can be referenced). */
  readonly distribution: DistributionReference;
}

export interface OriginBinding {
  /** The `origin` block of `aws_cloudfront_distribution` (every origin but a group). */
  readonly originConfig?: CloudfrontDistributionOrigin;
  /** An origin group's members (the distribution binds them like any origin) and failover codes. */
  readonly failover?: { readonly members: readonly IVideoOrigin[]; readonly statusCodes: readonly number[] };
}

/** What a single origin's binding always has. */
export interface SingleOriginBinding extends OriginBinding {
  readonly originConfig: CloudfrontDistributionOrigin;
}

/** An origin a `VideoDistribution` can route behaviors to. */
export interface IVideoOrigin {
  /** A fixed origin id; otherwise the distribution numbers its origins. */
  readonly originId?: string;
  /** Called once per distribution that uses this origin; `scope` is the distribution. */
  bind(scope: Construct, options: OriginBindOptions): OriginBinding;
}

/** Settings every kind of origin shares. */
export interface OriginOptions {
  /**
   * Origin id inside the distribution.
   * @default numbered by the distribution (origin-1, origin-2...)
   */
  readonly originId?: string;
  /**
   * Path CloudFront prepends to every request (`/live`). A missing leading `/` is added and a
   * trailing `/` removed.
   * @default no origin path
   */
  readonly originPath?: string;
  /**
   * Headers CloudFront adds to every origin request. Values may be tokens (e.g. read from
   * Secrets Manager) so no secret is written into the JSON.
   * @default none
   */
  readonly customHeaders?: Readonly<Record<string, string>>;
  /**
   * Region of the Origin Shield cache layer; pick the one nearest the origin.
   * @default Origin Shield off
   */
  readonly originShieldRegion?: string;
  /** @default 3 */
  readonly connectionAttempts?: number;
  /** @default 10 */
  readonly connectionTimeoutSeconds?: number;
}
