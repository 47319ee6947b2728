import { compliant, nonCompliant, PolicyRule, RuleLevel } from '../rule';

/** VCDN-WAF-1: a note that the distribution has no AWS WAF web ACL. */
export const WebAclRule: PolicyRule = {
  id: 'VCDN-WAF-1',
  level: RuleLevel.INFO,
  title: 'Distribution without a WAF web ACL',
  description: 'the distribution has no `web_acl_id`',
  why: 'no rate limiting, bot control or IP reputation filtering in front of the origin; for public video this is often an accepted trade-off (WAF bills per request)',
  fix: 'Pass webAclId (the ARN of a global-scope WAFv2 web ACL) to VideoDistribution, e.g. with AWS managed rules and a rate-based rule',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource) {
    const webAclId = resource.body.web_acl_id;
    return webAclId === undefined || webAclId === '' ? nonCompliant() : compliant();
  },
};
