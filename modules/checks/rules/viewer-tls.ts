import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { isTerraformExpression, isTerraformTrue, nestedBlock } from '../rule-context';

/** CloudFront security policies, weakest first. */
const SECURITY_POLICIES = [
  'SSLv3',
  'TLSv1',
  'TLSv1_2016',
  'TLSv1.1_2016',
  'TLSv1.2_2018',
  'TLSv1.2_2019',
  'TLSv1.2_2021',
  'TLSv1.2_2025',
  'TLSv1.3_2025',
];
const MINIMUM_POLICY = 'TLSv1.2_2021';
/** What hashicorp/aws writes when `minimum_protocol_version` is left out. */
const PROVIDER_DEFAULT_POLICY = 'TLSv1';

/** VCDN-TLS-1: viewers on a custom domain must not negotiate TLS below 1.2. */
export const ViewerTlsRule: PolicyRule = {
  id: 'VCDN-TLS-1',
  level: RuleLevel.ERROR,
  title: 'Viewer TLS below TLSv1.2_2021',
  description:
    'a custom certificate allows viewer TLS below `TLSv1.2_2021` (left out, the provider writes `TLSv1`); not applicable with the `*.cloudfront.net` certificate',
  why: 'TLS 1.0/1.1 and their ciphers are deprecated (PCI DSS, browsers); a custom certificate lets CloudFront refuse them',
  fix: "Set viewer_certificate.minimum_protocol_version to TLSv1.2_2021 or newer (VideoDistribution's default)",
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource) {
    const certificate = nestedBlock(resource.body.viewer_certificate);
    const custom = certificate.acm_certificate_arn !== undefined || certificate.iam_certificate_id !== undefined;
    if (isTerraformTrue(certificate.cloudfront_default_certificate) || !custom) {
      return notApplicable('the default *.cloudfront.net certificate has a TLS floor CloudFront sets');
    }
    const explicit = certificate.minimum_protocol_version;
    const version = explicit ?? PROVIDER_DEFAULT_POLICY;
    if (isTerraformExpression(version)) return notApplicable('minimum_protocol_version is only known at apply time');
    const rank = SECURITY_POLICIES.indexOf(String(version));
    if (rank < 0) return notApplicable(`unknown security policy "${String(version)}"`);
    if (rank >= SECURITY_POLICIES.indexOf(MINIMUM_POLICY)) return compliant();
    return nonCompliant(
      `viewer_certificate.minimum_protocol_version is ${String(version)}${explicit === undefined ? ' (the provider default when left out)' : ''}, which still accepts TLS below 1.2`,
    );
  },
};
