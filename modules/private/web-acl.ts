import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** CloudFront takes only global-scope WAFv2 web ACLs, whose ARNs name us-east-1 and `global/`. */
export function checkGlobalWebAcl(webAclId: string | undefined): void {
  if (webAclId === undefined || isUnresolved(webAclId)) return;
  const match = /^arn:aws[a-z-]*:wafv2:([a-z0-9-]+):\d{12}:(global|regional)\/webacl\/[^/]+\/[^/]+$/.exec(webAclId);
  if (!match) {
    invalid(
      'webAclId',
      'is not a WAFv2 web ACL ARN',
      webAclId,
      'Pass the ARN of a WAFv2 web ACL created with scope CLOUDFRONT (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>).',
    );
  }
  if (match[2] !== 'global' || match[1] !== 'us-east-1') {
    invalid(
      'webAclId',
      'is a regional web ACL; CloudFront needs a global one',
      webAclId,
      'Create the web ACL with scope CLOUDFRONT in us-east-1 and pass that ARN.',
    );
  }
}
