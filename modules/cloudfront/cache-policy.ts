import { CloudfrontCachePolicy } from '@cdktf/provider-aws/lib/cloudfront-cache-policy';
import { Construct } from 'constructs';
import { MANAGED_CACHE_POLICY_IDS } from './managed-policy-ids';
import { CacheCookieBehavior, CacheHeaderBehavior, CacheQueryStringBehavior } from './cache-key-parameters';
import { invalid } from '../private/invalid';
import { uniqueResourceName } from '../private/names';
import { namesBlock } from '../private/parameter-list';
import { checkValue } from '../private/check-value';
import { resourceNameProblem } from '../validation/names';
import { isUnresolved } from '../private/tokens';

/** Anything a behavior can use as its cache policy: a managed policy or one of ours. */
export interface ICachePolicy {
  readonly cachePolicyId: string;
}

export interface CachePolicyProps {
  /**
   * Account-unique name.
   * @default derived from the stack and construct path
   */
  readonly cachePolicyName?: string;
  /** @default no comment */
  readonly comment?: string;
  /** @default 0 */
  readonly minTtlSeconds?: number;
  /** @default 86400 (one day) */
  readonly defaultTtlSeconds?: number;
  /** @default 31536000 (one year) */
  readonly maxTtlSeconds?: number;
  /** @default CacheQueryStringBehavior.none() */
  readonly queryStrings?: CacheQueryStringBehavior;
  /** @default CacheHeaderBehavior.none() */
  readonly headers?: CacheHeaderBehavior;
  /** @default CacheCookieBehavior.none() */
  readonly cookies?: CacheCookieBehavior;
  /**
   * Cache gzip-compressed variants. Manifests compress well; video segments are never compressed
   * by CloudFront, so this costs nothing on them.
   * @default true
   */
  readonly enableAcceptEncodingGzip?: boolean;
  /** @default true */
  readonly enableAcceptEncodingBrotli?: boolean;
}

/** CloudFront's longest TTL: 100 years would be rejected; one year is the documented maximum default. */
const MAX_TTL_LIMIT_SECONDS = 3153600000;

/** A custom cache policy (`aws_cloudfront_cache_policy`), plus the AWS-managed ones as constants. */
export class CachePolicy extends Construct implements ICachePolicy {
  /** TTL 1 s / 1 day / 1 year, no query strings, headers or cookies, gzip and brotli. */
  public static readonly CACHING_OPTIMIZED = CachePolicy.fromCachePolicyId(MANAGED_CACHE_POLICY_IDS.CACHING_OPTIMIZED);
  /** As CACHING_OPTIMIZED without compression support. */
  public static readonly CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS = CachePolicy.fromCachePolicyId(
    MANAGED_CACHE_POLICY_IDS.CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS,
  );
  /** TTL 0: every request goes to the origin. */
  public static readonly CACHING_DISABLED = CachePolicy.fromCachePolicyId(MANAGED_CACHE_POLICY_IDS.CACHING_DISABLED);
  /** AWS's policy for MediaPackage origins: query strings aws.manifestfilter, start, end, m; header Origin. */
  public static readonly ELEMENTAL_MEDIA_PACKAGE = CachePolicy.fromCachePolicyId(MANAGED_CACHE_POLICY_IDS.ELEMENTAL_MEDIA_PACKAGE);
  public static readonly AMPLIFY = CachePolicy.fromCachePolicyId(MANAGED_CACHE_POLICY_IDS.AMPLIFY);
  public static readonly USE_ORIGIN_CACHE_CONTROL_HEADERS = CachePolicy.fromCachePolicyId(
    MANAGED_CACHE_POLICY_IDS.USE_ORIGIN_CACHE_CONTROL_HEADERS,
  );
  public static readonly USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS = CachePolicy.fromCachePolicyId(
    MANAGED_CACHE_POLICY_IDS.USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS,
  );

  /** Refers to an existing policy by id (managed or created elsewhere). */
  public static fromCachePolicyId(cachePolicyId: string): ICachePolicy {
    return { cachePolicyId };
  }

  public readonly cachePolicyId: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontCachePolicy;

  constructor(scope: Construct, id: string, props: CachePolicyProps = {}) {
    super(scope, id);
    const minTtl = props.minTtlSeconds ?? 0;
    const defaultTtl = props.defaultTtlSeconds ?? Math.max(86400, minTtl);
    const maxTtl = props.maxTtlSeconds ?? Math.max(31536000, defaultTtl);
    checkTtls(minTtl, defaultTtl, maxTtl);
    checkValue('cachePolicyName', props.cachePolicyName, resourceNameProblem);

    const queryStrings = props.queryStrings ?? CacheQueryStringBehavior.none();
    const headers = props.headers ?? CacheHeaderBehavior.none();
    const cookies = props.cookies ?? CacheCookieBehavior.none();

    this.resource = new CloudfrontCachePolicy(this, 'Resource', {
      name: props.cachePolicyName ?? uniqueResourceName(this, 128),
      comment: props.comment,
      minTtl,
      defaultTtl,
      maxTtl,
      parametersInCacheKeyAndForwardedToOrigin: {
        enableAcceptEncodingGzip: props.enableAcceptEncodingGzip ?? true,
        enableAcceptEncodingBrotli: props.enableAcceptEncodingBrotli ?? true,
        queryStringsConfig: { queryStringBehavior: queryStrings.behavior, queryStrings: namesBlock(queryStrings.names) },
        headersConfig: { headerBehavior: headers.behavior, headers: namesBlock(headers.names) },
        cookiesConfig: { cookieBehavior: cookies.behavior, cookies: namesBlock(cookies.names) },
      },
    });
    this.cachePolicyId = this.resource.id;
  }
}

function checkTtls(minTtl: number, defaultTtl: number, maxTtl: number): void {
  const ttls: Array<[string, number]> = [
    ['minTtlSeconds', minTtl],
    ['defaultTtlSeconds', defaultTtl],
    ['maxTtlSeconds', maxTtl],
  ];
  for (const [prop, value] of ttls) {
    if (isUnresolved(value)) continue;
    if (!Number.isInteger(value) || value < 0 || value > MAX_TTL_LIMIT_SECONDS) {
      invalid(prop, 'must be a whole number of seconds from 0 to 3153600000', value, 'Use a non-negative integer.');
    }
  }
  if (!isUnresolved(minTtl) && !isUnresolved(defaultTtl) && minTtl > defaultTtl) {
    invalid(
      'minTtlSeconds',
      `is above defaultTtlSeconds (${defaultTtl})`,
      minTtl,
      'Keep minTtlSeconds <= defaultTtlSeconds <= maxTtlSeconds.',
    );
  }
  if (!isUnresolved(defaultTtl) && !isUnresolved(maxTtl) && defaultTtl > maxTtl) {
    invalid(
      'defaultTtlSeconds',
      `is above maxTtlSeconds (${maxTtl})`,
      defaultTtl,
      'Keep minTtlSeconds <= defaultTtlSeconds <= maxTtlSeconds.',
    );
  }
}
