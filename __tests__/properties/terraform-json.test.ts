/**
 * The well-formedness checker the properties rely on: it must accept what cdktf emits and flag
 * each kind of broken Terraform, or the properties could not fail.
 */
import { expressionReferences, templateParts, TerraformDocument, terraformJsonProblems } from './terraform-json';

/** A small stack as cdktf writes it: one origin, one behavior, one cache policy. */
function stack(): Record<string, any> {
  return {
    provider: { aws: [{ region: 'eu-west-1' }, { alias: 'us_east_1', region: 'us-east-1' }] },
    terraform: { backend: { local: { path: 'terraform.tfstate' } } },
    resource: {
      aws_cloudfront_cache_policy: {
        policy_A1: {
          name: 'stack-policy-a1b2c3d4',
          min_ttl: 1,
          default_ttl: 2,
          max_ttl: 10,
          parameters_in_cache_key_and_forwarded_to_origin: {
            query_strings_config: { query_string_behavior: 'whitelist', query_strings: { items: ['m', 'start'] } },
            headers_config: { header_behavior: 'none' },
            cookies_config: { cookie_behavior: 'none' },
          },
        },
      },
      aws_acm_certificate: { cert_B2: { provider: 'aws.us_east_1', domain_name: 'video.example.com', domain_validation_options: [] } },
      aws_route53_record: {
        validation_C3: {
          zone_id: 'Z1',
          name: '${{ for key, val in toset(tolist(aws_acm_certificate.cert_B2.domain_validation_options)): val.domain_name => val.resource_record_name }["video.example.com"]}',
          type: 'CNAME',
          ttl: 60,
        },
      },
      aws_cloudfront_distribution: {
        cdn_D4: {
          comment: 'Costs $$5, "quoted" and $${escaped}',
          origin: [
            {
              origin_id: 'live',
              domain_name: 'origin.example.com',
              origin_path: '/live',
              custom_origin_config: { http_port: 80, https_port: 443 },
            },
          ],
          default_cache_behavior: {
            target_origin_id: 'live',
            allowed_methods: ['GET', 'HEAD'],
            cached_methods: ['GET', 'HEAD'],
            cache_policy_id: '${aws_cloudfront_cache_policy.policy_A1.id}',
          },
          ordered_cache_behavior: [
            {
              path_pattern: '*.m3u8',
              target_origin_id: 'live',
              allowed_methods: ['GET', 'HEAD'],
              cached_methods: ['GET', 'HEAD'],
              cache_policy_id: '${aws_cloudfront_cache_policy.policy_A1.id}',
            },
          ],
          aliases: ['video.example.com'],
          viewer_certificate: {
            acm_certificate_arn: '${aws_acm_certificate.cert_B2.arn}',
            ssl_support_method: 'sni-only',
            minimum_protocol_version: 'TLSv1.2_2021',
          },
          depends_on: ['aws_route53_record.validation_C3'],
        },
      },
    },
    output: {
      urls: {
        value: '${lookup(aws_cloudfront_distribution.cdn_D4.aliases, 0, "https://${aws_cloudfront_distribution.cdn_D4.domain_name}")}',
      },
    },
  };
}

describe("terraformJsonProblems (the properties' well-formedness check)", () => {
  it('accepts a stack as cdktf writes it: references, for expressions, functions, nested and escaped templates', () => {
    expect(terraformJsonProblems(stack() as TerraformDocument)).toEqual([]);
  });

  it.each<[string, (json: ReturnType<typeof stack>) => void, RegExp]>([
    [
      'text that Terraform reads as a reference',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.comment = 'cost ${price}'),
      /names "price", which is nothing Terraform knows/,
    ],
    [
      'a template directive in text',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.comment = '%{ if true }x%{ endif }'),
      /template directive/,
    ],
    [
      'a reference to a resource that does not exist',
      (json) => (json.output.urls.value = '${aws_s3_bucket.gone.arn}'),
      /aws_s3_bucket\.gone\.arn/,
    ],
    [
      'a dangling reference inside a nested template',
      (json) => (json.output.urls.value = '${lookup(x_y.z, 0, "${aws_s3_bucket.gone.arn}")}'),
      /x_y\.z[\s\S]*aws_s3_bucket\.gone/,
    ],
    ['an expression in a tag key', (json) => (json.resource.aws_acm_certificate.cert_B2.tags = { '${env}': 'x' }), /\(key\)/],
    ['an unterminated interpolation', (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.comment = 'a ${b'), /unterminated/],
    ['an expression in the backend', (json) => (json.terraform.backend.local.path = '${var.path}'), /where Terraform allows none/],
    [
      'depends_on a missing resource',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.depends_on = ['aws_s3_bucket.gone']),
      /depends_on/,
    ],
    ['an unknown provider alias', (json) => (json.resource.aws_acm_certificate.cert_B2.provider = 'aws.eu'), /not a configured provider/],
    ['a distribution without origins', (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.origin = []), /has no origin/],
    [
      'a behavior targeting a missing origin',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.ordered_cache_behavior[0].target_origin_id = 'vod'),
      /targets origin "vod"/,
    ],
    [
      'two behaviors with one path pattern (leading / ignored)',
      (json) =>
        json.resource.aws_cloudfront_distribution.cdn_D4.ordered_cache_behavior.push({
          ...json.resource.aws_cloudfront_distribution.cdn_D4.ordered_cache_behavior[0],
          path_pattern: '/*.m3u8',
        }),
      /two behaviors for path pattern \*\.m3u8/,
    ],
    [
      'an ordered behavior for *',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.ordered_cache_behavior[0].path_pattern = '/*'),
      /invalid ordered path pattern/,
    ],
    [
      'an old TLS floor with a custom certificate',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.viewer_certificate.minimum_protocol_version = 'TLSv1'),
      /TLSv1 with a custom certificate/,
    ],
    ['a comment over 128 UTF-8 bytes', (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.comment = '✓'.repeat(50)), /150 bytes/],
    [
      'an IP address as origin',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.origin[0].domain_name = '10.0.0.1'),
      /IP address/,
    ],
    [
      'an origin path ending in /',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.origin[0].origin_path = '/live/'),
      /origin path/,
    ],
    [
      'a port CloudFront cannot use',
      (json) => (json.resource.aws_cloudfront_distribution.cdn_D4.origin[0].custom_origin_config.https_port = 444),
      /https_port 444/,
    ],
    [
      'an error response status CloudFront cannot answer with',
      (json) =>
        (json.resource.aws_cloudfront_distribution.cdn_D4.custom_error_response = [
          { error_code: 404, response_code: 302, response_page_path: '/x' },
        ]),
      /status 302/,
    ],
    ['TTLs out of order', (json) => (json.resource.aws_cloudfront_cache_policy.policy_A1.min_ttl = 20), /out of order/],
    [
      'more than 10 names in a policy list',
      (json) =>
        (json.resource.aws_cloudfront_cache_policy.policy_A1.parameters_in_cache_key_and_forwarded_to_origin.query_strings_config.query_strings.items =
          'abcdefghijk'.split('')),
      /11 names, above 10/,
    ],
    [
      'a whitelist without names',
      (json) =>
        delete json.resource.aws_cloudfront_cache_policy.policy_A1.parameters_in_cache_key_and_forwarded_to_origin.query_strings_config
          .query_strings,
      /whitelist without names/,
    ],
    [
      'a certificate name ending in a period',
      (json) => (json.resource.aws_acm_certificate.cert_B2.domain_name = 'video.example.com.'),
      /ends with a period/,
    ],
    ['a number no provider integer holds', (json) => (json.resource.aws_route53_record.validation_C3.ttl = 3.1e70), /the number 3\.1e\+70/],
    [
      'two records for one name and type',
      (json) => {
        json.resource.aws_route53_record.other_E5 = { zone_id: 'Z1', name: 'a.example.com', type: 'A' };
        json.resource.aws_route53_record.again_F6 = { zone_id: 'Z1', name: 'A.example.com.', type: 'A' };
      },
      /same record set/,
    ],
  ])('flags %s', (_name, breakIt, problem) => {
    const json = stack();
    breakIt(json);
    expect(terraformJsonProblems(json as TerraformDocument).join('\n')).toMatch(problem);
  });

  it('templateParts and expressionReferences: escapes are text, bound names and functions are not references', () => {
    expect(templateParts('$${a} %%{b} ${c.d.e} %{ if x }')).toEqual([
      { kind: 'interpolation', source: 'c.d.e' },
      { kind: 'directive', source: ' if x ' },
    ]);
    expect(expressionReferences('{ for k, v in toset(aws_x.y.list): v.name => upper(k) }').map((reference) => reference.root)).toEqual([
      'aws_x',
    ]);
    expect(
      expressionReferences('data.aws_secretsmanager_secret_version.s.secret_string').map((reference) => [
        reference.root,
        ...reference.parts,
      ]),
    ).toEqual([['data', 'aws_secretsmanager_secret_version', 's', 'secret_string']]);
  });
});
