import { CloudfrontKeyGroup } from '@cdktf/provider-aws/lib/cloudfront-key-group';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { resourceNameProblem } from '../validation/names';
import { keyGroupSizeProblem } from '../validation/signing-keys';
import { IPublicKey } from './public-key';

/** A key group a behavior trusts: requests must be signed by one of its keys. */
export interface IKeyGroup {
  readonly keyGroupId: string;
}

export interface KeyGroupProps {
  /** 1 to 5 keys (CloudFront's quota); during a rotation, the old and the new one. */
  readonly publicKeys: readonly IPublicKey[];
  /**
   * Account-unique name.
   * @default derived from the stack and construct path
   */
  readonly keyGroupName?: string;
  /** @default no comment */
  readonly comment?: string;
}

/**
 * `aws_cloudfront_key_group`. An account holds 10 key groups and 10 public keys by default, and a key
 * group serves up to 100 distributions: share one (`KeyGroup.fromKeyGroupId`) across channels.
 */
export class KeyGroup extends Construct implements IKeyGroup {
  /** Refers to a key group created elsewhere (another stack, the console), by its id. */
  public static fromKeyGroupId(keyGroupId: string): IKeyGroup {
    return { keyGroupId };
  }

  public readonly keyGroupId: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontKeyGroup;

  constructor(scope: Construct, id: string, props: KeyGroupProps) {
    super(scope, id);
    checkValue('publicKeys', props.publicKeys, keyGroupSizeProblem);
    checkValue('keyGroupName', props.keyGroupName, resourceNameProblem);
    this.resource = new CloudfrontKeyGroup(this, 'Resource', {
      name: props.keyGroupName ?? uniqueResourceName(this, 80),
      items: props.publicKeys.map((key) => key.publicKeyId),
      comment: props.comment,
    });
    this.keyGroupId = this.resource.id;
  }
}
