import { CloudfrontKeyValueStore } from '@cdktf/provider-aws/lib/cloudfront-key-value-store';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { uniqueResourceName } from '../private/names';
import { edgeNameProblem } from '../validation/names';
import { distributionCommentProblem } from '../validation/distribution-comment';

/** A key value store CloudFront Functions read at the edge. */
export interface IKeyValueStore {
  readonly keyValueStoreArn: string;
}

export interface KeyValueStoreProps {
  /**
   * Account-unique name.
   * @default derived from the stack and construct path
   */
  readonly keyValueStoreName?: string;
  /** @default no comment */
  readonly comment?: string;
}

/**
 * `aws_cloudfront_key_value_store`, created empty. Secrets (signing keys) are put with the AWS CLI
 * (`putKeyCommand`), never from Terraform: a value in a resource would be in the state.
 */
export class KeyValueStore extends Construct implements IKeyValueStore {
  /** Refers to a store created elsewhere, by its ARN. */
  public static fromKeyValueStoreArn(keyValueStoreArn: string): IKeyValueStore {
    return { keyValueStoreArn };
  }

  public readonly keyValueStoreArn: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontKeyValueStore;

  constructor(scope: Construct, id: string, props: KeyValueStoreProps = {}) {
    super(scope, id);
    checkValue('keyValueStoreName', props.keyValueStoreName, edgeNameProblem);
    checkValue('comment', props.comment, distributionCommentProblem);
    this.resource = new CloudfrontKeyValueStore(this, 'Resource', {
      name: props.keyValueStoreName ?? uniqueResourceName(this, 64),
      comment: props.comment,
    });
    this.keyValueStoreArn = this.resource.arn;
  }
}

/**
 * The AWS CLI command that puts one key into a store (the ETag it needs is read in the same line).
 * `$VALUE` stays a shell variable: the value never appears in Terraform, its outputs or its state.
 */
export function putKeyCommand(store: IKeyValueStore, key: string): string {
  const arn = store.keyValueStoreArn;
  return (
    `aws cloudfront-keyvaluestore put-key --kvs-arn ${arn} --key ${key} --value "$VALUE" ` +
    `--if-match "$(aws cloudfront-keyvaluestore describe-key-value-store --kvs-arn ${arn} --query ETag --output text)"`
  );
}
