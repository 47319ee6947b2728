import { Testing } from 'cdktf';
import { defaultUsEast1Placement, EdgeCertificate, UsEast1Placement, usEast1PlacementProblem, VideoCdnStack } from '../../modules';
import { resources, synthJson } from '../support/synth';

const newStack = (usEast1Placement?: UsEast1Placement) =>
  new VideoCdnStack(Testing.app(), 'live', { awsRegion: 'eu-west-1', usEast1Placement });

const certificate = (stack: VideoCdnStack) =>
  new EdgeCertificate(stack, 'certificate', { domainName: 'video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ' });

describe('us-east-1 placement', () => {
  it('the region argument needs hashicorp/aws 6; the aliased provider works on both lines', () => {
    expect(usEast1PlacementProblem(5)(UsEast1Placement.REGION_ARGUMENT)?.problem).toMatch(
      /needs hashicorp\/aws 6.*bindings are for 5\.100\.0/,
    );
    expect(usEast1PlacementProblem(6)(UsEast1Placement.REGION_ARGUMENT)).toBeUndefined();
    expect(usEast1PlacementProblem(5)(UsEast1Placement.ALIASED_PROVIDER)).toBeUndefined();
    expect(usEast1PlacementProblem(6)(UsEast1Placement.ALIASED_PROVIDER)).toBeUndefined();
  });

  it('defaults to one provider block where the provider has the region argument (aws 6), an alias otherwise', () => {
    expect(defaultUsEast1Placement(6)).toBe(UsEast1Placement.REGION_ARGUMENT);
    expect(defaultUsEast1Placement(5)).toBe(UsEast1Placement.ALIASED_PROVIDER);
  });

  it('the cdktf flavor (aws 5.100) refuses the region argument with the value and the way out', () => {
    expect(() => newStack(UsEast1Placement.REGION_ARGUMENT)).toThrow(
      /'usEast1Placement' needs hashicorp\/aws 6 .*got: "region-argument"\. Leave it out \(an aliased provider for us-east-1\), or move the project to CDK Terrain with video-cdn-cdktn/,
    );
  });

  it('on aws 5.100 a certificate names the aliased us-east-1 provider, with or without the explicit setting', () => {
    for (const placement of [undefined, UsEast1Placement.ALIASED_PROVIDER]) {
      const stack = newStack(placement);
      certificate(stack);
      const json = synthJson(stack);
      expect(json.provider?.aws).toEqual([
        expect.objectContaining({ region: 'eu-west-1' }),
        expect.objectContaining({ alias: 'us_east_1', region: 'us-east-1' }),
      ]);
      for (const type of ['aws_acm_certificate', 'aws_acm_certificate_validation']) {
        expect(resources(json, type).map((body) => [body.provider, body.region])).toEqual([['aws.us_east_1', undefined]]);
      }
    }
  });

  it('refuses a value that is not a placement', () => {
    expect(() => newStack('us-east-1' as UsEast1Placement)).toThrow(
      /'usEast1Placement' is not a placement, got: "us-east-1"\. Use one of: aliased-provider, region-argument\./,
    );
  });

  describe('on hashicorp/aws 6 bindings (the cdktn flavor; here the line is simulated, the bindings stay 5.100)', () => {
    let aws6: { modules: typeof import('../../modules'); Testing: typeof Testing };
    beforeAll(() => {
      jest.isolateModules(() => {
        jest.doMock('../../modules/stack/aws-provider-version', () => ({
          ...jest.requireActual('../../modules/stack/aws-provider-version'),
          AWS_PROVIDER_VERSION: '6.66.0',
          AWS_PROVIDER_MAJOR: 6,
        }));
        // A fresh module registry: the library and cdktf loaded again, over the simulated line.
        aws6 = { modules: jest.requireActual('../../modules'), Testing: jest.requireActual('cdktf').Testing };
      });
    });

    const aws6Stack = (usEast1Placement?: UsEast1Placement) => {
      const stack = new aws6.modules.VideoCdnStack(aws6.Testing.app(), 'live', { awsRegion: 'eu-west-1', usEast1Placement });
      new aws6.modules.EdgeCertificate(stack, 'certificate', { domainName: 'video.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ' });
      return stack;
    };

    it("places each us-east-1 resource by its own region argument, with the stack's one provider block", () => {
      const json = JSON.parse(aws6.Testing.synth(aws6Stack()));
      expect(json.provider.aws).toEqual([expect.objectContaining({ region: 'eu-west-1' })]);
      for (const type of ['aws_acm_certificate', 'aws_acm_certificate_validation']) {
        expect(resources(json, type).map((body) => [body.provider, body.region])).toEqual([[undefined, 'us-east-1']]);
      }
    });

    it('keeps the aliased provider when asked (a project migrating from cdktf whose state has it)', () => {
      const json = JSON.parse(aws6.Testing.synth(aws6Stack(UsEast1Placement.ALIASED_PROVIDER)));
      expect(json.provider.aws).toHaveLength(2);
      expect(resources(json, 'aws_acm_certificate').map((body) => [body.provider, body.region])).toEqual([['aws.us_east_1', undefined]]);
    });

    it('cannot change once a construct has placed a resource in us-east-1 (the stack would be split between two placements)', () => {
      const stack = aws6Stack();
      aws6.modules.setUsEast1Placement(stack, UsEast1Placement.REGION_ARGUMENT); // the one in force: accepted
      expect(() => aws6.modules.setUsEast1Placement(stack, UsEast1Placement.ALIASED_PROVIDER)).toThrow(
        /'usEast1Placement' is set after a construct already placed a resource in us-east-1 by region-argument, got: "aliased-provider"\. Set it first/,
      );
    });
  });
});
