import { S3Object } from '@cdktf/provider-aws/lib/s3-object';
import { Construct } from 'constructs';
import { invalid } from '../private/invalid';
import { checkEach } from '../private/check-value';
import { webOriginProblem } from '../validation/web-origin';
import { S3BucketReference } from './bucket-reference';

/** Silverlight-era Smooth Streaming clients fetch this file from the root of the host before playing. */
export const CLIENT_ACCESS_POLICY_KEY = 'clientaccesspolicy.xml';

export interface ClientAccessPolicyProps {
  /** The bucket the distribution serves from its root. */
  readonly bucket: S3BucketReference;
  /**
   * Domains whose players may fetch from this host: `*` or origins like `https://player.example.com`.
   * @default ['*'] (the policy in the CloudFront guide)
   */
  readonly allowFromDomains?: readonly string[];
}

/**
 * The `clientaccesspolicy.xml` cross-domain policy that Microsoft Smooth Streaming players need
 * at the root of the distribution, written to the root of the origin bucket.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/on-demand-video.html
 */
export class ClientAccessPolicy extends Construct {
  /** The policy document. */
  public readonly xml: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: S3Object;

  constructor(scope: Construct, id: string, props: ClientAccessPolicyProps) {
    super(scope, id);
    const domains = props.allowFromDomains ?? ['*'];
    if (domains.length === 0) {
      invalid('allowFromDomains', 'is empty', domains, "List the players' origins (https://player.example.com) or '*'.");
    }
    checkEach('allowFromDomains', domains, webOriginProblem);
    this.xml = clientAccessPolicyXml(domains);
    this.resource = new S3Object(this, 'Resource', {
      bucket: props.bucket.bucket,
      key: CLIENT_ACCESS_POLICY_KEY,
      content: this.xml,
      contentType: 'text/xml',
      cacheControl: 'max-age=86400',
    });
  }
}

/** The policy: requests with any headers from `domains` may read every path. */
export function clientAccessPolicyXml(domains: readonly string[]): string {
  const allowFrom = domains.map((domain) => `        <domain uri="${escapeXml(domain)}"/>`).join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<access-policy>',
    '  <cross-domain-access>',
    '    <policy>',
    '      <allow-from http-request-headers="*">',
    allowFrom,
    '      </allow-from>',
    '      <grant-to>',
    '        <resource path="/" include-subpaths="true"/>',
    '      </grant-to>',
    '    </policy>',
    '  </cross-domain-access>',
    '</access-policy>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
