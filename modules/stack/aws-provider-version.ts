/**
 * The hashicorp/aws version the installed provider bindings are generated for: 5.100.0 with
 * `@cdktf/provider-aws` 20.1 (the cdktf flavor, video-cdn-cdktf), 6.x with `@cdktn/provider-aws`
 * 25 (the cdktn flavor, video-cdn-cdktn). What the library may write depends on it: the JSON is
 * the provider's, not the framework's.
 */

/** The bindings' package.json: cdktf's name the provider under `cdktf`, cdktn's under `cdktn`. */
interface BindingManifest {
  readonly cdktf?: { readonly provider?: { readonly version?: string } };
  readonly cdktn?: { readonly provider?: { readonly version?: string } };
}

// The specifier is the flavor's: the cdktn build rewrites it to @cdktn/provider-aws like every import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifest: BindingManifest = require('@cdktf/provider-aws/package.json');

function providerVersionOf(bindings: BindingManifest): string {
  const version = (bindings.cdktf ?? bindings.cdktn)?.provider?.version;
  // Guessing a line would write JSON for the wrong provider: refuse to load instead.
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(
      `video-cdn: cannot tell which hashicorp/aws version the installed AWS provider bindings are for (package.json 'cdktf.provider.version' or 'cdktn.provider.version' is ${JSON.stringify(version)}). Install the bindings this package names in its peerDependencies.`,
    );
  }
  return version;
}

/** `5.100.0`, `6.66.0`... */
export const AWS_PROVIDER_VERSION: string = providerVersionOf(manifest);

/** 5 or 6: the line that decides which arguments exist. */
export const AWS_PROVIDER_MAJOR: number = Number(AWS_PROVIDER_VERSION.split('.')[0]);

/** The package a project on this provider line installs, for messages. */
export function libraryPackageFor(awsMajor: number): string {
  return awsMajor >= 6
    ? 'video-cdn-cdktn (CDK Terrain, @cdktn/provider-aws, hashicorp/aws 6)'
    : 'video-cdn-cdktf (cdktf 0.21, @cdktf/provider-aws 20.1, hashicorp/aws 5.100)';
}
