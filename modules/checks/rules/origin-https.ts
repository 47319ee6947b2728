import { distributionBehaviors, distributionOrigins, reachedOriginIds } from '../distribution-blocks';
import { describeOrigin, originHost, supportsHttps } from '../origin-hosts';
import { combineVerdicts, compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { isTerraformExpression, nestedBlock, ResolvedResource } from '../rule-context';

/** VCDN-TLS-2: CloudFront must not fetch over plain HTTP from an origin that serves HTTPS. */
export const OriginHttpsRule: PolicyRule = {
  id: 'VCDN-TLS-2',
  level: RuleLevel.ERROR,
  title: 'Origin reached over plain HTTP although it serves HTTPS',
  description:
    'an origin uses `http-only`, or `match-viewer` with a behavior that allows HTTP viewers, and its host serves HTTPS: S3 REST, MediaPackage, MediaStore, other `*.amazonaws.com` service endpoints, `*.on.aws`, `*.cloudfront.net`, `*.mediakind.com`, Azure Blob, Google Cloud Storage; other hosts (your own servers, load balancer and EC2 names, S3 website endpoints) are not applicable',
  why: 'between the edge and the origin the stream, tokens and CDN-authorization headers travel in clear text over the internet',
  fix: "Set custom_origin_config.origin_protocol_policy to https-only (HttpOrigin's default, OriginProtocolPolicy.HTTPS_ONLY)",
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    return combineVerdicts(
      distributionOrigins(resource.body).map((origin) => {
        const policy = nestedBlock(origin.custom_origin_config).origin_protocol_policy;
        // S3 REST origins have no protocol setting; an expression is only known at apply time.
        if (policy === undefined || isTerraformExpression(policy)) return notApplicable();
        if (policy === 'https-only') return compliant();
        const host = originHost(origin, context);
        // Only hosts known to serve HTTPS with a certificate for their own name can be asked to.
        if (!supportsHttps(host.kind)) return notApplicable();
        if (policy === 'match-viewer' && !allowsHttpViewers(resource, String(origin.origin_id))) return compliant();
        const how = policy === 'match-viewer' ? 'match-viewer with viewers allowed on HTTP' : String(policy);
        return nonCompliant(`${describeOrigin(origin, host)} uses ${how}, but ${host.kind} origins serve HTTPS`);
      }),
    );
  },
};

/** match-viewer only sends HTTP to the origin when some behavior reaching it (directly or through a group) lets viewers use HTTP. */
function allowsHttpViewers(distribution: ResolvedResource, originId: string): boolean {
  return distributionBehaviors(distribution.body).some(
    (behavior) => reachedOriginIds(distribution.body, behavior).includes(originId) && behavior.body.viewer_protocol_policy === 'allow-all',
  );
}
