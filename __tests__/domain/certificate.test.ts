import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { EdgeCertificate, HttpOrigin, VideoDistribution } from '../../modules';
import { onlyResource, outputs, resources, synthJson, testStack } from '../support/synth';

describe('EdgeCertificate', () => {
  it('minimal: DNS-validated certificate in us-east-1 through one aliased provider, waits for validation', () => {
    const stack = testStack();
    const cert = new EdgeCertificate(stack, 'cert', { domainName: 'video.example.com', hostedZoneId: 'Z123' });
    const json = synthJson(stack);
    const usEast1 = json.provider!.aws.find((p) => p.alias === 'us_east_1');
    expect(usEast1).toMatchObject({ region: 'us-east-1' });
    expect(onlyResource(json, 'aws_acm_certificate')).toMatchObject({
      provider: 'aws.us_east_1',
      domain_name: 'video.example.com',
      validation_method: 'DNS',
      lifecycle: { create_before_destroy: true },
    });
    const validation = onlyResource(json, 'aws_acm_certificate_validation');
    expect(validation.provider).toBe('aws.us_east_1');
    expect(validation.validation_record_fqdns).toHaveLength(1);
    // The ARN the distribution gets is the validated one, so CloudFront waits for issuance.
    new VideoDistribution(stack, 'cdn', {
      defaultBehavior: { origin: new HttpOrigin('origin.example.com') },
      domainNames: ['video.example.com'],
      certificate: cert,
    });
    expect(onlyResource(synthJson(stack), 'aws_cloudfront_distribution').viewer_certificate.acm_certificate_arn).toMatch(
      /^\$\{aws_acm_certificate_validation\..*\.certificate_arn\}$/,
    );
  });

  it('SANs and wildcards: one validation record per distinct name, keyed by names known at synth', () => {
    const stack = testStack();
    new EdgeCertificate(stack, 'cert', {
      domainName: 'example.com',
      subjectAlternativeNames: ['*.example.com', 'video.example.org'],
      hostedZoneId: 'Z123',
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_acm_certificate').subject_alternative_names).toEqual(['*.example.com', 'video.example.org']);
    const records = resources(json, 'aws_route53_record');
    // example.com and *.example.com share one validation record.
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.name)).toEqual([
      expect.stringMatching(/domain_validation_options.*resource_record_name \}\["example.com"\]/),
      expect.stringMatching(/\["video.example.org"\]/),
    ]);
    expect(records.every((r) => r.zone_id === 'Z123' && r.allow_overwrite === true && r.for_each === undefined)).toBe(true);
    expect(onlyResource(json, 'aws_acm_certificate_validation').validation_record_fqdns).toHaveLength(2);
  });

  it('without a hosted zone: no records, the validation records become an output', () => {
    const stack = testStack();
    new EdgeCertificate(stack, 'cert', { domainName: 'video.example.com' });
    const json = synthJson(stack);
    expect(resources(json, 'aws_route53_record')).toHaveLength(0);
    expect(Object.keys(outputs(json))).toEqual([expect.stringMatching(/dns-validation-records/)]);
  });

  it('two certificates in one stack share the us-east-1 provider', () => {
    const stack = testStack();
    new EdgeCertificate(stack, 'a', { domainName: 'a.example.com' });
    new EdgeCertificate(stack, 'b', { domainName: 'b.example.com' });
    expect(synthJson(stack).provider!.aws.filter((p) => p.alias === 'us_east_1')).toHaveLength(1);
  });

  it('takes a provider, but only one for us-east-1', () => {
    const stack = testStack();
    const virginia = new AwsProvider(stack, 'virginia', { region: 'us-east-1', alias: 'virginia' });
    new EdgeCertificate(stack, 'cert', { domainName: 'video.example.com', provider: virginia });
    expect(onlyResource(synthJson(stack), 'aws_acm_certificate').provider).toBe('aws.virginia');
    const ireland = new AwsProvider(stack, 'ireland', { region: 'eu-west-1', alias: 'ireland' });
    expect(() => new EdgeCertificate(stack, 'bad', { domainName: 'video.example.com', provider: ireland })).toThrow(
      /'provider' is not configured for us-east-1, got: "eu-west-1"/,
    );
  });

  it.each([
    [{ domainName: 'https://video.example.com' }, /'domainName' is not a valid domain name/],
    [
      { domainName: 'video.example.com', subjectAlternativeNames: ['Video.example.com'] },
      /'subjectAlternativeNames' lists "Video.example.com" twice/,
    ],
    [
      { domainName: 'video.example.com', subjectAlternativeNames: ['bad name'] },
      /'subjectAlternativeNames' contains an entry that is not a valid domain name, got: "bad name"/,
    ],
  ])('rejects %j', (props, message) => {
    expect(() => new EdgeCertificate(testStack(), 'cert', props)).toThrow(message);
  });
});
