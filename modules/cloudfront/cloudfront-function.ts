import { CloudfrontFunction } from '@cdktf/provider-aws/lib/cloudfront-function';
import { Construct } from 'constructs';
import { checkValue } from '../private/check-value';
import { invalid } from '../private/invalid';
import { uniqueResourceName } from '../private/names';
import { isUnresolved } from '../private/tokens';
import { distributionCommentProblem } from '../validation/distribution-comment';
import { edgeNameProblem } from '../validation/names';
import { FunctionCode } from './function-code';
import { IKeyValueStore } from './key-value-store';

/** CloudFront's limit on the code of one function, in bytes. */
export const MAX_FUNCTION_CODE_BYTES = 10240;

/** A CloudFront Function a behavior can run on viewer requests or responses. */
export interface ICloudFrontFunction {
  readonly functionArn: string;
}

export interface CloudFrontFunctionProps {
  /** At most 10 KB (CloudFront's limit, checked at synth). */
  readonly code: FunctionCode;
  /**
   * Account-unique name.
   * @default derived from the stack and construct path
   */
  readonly functionName?: string;
  /** @default no comment */
  readonly comment?: string;
  /**
   * The key value store the code reads (`cf.kvs()`); a function reads at most one.
   * @default none
   */
  readonly keyValueStore?: IKeyValueStore;
}

/**
 * `aws_cloudfront_function` on the `cloudfront-js-2.0` runtime, published (a behavior runs the
 * LIVE stage only). The code is checked against CloudFront's size limit at synth; Terraform's `${`
 * and `%{` template sequences in it are escaped, so JavaScript template literals reach CloudFront
 * as written.
 */
export class CloudFrontFunction extends Construct implements ICloudFrontFunction {
  /** Refers to a function created elsewhere, by its ARN. */
  public static fromFunctionArn(functionArn: string): ICloudFrontFunction {
    return { functionArn };
  }

  public readonly functionArn: string;
  /** The code as CloudFront runs it. */
  public readonly code: string;
  /** Escape hatch: the provider resource. */
  public readonly resource: CloudfrontFunction;

  constructor(scope: Construct, id: string, props: CloudFrontFunctionProps) {
    super(scope, id);
    checkValue('functionName', props.functionName, edgeNameProblem);
    checkValue('comment', props.comment, distributionCommentProblem);
    this.code = props.code.code;
    if (!isUnresolved(this.code)) checkCodeSize(this.code, props.code.source);
    this.resource = new CloudfrontFunction(this, 'Resource', {
      name: props.functionName ?? uniqueResourceName(this, 64),
      runtime: 'cloudfront-js-2.0',
      publish: true,
      comment: props.comment,
      code: isUnresolved(this.code) ? this.code : escapeTerraformTemplate(this.code),
      keyValueStoreAssociations: props.keyValueStore ? [props.keyValueStore.keyValueStoreArn] : undefined,
    });
    this.functionArn = this.resource.arn;
  }
}

function checkCodeSize(code: string, source: string): void {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > MAX_FUNCTION_CODE_BYTES) {
    invalid(
      'code',
      `is ${bytes} bytes, above CloudFront's limit of ${MAX_FUNCTION_CODE_BYTES} bytes for a function`,
      source,
      'Shorten it (minify, drop comments), move data into a KeyValueStore, or use Lambda@Edge for larger code.',
    );
  }
}

/** Terraform reads `${` and `%{` in any string as a template: `$${` and `%%{` are the literal text. */
function escapeTerraformTemplate(code: string): string {
  return code.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
