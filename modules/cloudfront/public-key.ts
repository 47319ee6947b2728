import { CloudfrontPublicKey } from '@cdktf/provider-aws/lib/cloudfront-public-key';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { isUnresolved } from '../private/tokens';
import { resourceNameProblem } from '../validation/names';
import { normalizePublicKeyPem, publicKeyPemProblem } from '../validation/signing-keys';

/** A public key CloudFront verifies signed URLs and cookies with. */
export interface IPublicKey {
  /** The id signers send as `Key-Pair-Id` (`CloudFront-Key-Pair-Id`). */
  readonly publicKeyId: string;
}

export interface PublicKeyProps {
  /**
   * The public half of the signing pair: an RSA 2048 or ECDSA P-256 key in PEM (`-----BEGIN
   * PUBLIC KEY-----`). A private key is refused. Line ends are normalized and one trailing newline
   * kept, so later plans never replace the key (a new key id breaks every outstanding signed URL).
   */
  readonly publicKeyPem: string;
  /**
   * Account-unique name.
   * @default derived from the stack and construct path
   */
  readonly publicKeyName?: string;
  /** @default no comment */
  readonly comment?: string;
}

/** `aws_cloudfront_public_key`: one signing key, checked at synth. */
export class PublicKey extends Construct implements IPublicKey {
  /** Refers to a public key created elsewhere, by its id. */
  public static fromPublicKeyId(publicKeyId: string): IPublicKey {
    return { publicKeyId };
  }

  public readonly publicKeyId: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontPublicKey;

  constructor(scope: Construct, id: string, props: PublicKeyProps) {
    super(scope, id);
    checkValue('publicKeyPem', props.publicKeyPem, publicKeyPemProblem);
    checkValue('publicKeyName', props.publicKeyName, resourceNameProblem);
    this.resource = new CloudfrontPublicKey(this, 'Resource', {
      name: props.publicKeyName ?? uniqueResourceName(this, 80),
      encodedKey: isUnresolved(props.publicKeyPem) ? props.publicKeyPem : normalizePublicKeyPem(props.publicKeyPem),
      comment: props.comment,
    });
    this.publicKeyId = this.resource.id;
  }
}
