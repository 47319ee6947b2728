/**
 * What the library may write depends on the hashicorp/aws version of the installed bindings, read
 * from their package.json: cdktf's bindings name it under `cdktf`, CDK Terrain's under `cdktn`.
 */
type VersionModule = typeof import('../../modules/stack/aws-provider-version');

/** The module loaded over bindings whose package.json is `manifest`. */
function loadedOver(manifest: object): VersionModule {
  let loaded: VersionModule | undefined;
  jest.isolateModules(() => {
    jest.doMock('@cdktf/provider-aws/package.json', () => manifest);
    loaded = jest.requireActual<VersionModule>('../../modules/stack/aws-provider-version');
  });
  return loaded!;
}

describe('AWS_PROVIDER_VERSION', () => {
  it("is the installed @cdktf/provider-aws 20.1's: 5.100.0", () => {
    const installed = jest.requireActual('@cdktf/provider-aws/package.json');
    expect(installed.cdktf.provider.version).toBe('5.100.0');
    expect(loadedOver(installed)).toMatchObject({ AWS_PROVIDER_VERSION: '5.100.0', AWS_PROVIDER_MAJOR: 5 });
  });

  it("reads CDK Terrain's bindings (@cdktn/provider-aws 25.7.0) under their own key", () => {
    const cdktnManifest = {
      name: '@cdktn/provider-aws',
      cdktn: { provider: { name: 'registry.terraform.io/hashicorp/aws', version: '6.66.0' } },
    };
    expect(loadedOver(cdktnManifest)).toMatchObject({ AWS_PROVIDER_VERSION: '6.66.0', AWS_PROVIDER_MAJOR: 6 });
  });

  it('refuses to guess when the bindings do not say (JSON for the wrong provider line would follow)', () => {
    expect(() => loadedOver({ name: '@cdktn/provider-aws', cdktn: { provider: {} } })).toThrow(
      /cannot tell which hashicorp\/aws version the installed AWS provider bindings are for \(package.json 'cdktf.provider.version' or 'cdktn.provider.version' is undefined\)\. Install the bindings this package names in its peerDependencies\./,
    );
  });
});
