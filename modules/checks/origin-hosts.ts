import { literalString, RuleContext, TerraformBody } from './rule-context';

/** What an origin's domain is, as far as policy rules care. */
export enum OriginHostKind {
  /** S3 REST endpoint (`<bucket>.s3.<region>.amazonaws.com`): HTTPS, Origin Access Control. */
  S3 = 'S3',
  /** S3 static website endpoint (`<bucket>.s3-website-<region>.amazonaws.com`): HTTP only, public bucket. */
  S3_WEBSITE = 'S3 website',
  MEDIAPACKAGE = 'MediaPackage',
  MEDIAPACKAGE_V2 = 'MediaPackage v2',
  MEDIASTORE = 'MediaStore',
  MKIO = 'MK.IO',
  CLOUDFRONT = 'CloudFront',
  /** Another AWS service endpoint with an AWS certificate for its own host name (API Gateway, Lambda URLs...). */
  AWS_HTTPS = 'AWS service',
  /** A vendor host with a valid certificate for its own name (Azure Blob, Google Cloud Storage...). */
  VENDOR_HTTPS = 'vendor',
  /** AWS host names no certificate covers (load balancer and EC2 DNS names): HTTPS needs a custom domain. */
  AWS_WITHOUT_CERTIFICATE = 'AWS (no certificate for this name)',
  /** Any other host: its TLS support cannot be told from the name. */
  UNKNOWN = 'unknown',
}

/** First match wins: the specific AWS endpoints before the catch-all amazonaws.com. */
const HOST_KINDS: ReadonlyArray<readonly [RegExp, OriginHostKind]> = [
  [/(^|\.)s3-website[.-]/, OriginHostKind.S3_WEBSITE],
  [/(^|\.)s3[.-]([a-z0-9-]+\.)*amazonaws\.com(\.cn)?$/, OriginHostKind.S3],
  [/\.mediapackagev2\.[a-z0-9-]+\.amazonaws\.com$/, OriginHostKind.MEDIAPACKAGE_V2],
  [/\.mediapackage\.[a-z0-9-]+\.amazonaws\.com$/, OriginHostKind.MEDIAPACKAGE],
  [/\.data\.mediastore\.[a-z0-9-]+\.amazonaws\.com$/, OriginHostKind.MEDIASTORE],
  [/\.(elb|compute|compute-1)\.([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/, OriginHostKind.AWS_WITHOUT_CERTIFICATE],
  [/\.amazonaws\.com(\.cn)?$/, OriginHostKind.AWS_HTTPS],
  [/\.on\.aws$/, OriginHostKind.AWS_HTTPS],
  [/\.(awsapprunner|amplifyapp)\.com$/, OriginHostKind.AWS_HTTPS],
  [/\.cloudfront\.net$/, OriginHostKind.CLOUDFRONT],
  [/\.streaming\.mediakind\.com$/, OriginHostKind.MKIO],
  [/\.mediakind\.com$/, OriginHostKind.VENDOR_HTTPS],
  [/\.blob\.core\.windows\.net$/, OriginHostKind.VENDOR_HTTPS],
  [/(^|\.)storage\.googleapis\.com$/, OriginHostKind.VENDOR_HTTPS],
];

/** Resource types whose attributes make an origin domain (`${aws_s3_bucket.b.bucket_regional_domain_name}`). */
const REFERENCED_KINDS: Readonly<Record<string, (attribute: string | undefined) => OriginHostKind>> = {
  aws_s3_bucket: (attribute) => (attribute?.startsWith('website') ? OriginHostKind.S3_WEBSITE : OriginHostKind.S3),
  aws_s3_bucket_website_configuration: () => OriginHostKind.S3_WEBSITE,
  aws_media_store_container: () => OriginHostKind.MEDIASTORE,
  aws_cloudfront_distribution: () => OriginHostKind.CLOUDFRONT,
  aws_lambda_function_url: () => OriginHostKind.AWS_HTTPS,
  aws_apigatewayv2_api: () => OriginHostKind.AWS_HTTPS,
  aws_lb: () => OriginHostKind.AWS_WITHOUT_CERTIFICATE,
  aws_alb: () => OriginHostKind.AWS_WITHOUT_CERTIFICATE,
  aws_elb: () => OriginHostKind.AWS_WITHOUT_CERTIFICATE,
  aws_instance: () => OriginHostKind.AWS_WITHOUT_CERTIFICATE,
  aws_eip: () => OriginHostKind.AWS_WITHOUT_CERTIFICATE,
};

/** Kinds whose host serves HTTPS with a certificate matching the host name CloudFront connects to. */
const HTTPS_CAPABLE = new Set<OriginHostKind>([
  OriginHostKind.S3,
  OriginHostKind.MEDIAPACKAGE,
  OriginHostKind.MEDIAPACKAGE_V2,
  OriginHostKind.MEDIASTORE,
  OriginHostKind.MKIO,
  OriginHostKind.CLOUDFRONT,
  OriginHostKind.AWS_HTTPS,
  OriginHostKind.VENDOR_HTTPS,
]);

export interface OriginHost {
  /** The literal host, or the referenced `type.name.attr` when the domain is an expression. */
  readonly label: string;
  readonly kind: OriginHostKind;
}

/** Classifies an `origin` block's `domain_name`, following a reference to a resource of the stack. */
export function originHost(origin: TerraformBody, context: RuleContext): OriginHost {
  const domain = origin.domain_name;
  const literal = literalString(domain);
  if (literal !== undefined) {
    const host = literal
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[/:].*$/, '')
      .replace(/\.$/, '');
    return { label: host, kind: HOST_KINDS.find(([pattern]) => pattern.test(host))?.[1] ?? OriginHostKind.UNKNOWN };
  }
  for (const reference of context.references(domain)) {
    const kind = REFERENCED_KINDS[reference.resource.type]?.(reference.attribute);
    if (kind) return { label: `${reference.resource.address}${reference.attribute ? `.${reference.attribute}` : ''}`, kind };
  }
  return { label: typeof domain === 'string' ? domain : '(no domain_name)', kind: OriginHostKind.UNKNOWN };
}

/** True when the origin's host is known to serve HTTPS with a certificate for its own name. */
export function supportsHttps(kind: OriginHostKind): boolean {
  return HTTPS_CAPABLE.has(kind);
}

/** `origin "live" (abc.mediapackage.eu-west-1.amazonaws.com)`, for messages. */
export function describeOrigin(origin: TerraformBody, host: OriginHost): string {
  return `origin "${String(origin.origin_id ?? '?')}" (${host.label})`;
}
