/**
 * The check that stands in for `terraform validate` on hashicorp/aws 6 JSON must itself catch what
 * Terraform would refuse: each case is a real schema entry and one mistake.
 */
import * as path from 'path';
import { readAwsSchema, schemaProblems } from '../support/provider-schema';

const schema = readAwsSchema(path.resolve(__dirname, '..', '..', 'terraform', 'schemas', 'aws-6.47.0-schema-subset.json'));
const problemsOf = (type: string, body: Record<string, unknown>) => schemaProblems({ resource: { [type]: { x: body } } }, schema);

const CERTIFICATE = { domain_name: 'video.example.com', validation_method: 'DNS' };
const KEY_GROUP = { name: 'players', items: ['${aws_cloudfront_public_key.k.id}'] };

describe('schemaProblems (hashicorp/aws 6.47.0 subset)', () => {
  it('accepts valid resources, meta-arguments and expressions', () => {
    expect(problemsOf('aws_acm_certificate', { ...CERTIFICATE, region: 'us-east-1', provider: 'aws.x', lifecycle: {} })).toEqual([]);
    expect(problemsOf('aws_cloudfront_key_group', KEY_GROUP)).toEqual([]);
    expect(schemaProblems({ data: { aws_caller_identity: { me: {} } } }, schema)).toEqual([]);
  });

  it('reports an unknown type, an unknown argument, a computed-only attribute and a missing required one', () => {
    expect(problemsOf('aws_cloudfront_nonexistent', {})).toEqual([
      'aws_cloudfront_nonexistent.x: aws_cloudfront_nonexistent is not a resource type of the schema',
    ]);
    expect(problemsOf('aws_acm_certificate', { ...CERTIFICATE, domain: 'x' })).toEqual([
      'aws_acm_certificate.x.domain: not an argument or block of the schema',
    ]);
    expect(problemsOf('aws_acm_certificate', { ...CERTIFICATE, arn: 'arn:aws:acm:...' })).toEqual([
      'aws_acm_certificate.x.arn: is computed, not an argument',
    ]);
    expect(problemsOf('aws_cloudfront_key_group', { items: KEY_GROUP.items })).toEqual([
      'aws_cloudfront_key_group.x.name: required, missing',
    ]);
    // aws 6 renamed the S3 bucket's region attribute: `region` is now the argument, `bucket_region` is read-only.
    expect(problemsOf('aws_s3_bucket', { bucket_region: 'eu-west-1' })).toEqual([
      'aws_s3_bucket.x.bucket_region: is computed, not an argument',
    ]);
  });

  it('reports wrong value types, in attributes and inside nested blocks', () => {
    expect(problemsOf('aws_cloudfront_key_group', { ...KEY_GROUP, items: 'one-key' })).toEqual([
      'aws_cloudfront_key_group.x.items: expected a set, got "one-key"',
    ]);
    expect(
      problemsOf('aws_cloudfront_cache_policy', {
        name: 'segments',
        default_ttl: 'a day',
        parameters_in_cache_key_and_forwarded_to_origin: [
          {
            cookies_config: [{ cookie_behavior: 'none' }],
            headers_config: [{ header_behavior: 'none' }],
            query_strings_config: [{ query_string_behavior: 'none' }],
            enable_accept_encoding_gzip: 'yes',
          },
        ],
      }),
    ).toEqual([
      'aws_cloudfront_cache_policy.x.default_ttl: expected a number, got "a day"',
      'aws_cloudfront_cache_policy.x.parameters_in_cache_key_and_forwarded_to_origin[0].enable_accept_encoding_gzip: expected a bool, got "yes"',
    ]);
  });

  it('reports too many blocks and a missing required block', () => {
    const parameters = {
      cookies_config: [{ cookie_behavior: 'none' }],
      headers_config: [{ header_behavior: 'none' }],
      query_strings_config: [{ query_string_behavior: 'none' }],
    };
    expect(
      problemsOf('aws_cloudfront_cache_policy', { name: 'p', parameters_in_cache_key_and_forwarded_to_origin: [parameters, parameters] }),
    ).toEqual(['aws_cloudfront_cache_policy.x.parameters_in_cache_key_and_forwarded_to_origin: 2 blocks, at most 1']);
    expect(problemsOf('aws_cloudfront_cache_policy', { name: 'p' })).toEqual([
      'aws_cloudfront_cache_policy.x.parameters_in_cache_key_and_forwarded_to_origin: at least 1 block(s) required, missing',
    ]);
  });
});
