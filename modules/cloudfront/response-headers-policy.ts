import { CloudfrontResponseHeadersPolicy } from '@cdktf/provider-aws/lib/cloudfront-response-headers-policy';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { uniqueResourceName } from '../private/names';
import { checkEach, checkValue } from '../private/check-value';
import { webOriginProblem } from '../validation/web-origin';
import { resourceNameProblem } from '../validation/names';

export interface IResponseHeadersPolicy {
  readonly responseHeadersPolicyId: string;
}

/** CORS answers CloudFront adds for browser players on other origins. */
export interface ResponseHeadersCorsProps {
  /** Origins allowed to fetch (`https://player.example.com`), or `['*']`. */
  readonly allowOrigins: readonly string[];
  /** @default ['GET', 'HEAD', 'OPTIONS'] */
  readonly allowMethods?: readonly string[];
  /** @default ['*'] */
  readonly allowHeaders?: readonly string[];
  /** @default ['Content-Length', 'Content-Range', 'Date', 'ETag'] (what MSE players read) */
  readonly exposeHeaders?: readonly string[];
  /** @default false */
  readonly allowCredentials?: boolean;
  /** @default 86400 */
  readonly maxAgeSeconds?: number;
  /** Replace CORS headers the origin sends. @default true */
  readonly originOverride?: boolean;
}

export interface ResponseHeadersPolicyProps {
  /** @default derived from the stack and construct path */
  readonly responseHeadersPolicyName?: string;
  /** @default no comment */
  readonly comment?: string;
  /** @default no CORS headers */
  readonly cors?: ResponseHeadersCorsProps;
  /**
   * Strict-Transport-Security max-age in seconds, with includeSubdomains.
   * @default no HSTS header
   */
  readonly strictTransportSecurityMaxAgeSeconds?: number;
  /** Extra headers set on every response, e.g. `{ 'Cache-Control': 'public' }`. @default none */
  readonly customHeaders?: Readonly<Record<string, string>>;
}

const CORS_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE', 'ALL'];

/** A custom response headers policy (`aws_cloudfront_response_headers_policy`), plus the managed ones. */
export class ResponseHeadersPolicy extends Construct implements IResponseHeadersPolicy {
  public static readonly SIMPLE_CORS = ResponseHeadersPolicy.fromResponseHeadersPolicyId('60669652-455b-4ae9-85a4-c4c02393f86c');
  public static readonly CORS_WITH_PREFLIGHT = ResponseHeadersPolicy.fromResponseHeadersPolicyId('5cc3b908-e619-4b99-88e5-2cf7f45965bd');
  public static readonly SECURITY_HEADERS = ResponseHeadersPolicy.fromResponseHeadersPolicyId('67f7725c-6f97-4210-82d7-5512b31e9d03');
  public static readonly CORS_AND_SECURITY_HEADERS = ResponseHeadersPolicy.fromResponseHeadersPolicyId(
    'e61eb60c-9c35-4d20-a928-2b84e02af89c',
  );
  public static readonly CORS_WITH_PREFLIGHT_AND_SECURITY_HEADERS = ResponseHeadersPolicy.fromResponseHeadersPolicyId(
    'eaab4381-ed33-4a86-88ca-d9558dc6cd63',
  );

  public static fromResponseHeadersPolicyId(responseHeadersPolicyId: string): IResponseHeadersPolicy {
    return { responseHeadersPolicyId };
  }

  public readonly responseHeadersPolicyId: string;
  public readonly resource: CloudfrontResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: ResponseHeadersPolicyProps) {
    super(scope, id);
    checkValue('responseHeadersPolicyName', props.responseHeadersPolicyName, resourceNameProblem);
    if (!props.cors && props.strictTransportSecurityMaxAgeSeconds === undefined && !props.customHeaders) {
      invalid(
        'cors',
        'is missing and so are the other headers',
        props.cors,
        'Set cors, strictTransportSecurityMaxAgeSeconds or customHeaders: an empty policy does nothing.',
      );
    }
    const cors = props.cors;
    if (cors) checkCors(cors);
    const hsts = props.strictTransportSecurityMaxAgeSeconds;
    const custom = Object.entries(props.customHeaders ?? {});

    this.resource = new CloudfrontResponseHeadersPolicy(this, 'Resource', {
      name: props.responseHeadersPolicyName ?? uniqueResourceName(this, 128),
      comment: props.comment,
      corsConfig: cors && {
        accessControlAllowOrigins: { items: [...cors.allowOrigins] },
        accessControlAllowMethods: { items: [...(cors.allowMethods ?? ['GET', 'HEAD', 'OPTIONS'])] },
        accessControlAllowHeaders: { items: [...(cors.allowHeaders ?? ['*'])] },
        accessControlExposeHeaders: { items: [...(cors.exposeHeaders ?? ['Content-Length', 'Content-Range', 'Date', 'ETag'])] },
        accessControlAllowCredentials: cors.allowCredentials ?? false,
        accessControlMaxAgeSec: cors.maxAgeSeconds ?? 86400,
        originOverride: cors.originOverride ?? true,
      },
      securityHeadersConfig:
        hsts === undefined
          ? undefined
          : { strictTransportSecurity: { accessControlMaxAgeSec: hsts, includeSubdomains: true, override: true } },
      customHeadersConfig:
        custom.length === 0 ? undefined : { items: custom.map(([header, value]) => ({ header, value, override: true })) },
    });
    this.responseHeadersPolicyId = this.resource.id;
  }
}

function checkCors(cors: ResponseHeadersCorsProps): void {
  if (cors.allowOrigins.length === 0) {
    invalid('cors.allowOrigins', 'is empty', cors.allowOrigins, "List the players' origins (https://player.example.com) or '*'.");
  }
  checkEach('cors.allowOrigins', cors.allowOrigins, webOriginProblem);
  if (cors.allowCredentials && cors.allowOrigins.includes('*')) {
    invalid('cors.allowCredentials', "cannot be true when allowOrigins is '*'", true, 'Name the allowed origins, or turn credentials off.');
  }
  for (const method of cors.allowMethods ?? []) {
    if (!CORS_METHODS.includes(method)) {
      invalid('cors.allowMethods', 'contains an unknown method', method, `Use some of ${CORS_METHODS.join(', ')}.`);
    }
  }
}
