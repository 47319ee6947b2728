import { Testing } from 'cdktf';
import { buildCustomDomainExample } from '../../examples/custom-domain';
import { onlyResource, resources, synthJson } from '../support/synth';
import { describeWithTerraform, validateAndPlan } from '../support/terraform';

describe('library example with a custom domain and SANs', () => {
  const stack = buildCustomDomainExample(Testing.app());
  const json = synthJson(stack);

  it('has the certificate, one validation record per distinct name and alias A/AAAA records per name', () => {
    expect(onlyResource(json, 'aws_acm_certificate').subject_alternative_names).toEqual(['*.video.example.com', 'example.com']);
    const records = resources(json, 'aws_route53_record');
    const validation = records.filter((r) => r.allow_overwrite);
    const aliases = records.filter((r) => r.alias);
    expect(validation).toHaveLength(2); // video.example.com (+ its wildcard) and example.com
    expect(aliases).toHaveLength(6); // 3 names x (A + AAAA)
  });
});

describeWithTerraform('library example under real Terraform', () => {
  it('terraform validate and plan succeed (several certificate names plan without "Invalid for_each")', () => {
    const run = validateAndPlan(buildCustomDomainExample(Testing.app()));
    expect(run.validate.valid).toBe(true);
    expect(run.planSummary).toMatch(/^Plan: 17 to add, 0 to change, 0 to destroy\.$/);
  }, 180_000);
});
