import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { VideoDistribution } from '../../modules';

/**
 * What the service that signs or issues viewer credentials needs from a stack with viewerAccess:
 * the public key ids (the Key-Pair-Id of signed URLs and cookies) and the key group, or the key
 * value store and the exact command that puts an HMAC key into it.
 */
export function viewerAccessOutputs(scope: Construct, distribution: VideoDistribution): void {
  const access = distribution.viewerAccess;
  if (!access) return;
  if (access.keyGroup) {
    new TerraformOutput(scope, 'viewer-access-key-group-id', {
      description: 'Key group every protected behavior trusts',
      value: access.keyGroup.keyGroupId,
    });
    new TerraformOutput(scope, 'viewer-access-public-key-ids', {
      description: 'Key-Pair-Id to sign with, by key name: the signer sends the id of the key whose private half it holds',
      value: Object.fromEntries(access.publicKeys.map((key) => [key.node.id, key.publicKeyId])),
    });
  }
  if (access.jwtValidation) {
    const validation = access.jwtValidation;
    new TerraformOutput(scope, 'viewer-access-key-value-store-arn', {
      description: 'Key value store holding the HMAC keys of viewer JWTs, by kid',
      value: validation.keyValueStore.keyValueStoreArn,
    });
    new TerraformOutput(scope, 'viewer-access-put-key-command', {
      description: `Puts (or rotates) the HMAC key of kid ${validation.defaultKeyId}: set VALUE to the secret first (e.g. VALUE=$(openssl rand -base64 32)); it never enters Terraform`,
      value: validation.putKeyCommand(),
    });
  }
}
