/** Account ids, regions and ARNs of the AWS resources a video CDN refers to. */
import { ValueRule } from './value-rule';

const PARTITION = 'aws[a-z-]*';
const REGION_PATTERN = '[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d';
const KMS_KEY_ARN = new RegExp(`^arn:${PARTITION}:kms:[a-z0-9-]+:\\d{12}:key/[A-Za-z0-9-]+$`);
const KMS_ALIAS_ARN = new RegExp(`^arn:${PARTITION}:kms:[a-z0-9-]+:\\d{12}:alias/[A-Za-z0-9/_-]+$`);
const ACM_CERTIFICATE_ARN = new RegExp(`^arn:${PARTITION}:acm:([a-z0-9-]+):\\d{12}:certificate/[A-Za-z0-9-]+$`);
const WEB_ACL_ARN = new RegExp(`^arn:${PARTITION}:wafv2:([a-z0-9-]+):\\d{12}:(global|regional)/webacl/[^/]+/[^/]+$`);
const SECRET_ARN = new RegExp(`^arn:${PARTITION}:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+$`);

/** A 12-digit AWS account id. */
export const accountIdProblem: ValueRule<string> = (value) =>
  /^\d{12}$/.test(value)
    ? undefined
    : { problem: 'must be a 12-digit AWS account id', fix: 'Write the account id as 12 digits, e.g. 111122223333.' };

/** A region code such as `eu-west-1`. */
export const regionProblem: ValueRule<string> = (value) =>
  new RegExp(`^${REGION_PATTERN}$`).test(value)
    ? undefined
    : { problem: 'must be an AWS region code like eu-west-1', fix: 'Use the region code, not its name.' };

/** A Route 53 hosted zone id such as `Z0123456789ABCDEFGHIJ`. */
export const hostedZoneIdProblem: ValueRule<string> = (value) =>
  /^Z[A-Z0-9]{1,31}$/.test(value)
    ? undefined
    : {
        problem: 'must be a Route 53 hosted zone id like Z0123456789ABCDEFGHIJ',
        fix: 'Copy the Hosted zone ID from the Route 53 console (without /hostedzone/).',
      };

/**
 * A KMS key ARN. IAM policies (the MediaConvert role's `kms:Decrypt`) match key ARNs only: an alias
 * ARN there grants nothing and the transcode fails with AccessDenied.
 */
export const kmsKeyArnProblem: ValueRule<string> = (value) => {
  if (KMS_KEY_ARN.test(value)) return undefined;
  if (KMS_ALIAS_ARN.test(value)) {
    return {
      problem: 'is a KMS alias ARN, but IAM policies only match key ARNs',
      fix: 'Use the key ARN the alias points to (aws kms describe-key --key-id alias/<name>): arn:aws:kms:<region>:<account>:key/<key-id>.',
    };
  }
  return { problem: 'is not a KMS key ARN', fix: 'Use arn:aws:kms:<region>:<account>:key/<key-id> (same region as the bucket).' };
};

/** A KMS key or alias ARN: what S3 default encryption (SSE-KMS) accepts. */
export const kmsKeyOrAliasArnProblem: ValueRule<string> = (value) =>
  KMS_KEY_ARN.test(value) || KMS_ALIAS_ARN.test(value)
    ? undefined
    : {
        problem: 'is not a KMS key ARN',
        fix: 'Use arn:aws:kms:<region>:<account>:key/<key-id> or ...:alias/<name> (same region as the bucket).',
      };

/** An ACM certificate ARN CloudFront can use: CloudFront only accepts certificates from us-east-1. */
export const edgeCertificateArnProblem: ValueRule<string> = (value) => {
  const match = ACM_CERTIFICATE_ARN.exec(value);
  if (!match) return { problem: 'is not an ACM certificate ARN', fix: 'Pass arn:aws:acm:us-east-1:<account>:certificate/<id>.' };
  if (match[1] !== 'us-east-1') {
    return {
      problem: `is in ${match[1]}, but CloudFront only accepts certificates from us-east-1`,
      fix: 'Request or import the certificate in us-east-1 (N. Virginia), or leave the ARN out to get a DNS-validated one.',
    };
  }
  return undefined;
};

/** The ARN of a WAFv2 web ACL CloudFront can use: scope CLOUDFRONT, so `global/` in us-east-1. */
export const globalWebAclArnProblem: ValueRule<string> = (value) => {
  const match = WEB_ACL_ARN.exec(value);
  if (!match) {
    return {
      problem: 'is not a WAFv2 web ACL ARN',
      fix: 'Pass the ARN of a WAFv2 web ACL created with scope CLOUDFRONT (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>).',
    };
  }
  if (match[2] !== 'global' || match[1] !== 'us-east-1') {
    return {
      problem: 'is a regional web ACL; CloudFront needs a global one',
      fix: 'Create the web ACL with scope CLOUDFRONT in us-east-1 and pass that ARN.',
    };
  }
  return undefined;
};

/** A Secrets Manager secret, by name or ARN. */
export const secretIdProblem: ValueRule<string> = (value) => {
  if (value.startsWith('arn:')) {
    return SECRET_ARN.test(value)
      ? undefined
      : {
          problem: 'is not a Secrets Manager secret ARN',
          fix: 'Use arn:aws:secretsmanager:<region>:<account>:secret:<name>-<suffix>, or the secret name.',
        };
  }
  return /^[A-Za-z0-9/_+=.@-]{1,512}$/.test(value)
    ? undefined
    : { problem: 'is not a Secrets Manager secret name', fix: 'Use the name (letters, digits and /_+=.@-) or the ARN of the secret.' };
};

const LAMBDA_FUNCTION_ARN = new RegExp(`^arn:${PARTITION}:lambda:(${REGION_PATTERN}):\\d{12}:function:[A-Za-z0-9_-]{1,64}(?::([^:]+))?$`);

/**
 * A Lambda@Edge function: a numbered version in us-east-1. CloudFront refuses `$LATEST`, aliases
 * and unqualified ARNs, and replicates functions from us-east-1 only; `terraform plan` accepts all
 * of them, the apply fails.
 */
export const lambdaEdgeVersionArnProblem: ValueRule<string> = (value) => {
  const match = LAMBDA_FUNCTION_ARN.exec(value);
  const fix =
    'Publish a version (aws_lambda_function with publish = true on a us-east-1 provider) and pass its qualified_arn, like arn:aws:lambda:us-east-1:111122223333:function:name:7.';
  if (!match) return { problem: 'is not a Lambda function ARN', fix };
  if (match[1] !== 'us-east-1') return { problem: `is in ${match[1]}, but Lambda@Edge functions must be in us-east-1`, fix };
  if (match[2] === undefined) return { problem: 'has no version (an unqualified ARN)', fix };
  if (!/^\d+$/.test(match[2]))
    return { problem: `names ${match[2] === '$LATEST' ? '$LATEST' : `the alias ${match[2]}`}, not a numbered version`, fix };
  return undefined;
};

/** A CloudFront key group id (what `aws cloudfront list-key-groups` shows as Id). */
export const keyGroupIdProblem: ValueRule<string> = (value) =>
  /^[A-Za-z0-9-]{8,64}$/.test(value)
    ? undefined
    : {
        problem: 'is not a CloudFront key group id',
        fix: 'Copy the Id from aws cloudfront list-key-groups (or the key group output of the stack that created it).',
      };

const EC2_INSTANCE_ARN = new RegExp(`^arn:${PARTITION}:ec2:${REGION_PATTERN}:\\d{12}:instance/i-[0-9a-f]{8,17}$`);
const LOAD_BALANCER_ARN = new RegExp(
  `^arn:${PARTITION}:elasticloadbalancing:${REGION_PATTERN}:\\d{12}:loadbalancer/(app|net)/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`,
);

/** What a CloudFront VPC origin reaches in a private subnet: an EC2 instance, an Application or a Network Load Balancer. */
export const vpcOriginEndpointArnProblem: ValueRule<string> = (value) =>
  EC2_INSTANCE_ARN.test(value) || LOAD_BALANCER_ARN.test(value)
    ? undefined
    : {
        problem: 'is not the ARN of an EC2 instance, an Application Load Balancer or a Network Load Balancer',
        fix: 'Use arn:aws:ec2:<region>:<account>:instance/i-... or arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app|net/<name>/<id> (a Gateway or Classic Load Balancer cannot be a VPC origin).',
      };
