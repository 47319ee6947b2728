import { distributionOrigins } from '../distribution-blocks';
import { describeOrigin, OriginHostKind, originHost } from '../origin-hosts';
import { combineVerdicts, compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';
import { literalString, nestedBlock, RuleContext } from '../rule-context';

/** VCDN-S3-1: an S3 origin is read through Origin Access Control, so the bucket can stay private. */
export const S3OriginAccessControlRule: PolicyRule = {
  id: 'VCDN-S3-1',
  level: RuleLevel.ERROR,
  title: 'S3 origin without Origin Access Control',
  description:
    'an origin whose domain is an `aws_s3_bucket` or an `.s3.`/`.s3-` host has no `origin_access_control_id`, uses a legacy OAI, an OAC of another type or one that never signs; S3 website endpoints (public by design)',
  why: 'without OAC the bucket must be readable by anyone, so viewers can bypass CloudFront (and its WAF, geo restriction and signed URLs); legacy OAI lacks SSE-KMS and new regions',
  fix: 'Use S3Origin.withOriginAccessControl(bucket): an aws_cloudfront_origin_access_control (type s3, signing always) on the REST endpoint, and a bucket policy scoped by AWS:SourceArn',
  resourceTypes: ['aws_cloudfront_distribution'],
  evaluate(resource, context) {
    return combineVerdicts(
      distributionOrigins(resource.body).map((origin) => {
        const host = originHost(origin, context);
        if (host.kind !== OriginHostKind.S3 && host.kind !== OriginHostKind.S3_WEBSITE) return notApplicable();
        const described = describeOrigin(origin, host);
        if (host.kind === OriginHostKind.S3_WEBSITE) {
          return nonCompliant(
            `${described} is an S3 website endpoint, which needs a public bucket and cannot use OAC; use the bucket's REST endpoint (bucket_regional_domain_name)`,
          );
        }
        const identity = nestedBlock(origin.s3_origin_config).origin_access_identity;
        if (typeof identity === 'string' && identity !== '') {
          return nonCompliant(`${described} uses a legacy origin access identity (s3_origin_config)`);
        }
        const controlId = origin.origin_access_control_id;
        if (controlId === undefined || controlId === '') {
          return nonCompliant(`${described} has no origin_access_control_id, so the bucket must allow public reads`);
        }
        const problem = originAccessControlProblem(controlId, context);
        return problem ? nonCompliant(`${described} ${problem}`) : compliant();
      }),
    );
  },
};

/** What is wrong with the referenced OAC resource, if it is in the stack. */
function originAccessControlProblem(controlId: unknown, context: RuleContext): string | undefined {
  const control = context.references(controlId).find((reference) => reference.resource.type === 'aws_cloudfront_origin_access_control');
  if (!control) return undefined;
  const type = literalString(control.resource.body.origin_access_control_origin_type);
  if (type !== undefined && type !== 's3') return `uses an Origin Access Control of type ${type}, not s3`;
  if (control.resource.body.signing_behavior === 'never') return 'uses an Origin Access Control that never signs requests';
  return undefined;
}
