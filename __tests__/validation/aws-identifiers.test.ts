import {
  accountIdProblem,
  edgeCertificateArnProblem,
  globalWebAclArnProblem,
  hostedZoneIdProblem,
  keyGroupIdProblem,
  kmsKeyArnProblem,
  kmsKeyOrAliasArnProblem,
  lambdaEdgeVersionArnProblem,
  regionProblem,
  secretIdProblem,
} from '../../modules';
import { ruleCases } from './rule-cases';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ALIAS = 'arn:aws:kms:eu-west-1:111122223333:alias/masters';

describe('accountIdProblem', () =>
  ruleCases(
    accountIdProblem,
    ['111122223333'],
    [
      ['1111', /12-digit/],
      ['11112222333a', /12-digit/],
    ],
  ));
describe('regionProblem', () =>
  ruleCases(
    regionProblem,
    ['eu-west-1', 'us-gov-west-1'],
    [
      ['Ireland', /region code/],
      ['eu-west', /region code/],
    ],
  ));
describe('hostedZoneIdProblem', () =>
  ruleCases(
    hostedZoneIdProblem,
    ['Z0123456789ABCDEFGHIJ', 'Z1'],
    [
      ['/hostedzone/Z1', /hosted zone id/],
      ['z1', /hosted zone id/],
    ],
  ));
describe('kmsKeyArnProblem', () =>
  ruleCases(
    kmsKeyArnProblem,
    [KEY],
    [
      [ALIAS, /alias ARN, but IAM policies only match key ARNs/],
      ['my-key', /not a KMS key ARN/],
    ],
  ));
describe('kmsKeyOrAliasArnProblem', () => ruleCases(kmsKeyOrAliasArnProblem, [KEY, ALIAS], [['alias/masters', /not a KMS key ARN/]]));
describe('edgeCertificateArnProblem', () =>
  ruleCases(
    edgeCertificateArnProblem,
    ['arn:aws:acm:us-east-1:111122223333:certificate/abcd-1234'],
    [
      ['arn:aws:acm:eu-west-1:111122223333:certificate/abcd-1234', /in eu-west-1, but CloudFront only accepts certificates from us-east-1/],
      ['certificate', /not an ACM certificate ARN/],
    ],
  ));
describe('globalWebAclArnProblem', () =>
  ruleCases(
    globalWebAclArnProblem,
    ['arn:aws:wafv2:us-east-1:111122223333:global/webacl/video/abcd'],
    [
      ['arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/video/abcd', /regional web ACL/],
      ['my-acl', /not a WAFv2 web ACL ARN/],
    ],
  ));
describe('secretIdProblem', () =>
  ruleCases(
    secretIdProblem,
    ['MediaPackage/live-channel', 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:live-AbCdEf'],
    [
      ['my secret', /not a Secrets Manager secret name/],
      ['arn:aws:secretsmanager:eu-west-1:123:secret:x', /not a Secrets Manager secret ARN/],
    ],
  ));

describe('lambdaEdgeVersionArnProblem', () =>
  ruleCases(
    lambdaEdgeVersionArnProblem,
    ['arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest:7'],
    [
      ['arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest', /has no version \(an unqualified ARN\)/],
      ['arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest:$LATEST', /names \$LATEST, not a numbered version/],
      ['arn:aws:lambda:us-east-1:111122223333:function:rewrite-manifest:live', /names the alias live, not a numbered version/],
      [
        'arn:aws:lambda:eu-west-1:111122223333:function:rewrite-manifest:7',
        /is in eu-west-1, but Lambda@Edge functions must be in us-east-1/,
      ],
      ['rewrite-manifest', /is not a Lambda function ARN/],
    ],
  ));
describe('keyGroupIdProblem', () =>
  ruleCases(keyGroupIdProblem, ['5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2f'], [['key group', /not a CloudFront key group id/]]));
