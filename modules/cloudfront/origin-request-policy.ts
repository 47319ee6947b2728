import { CloudfrontOriginRequestPolicy } from '@cdktf/provider-aws/lib/cloudfront-origin-request-policy';
import { Construct } from 'constructs';
import { uniqueResourceName } from '../private/names';
import { checkPolicyNames, namesBlock } from '../private/parameter-list';
import { checkValue } from '../private/check-value';
import { resourceNameProblem } from '../validation/names';

/** Anything a behavior can use as its origin request policy. */
export interface IOriginRequestPolicy {
  readonly originRequestPolicyId: string;
}

/** Query strings forwarded to the origin (beyond those in the cache key). */
export class OriginRequestQueryStringBehavior {
  public static none(): OriginRequestQueryStringBehavior {
    return new OriginRequestQueryStringBehavior('none');
  }
  public static allowList(...queryStrings: string[]): OriginRequestQueryStringBehavior {
    return new OriginRequestQueryStringBehavior('whitelist', checkPolicyNames('queryStrings', queryStrings));
  }
  public static denyList(...queryStrings: string[]): OriginRequestQueryStringBehavior {
    return new OriginRequestQueryStringBehavior('allExcept', checkPolicyNames('queryStrings', queryStrings));
  }
  public static all(): OriginRequestQueryStringBehavior {
    return new OriginRequestQueryStringBehavior('all');
  }
  private constructor(
    public readonly behavior: 'none' | 'whitelist' | 'allExcept' | 'all',
    public readonly names: readonly string[] = [],
  ) {}
}

/** Headers forwarded to the origin. */
export class OriginRequestHeaderBehavior {
  public static none(): OriginRequestHeaderBehavior {
    return new OriginRequestHeaderBehavior('none');
  }
  public static allowList(...headers: string[]): OriginRequestHeaderBehavior {
    return new OriginRequestHeaderBehavior('whitelist', checkPolicyNames('headers', headers));
  }
  public static denyList(...headers: string[]): OriginRequestHeaderBehavior {
    return new OriginRequestHeaderBehavior('allExcept', checkPolicyNames('headers', headers));
  }
  public static allViewer(): OriginRequestHeaderBehavior {
    return new OriginRequestHeaderBehavior('allViewer');
  }
  /** All viewer headers plus the named CloudFront-* headers (CloudFront-Viewer-Country...). */
  public static allViewerAndCloudFront(...cloudFrontHeaders: string[]): OriginRequestHeaderBehavior {
    return new OriginRequestHeaderBehavior('allViewerAndWhitelistCloudFront', checkPolicyNames('headers', cloudFrontHeaders));
  }
  private constructor(
    public readonly behavior: 'none' | 'whitelist' | 'allExcept' | 'allViewer' | 'allViewerAndWhitelistCloudFront',
    public readonly names: readonly string[] = [],
  ) {}
}

/** Cookies forwarded to the origin. */
export class OriginRequestCookieBehavior {
  public static none(): OriginRequestCookieBehavior {
    return new OriginRequestCookieBehavior('none');
  }
  public static allowList(...cookies: string[]): OriginRequestCookieBehavior {
    return new OriginRequestCookieBehavior('whitelist', checkPolicyNames('cookies', cookies));
  }
  public static denyList(...cookies: string[]): OriginRequestCookieBehavior {
    return new OriginRequestCookieBehavior('allExcept', checkPolicyNames('cookies', cookies));
  }
  public static all(): OriginRequestCookieBehavior {
    return new OriginRequestCookieBehavior('all');
  }
  private constructor(
    public readonly behavior: 'none' | 'whitelist' | 'allExcept' | 'all',
    public readonly names: readonly string[] = [],
  ) {}
}

export interface OriginRequestPolicyProps {
  /** @default derived from the stack and construct path */
  readonly originRequestPolicyName?: string;
  /** @default no comment */
  readonly comment?: string;
  /** @default OriginRequestQueryStringBehavior.none() */
  readonly queryStrings?: OriginRequestQueryStringBehavior;
  /** @default OriginRequestHeaderBehavior.none() */
  readonly headers?: OriginRequestHeaderBehavior;
  /** @default OriginRequestCookieBehavior.none() */
  readonly cookies?: OriginRequestCookieBehavior;
}

/** A custom origin request policy (`aws_cloudfront_origin_request_policy`), plus the managed ones. */
export class OriginRequestPolicy extends Construct implements IOriginRequestPolicy {
  /** Forwards the Origin header: CORS from a custom (non-S3) origin. */
  public static readonly CORS_CUSTOM_ORIGIN = OriginRequestPolicy.fromOriginRequestPolicyId('59781a5b-3903-41f3-afcb-af62929ccde1');
  /** Forwards Origin, Access-Control-Request-Headers and Access-Control-Request-Method to S3. */
  public static readonly CORS_S3_ORIGIN = OriginRequestPolicy.fromOriginRequestPolicyId('88a5eaf4-2fd4-4709-b370-b4c650ea3fcf');
  public static readonly ALL_VIEWER = OriginRequestPolicy.fromOriginRequestPolicyId('216adef6-5c7f-47e4-b989-5492eafa07d3');
  public static readonly ALL_VIEWER_EXCEPT_HOST_HEADER = OriginRequestPolicy.fromOriginRequestPolicyId(
    'b689b0a8-53d0-40ab-baf2-68738e2966ac',
  );
  public static readonly ALL_VIEWER_AND_CLOUDFRONT_2022 = OriginRequestPolicy.fromOriginRequestPolicyId(
    '33f36d7e-f396-46d9-90e0-52428a34d9dc',
  );
  public static readonly ELEMENTAL_MEDIA_TAILOR = OriginRequestPolicy.fromOriginRequestPolicyId('775133bc-15f2-49f9-abea-afb2e0bf67d2');
  public static readonly USER_AGENT_REFERER_HEADERS = OriginRequestPolicy.fromOriginRequestPolicyId('acba4595-bd28-49b8-b9fe-13317c0390fa');
  /** ID taken from several public codebases; less certain than the others. */
  public static readonly HOST_HEADER_ONLY = OriginRequestPolicy.fromOriginRequestPolicyId('bf0718e1-ba1e-49d1-88b1-f726733018ae');

  public static fromOriginRequestPolicyId(originRequestPolicyId: string): IOriginRequestPolicy {
    return { originRequestPolicyId };
  }

  public readonly originRequestPolicyId: string;
  public readonly resource: CloudfrontOriginRequestPolicy;

  constructor(scope: Construct, id: string, props: OriginRequestPolicyProps = {}) {
    super(scope, id);
    checkValue('originRequestPolicyName', props.originRequestPolicyName, resourceNameProblem);
    const queryStrings = props.queryStrings ?? OriginRequestQueryStringBehavior.none();
    const headers = props.headers ?? OriginRequestHeaderBehavior.none();
    const cookies = props.cookies ?? OriginRequestCookieBehavior.none();
    this.resource = new CloudfrontOriginRequestPolicy(this, 'Resource', {
      name: props.originRequestPolicyName ?? uniqueResourceName(this, 128),
      comment: props.comment,
      queryStringsConfig: { queryStringBehavior: queryStrings.behavior, queryStrings: namesBlock(queryStrings.names) },
      headersConfig: { headerBehavior: headers.behavior, headers: namesBlock(headers.names) },
      cookiesConfig: { cookieBehavior: cookies.behavior, cookies: namesBlock(cookies.names) },
    });
    this.originRequestPolicyId = this.resource.id;
  }
}
