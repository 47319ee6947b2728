import { EdgeCertificate } from '../../../modules/domain/certificate';
import { ViewerTlsRule } from '../../../modules/checks/rules/viewer-tls';
import { RuleResult } from '../../../modules/checks/rule';
import { SecurityPolicyProtocol } from '../../../modules/cloudfront/distribution-settings';
import { VideoDistribution } from '../../../modules/cloudfront/distribution';
import { HttpOrigin } from '../../../modules/origins/http-origin';
import { testStack } from '../../support/synth';
import { CERTIFICATE_ARN, HOSTS, onlyVerdict, rawDistribution } from '../support';

function libraryDistribution(minimumProtocolVersion?: SecurityPolicyProtocol, customDomain = true) {
  const stack = testStack();
  new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin: new HttpOrigin(HOSTS.mediaPackage) },
    ...(customDomain && {
      domainNames: ['video.example.com'],
      certificate: EdgeCertificate.fromCertificateArn(CERTIFICATE_ARN, ['video.example.com']),
      minimumProtocolVersion,
    }),
  });
  return stack;
}

describe('VCDN-TLS-1 viewer TLS', () => {
  it('is compliant with a custom certificate and the library default (TLSv1.2_2021)', () => {
    expect(onlyVerdict(ViewerTlsRule, libraryDistribution()).result).toBe(RuleResult.COMPLIANT);
  });

  it.each(['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'])('is compliant with %s', (version) => {
    const stack = testStack();
    rawDistribution(stack, 'cdn', {
      aliases: ['video.example.com'],
      viewerCertificate: { acmCertificateArn: CERTIFICATE_ARN, sslSupportMethod: 'sni-only', minimumProtocolVersion: version },
    });
    expect(onlyVerdict(ViewerTlsRule, stack).result).toBe(RuleResult.COMPLIANT);
  });

  it.each([SecurityPolicyProtocol.TLS_V1_2_2019, SecurityPolicyProtocol.TLS_V1_1_2016, SecurityPolicyProtocol.TLS_V1])(
    'is non-compliant with %s on a custom certificate',
    (version) => {
      const verdict = onlyVerdict(ViewerTlsRule, libraryDistribution(version));
      expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
      expect(verdict.detail).toContain(`minimum_protocol_version is ${version}`);
    },
  );

  it('is non-compliant when a custom certificate leaves the version out (the provider writes TLSv1)', () => {
    const stack = testStack();
    rawDistribution(stack, 'cdn', {
      aliases: ['video.example.com'],
      viewerCertificate: { acmCertificateArn: CERTIFICATE_ARN, sslSupportMethod: 'sni-only' },
    });
    const verdict = onlyVerdict(ViewerTlsRule, stack);
    expect(verdict.result).toBe(RuleResult.NON_COMPLIANT);
    expect(verdict.detail).toMatch(/TLSv1 \(the provider default when left out\)/);
  });

  it('is not applicable with the default *.cloudfront.net certificate', () => {
    const verdict = onlyVerdict(ViewerTlsRule, libraryDistribution(undefined, false));
    expect(verdict.result).toBe(RuleResult.NOT_APPLICABLE);
    expect(verdict.detail).toMatch(/cloudfront\.net certificate/);
  });
});
