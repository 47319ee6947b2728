import { DistributionDnsRecords, DnsRecordType, HttpOrigin, VideoDistribution, EdgeCertificate } from '../../modules';
import { outputs, resources, synthJson, testStack } from '../support/synth';

const CERT_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';

function distribution(stack: ReturnType<typeof testStack>, aliases: string[]) {
  return new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin: new HttpOrigin('origin.example.com') },
    domainNames: aliases,
    certificate: EdgeCertificate.fromCertificateArn(CERT_ARN),
  });
}

describe('DistributionDnsRecords', () => {
  it('default: a CNAME per alias pointing at <id>.cloudfront.net', () => {
    const stack = testStack();
    new DistributionDnsRecords(stack, 'dns', {
      distribution: distribution(stack, ['video.example.com', 'live.example.com']),
      hostedZoneId: 'Z123',
    });
    const records = resources(synthJson(stack), 'aws_route53_record');
    expect(records).toHaveLength(2);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'video.example.com',
          type: 'CNAME',
          ttl: 300,
          zone_id: 'Z123',
          records: [expect.stringMatching(/aws_cloudfront_distribution\..*\.domain_name/)],
        }),
        expect.objectContaining({ name: 'live.example.com', type: 'CNAME' }),
      ]),
    );
  });

  it('ALIAS: A and AAAA alias records to the distribution zone, allowed at the apex', () => {
    const stack = testStack();
    new DistributionDnsRecords(stack, 'dns', {
      distribution: distribution(stack, ['example.com']),
      hostedZoneId: 'Z123',
      zoneName: 'example.com',
      recordType: DnsRecordType.ALIAS,
    });
    const records = resources(synthJson(stack), 'aws_route53_record');
    expect(records.map((r) => r.type)).toEqual(['A', 'AAAA']);
    expect(records[0].alias).toEqual({
      name: expect.stringMatching(/\.domain_name\}$/),
      zone_id: expect.stringMatching(/\.hosted_zone_id\}$/),
      evaluate_target_health: false,
    });
  });

  it('rejects a CNAME at the zone apex, and names outside the zone', () => {
    const stack = testStack();
    const cdn = distribution(stack, ['example.com']);
    expect(() => new DistributionDnsRecords(stack, 'dns', { distribution: cdn, hostedZoneId: 'Z1', zoneName: 'example.com' })).toThrow(
      /'recordType' is CNAME, but example.com is the zone apex where DNS allows no CNAME, got: "CNAME"\. Use DnsRecordType.ALIAS/,
    );
    expect(() => new DistributionDnsRecords(stack, 'dns2', { distribution: cdn, hostedZoneId: 'Z1', zoneName: 'example.org' })).toThrow(
      /'recordNames' contains a name outside the zone example.org/,
    );
  });

  it('DNS outside Route 53: no records, an output with the CNAME target', () => {
    const stack = testStack();
    new DistributionDnsRecords(stack, 'dns', { distribution: distribution(stack, ['video.example.com']) });
    const json = synthJson(stack);
    expect(resources(json, 'aws_route53_record')).toHaveLength(0);
    expect(Object.entries(outputs(json))).toEqual([[expect.stringMatching(/cname-target/), expect.stringMatching(/\.domain_name\}$/)]]);
  });

  it('rejects a distribution without aliases', () => {
    const stack = testStack();
    const cdn = new VideoDistribution(stack, 'cdn', { defaultBehavior: { origin: new HttpOrigin('o.example.com') } });
    expect(() => new DistributionDnsRecords(stack, 'dns', { distribution: cdn, hostedZoneId: 'Z1' })).toThrow(
      /'recordNames' is empty and the distribution has no aliases/,
    );
  });
});
