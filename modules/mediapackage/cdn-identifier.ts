import { DataAwsSecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version';
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { secretIdProblem } from '../validation/aws-identifiers';
import { MediaPackageVersion } from './endpoint-url';

export interface MediaPackageCdnIdentifierSecretProps {
  /**
   * Name or ARN of the existing Secrets Manager secret that MediaPackage checks the CDN
   * authorization header against. It lives in the endpoints' account and region.
   */
  readonly secretId: string;
  /** Chooses the JSON key MediaPackage expects in the secret. @default MediaPackageVersion.V1 */
  readonly version?: MediaPackageVersion;
  /**
   * The key in the secret's JSON that holds the value.
   * @default "MediaPackageCDNIdentifier" (v1) or "MediaPackageV2CDNIdentifier" (v2), as MediaPackage requires
   */
  readonly secretKey?: string;
}

/**
 * Reads the MediaPackage CDN authorization value from an existing Secrets Manager secret (JSON
 * `{"MediaPackageCDNIdentifier": "<uuid>"}`), for `MediaPackageOriginProps.cdnIdentifier`.
 *
 * The value reaches the distribution as a Terraform expression, never as text in the
 * synthesized JSON. Terraform reads it with a data source, so `terraform plan` needs AWS
 * credentials that may read the secret; the value does end up in the Terraform state (encrypt
 * and restrict the state backend).
 */
export class MediaPackageCdnIdentifierSecret extends Construct {
  /** The key MediaPackage v1 reads from the secret. */
  public static readonly V1_SECRET_KEY = 'MediaPackageCDNIdentifier';
  /** The key MediaPackage v2 reads from the secret. */
  public static readonly V2_SECRET_KEY = 'MediaPackageV2CDNIdentifier';

  /** The CDN identifier, as a token resolved by Terraform. */
  public readonly cdnIdentifier: string;
  /** Escape hatch: the data source. */
  public readonly resource: DataAwsSecretsmanagerSecretVersion;

  constructor(scope: Construct, id: string, props: MediaPackageCdnIdentifierSecretProps) {
    super(scope, id);
    checkValue('secretId', props.secretId, secretIdProblem);
    const secretKey =
      props.secretKey ??
      (props.version === MediaPackageVersion.V2
        ? MediaPackageCdnIdentifierSecret.V2_SECRET_KEY
        : MediaPackageCdnIdentifierSecret.V1_SECRET_KEY);
    this.resource = new DataAwsSecretsmanagerSecretVersion(this, 'Resource', { secretId: props.secretId });
    // Renders as jsondecode(...).<key>: a secret without the key fails the plan, naming the key.
    this.cdnIdentifier = Token.asString(Fn.lookup(Fn.jsondecode(this.resource.secretString), secretKey));
  }
}
