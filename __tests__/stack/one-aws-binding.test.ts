import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { awsBindingVersions, EdgeCertificate, HttpOrigin, VideoCdnStack, VideoDistribution } from '../../modules';

/** A resource class as @cdktn/provider-aws 25 generates it: the same base class, another generator version. */
function awsResourceOf(stack: TerraformStack, providerVersion: string) {
  return new TerraformResource(stack, `posters-${providerVersion}`, {
    terraformResourceType: 'aws_s3_bucket',
    terraformGeneratorMetadata: { providerName: 'aws', providerVersion },
  });
}

function stackWithDistribution(): VideoCdnStack {
  const stack = new VideoCdnStack(Testing.app(), 'live', { awsRegion: 'eu-west-1' });
  new VideoDistribution(stack, 'distribution', { defaultBehavior: { origin: new HttpOrigin('origin.example.com') } });
  return stack;
}

describe('one hashicorp/aws binding generation per stack', () => {
  it("the library's own stacks use the installed bindings' version only", () => {
    expect(awsBindingVersions(stackWithDistribution())).toEqual(['5.100.0']);
  });

  it('synth fails when a stack mixes the library (5.100) with resources generated for aws 6, naming both versions and the packages to use', () => {
    const stack = stackWithDistribution();
    awsResourceOf(stack, '6.66.0');
    expect(awsBindingVersions(stack)).toEqual(['5.100.0', '6.66.0']);
    expect(() => Testing.synth(stack, true)).toThrow(
      /Stack live mixes hashicorp\/aws bindings generated for 5\.100\.0 and 6\.66\.0 \(5\.100\.0: live\/aws; 6\.66\.0: live\/posters-6\.66\.0\): Terraform gets one required_providers pin .*Use one binding package per stack: video-cdn-cdktf \(cdktf 0\.21.*, or video-cdn-cdktn \(CDK Terrain/,
    );
  });

  it('bindings of the same version mix freely (a project adding its own @cdktf/provider-aws resources)', () => {
    const stack = stackWithDistribution();
    awsResourceOf(stack, '5.100.0');
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('a stack of your own holding only a us-east-1 construct (a certificate) is checked too', () => {
    const stack = new TerraformStack(Testing.app(), 'certificates');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    new EdgeCertificate(stack, 'certificate', { domainName: 'video.example.com' });
    awsResourceOf(stack, '6.66.0');
    expect(() => Testing.synth(stack, true)).toThrow(
      /Stack certificates mixes hashicorp\/aws bindings generated for 5\.100\.0 and 6\.66\.0/,
    );
  });

  it('a stack that is not a VideoCdnStack is checked too, from the distribution', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'plain');
    new VideoDistribution(stack, 'distribution', { defaultBehavior: { origin: new HttpOrigin('origin.example.com') } });
    awsResourceOf(stack, '6.66.0');
    expect(() => Testing.synth(stack, true)).toThrow(/Stack plain mixes hashicorp\/aws bindings generated for 5\.100\.0 and 6\.66\.0/);
  });
});
