import { compliant, nonCompliant, notApplicable, PolicyRule, RuleLevel } from '../rule';

const CLOUDFRONT_SERVICE = 'cloudfront.amazonaws.com';

/** VCDN-POLICY-1: a bucket or container policy admits CloudFront only on behalf of named distributions. */
export const ResourcePolicySourceArnRule: PolicyRule = {
  id: 'VCDN-POLICY-1',
  level: RuleLevel.ERROR,
  title: 'Resource policy grants cloudfront.amazonaws.com without an AWS:SourceArn condition',
  description:
    'an `aws_s3_bucket_policy` or `aws_media_store_container_policy` allows `cloudfront.amazonaws.com` without an `AWS:SourceArn` condition (any case, any operator, not `*`); policies that are not JSON at synth are not applicable',
  why: 'the CloudFront service principal acts for every distribution of every AWS account: without AWS:SourceArn anyone can create a distribution that reads this origin',
  fix: "Add Condition StringEquals { 'AWS:SourceArn': <distribution ARN> } to the statement (S3Origin and MediaStoreOrigin write it)",
  resourceTypes: ['aws_s3_bucket_policy', 'aws_media_store_container_policy'],
  evaluate(resource) {
    const document = parseJson(resource.body.policy);
    if (document === undefined) return notApplicable('the policy is not a JSON document known at synth time');
    const grants = statements(document).filter(
      (statement) => statement.Effect === 'Allow' && servicePrincipals(statement.Principal).includes(CLOUDFRONT_SERVICE),
    );
    if (grants.length === 0) return notApplicable();
    const unscoped = grants.filter((statement) => !scopedBySourceArn(statement.Condition));
    if (unscoped.length === 0) return compliant();
    const names = unscoped.map((statement, index) => (typeof statement.Sid === 'string' ? `"${statement.Sid}"` : `#${index + 1}`));
    return nonCompliant(`statement ${names.join(', ')} allows ${CLOUDFRONT_SERVICE} with no AWS:SourceArn condition naming a distribution`);
  },
};

type Statement = Record<string, unknown>;

/**
 * Parses a policy that may be a Terraform template: each `${...}` (which may hold quotes, e.g.
 * `${element(split(":", aws_x.y.arn), 4)}`) is masked first, as its value is only known at apply.
 */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(maskInterpolations(value));
  } catch {
    return undefined;
  }
}

function maskInterpolations(template: string): string {
  let masked = '';
  let index = 0;
  while (index < template.length) {
    const start = template.indexOf('${', index);
    if (start < 0) return masked + template.slice(index);
    let depth = 0;
    let end = start + 1;
    for (; end < template.length; end++) {
      if (template[end] === '{') depth++;
      else if (template[end] === '}' && --depth === 0) break;
    }
    if (end >= template.length) return masked + template.slice(index);
    masked += `${template.slice(index, start)}<expression>`;
    index = end + 1;
  }
  return masked;
}

function statements(document: unknown): Statement[] {
  const raw = (document as { Statement?: unknown } | null)?.Statement;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((item): item is Statement => typeof item === 'object' && item !== null);
}

function servicePrincipals(principal: unknown): string[] {
  const service = (principal as { Service?: unknown } | null)?.Service;
  return (Array.isArray(service) ? service : [service])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.toLowerCase());
}

/** Any operator (StringEquals, ArnLike...) on aws:SourceArn (keys are case-insensitive), with a value other than `*`. */
function scopedBySourceArn(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  return Object.values(condition).some((byKey) =>
    Object.entries(typeof byKey === 'object' && byKey !== null ? byKey : {}).some(([key, value]) => {
      if (key.toLowerCase() !== 'aws:sourcearn') return false;
      const values = (Array.isArray(value) ? value : [value]).filter((item) => typeof item === 'string');
      return values.length > 0 && !values.includes('*');
    }),
  );
}
