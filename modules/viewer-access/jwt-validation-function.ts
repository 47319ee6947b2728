import * as path from 'path';
import { Construct } from 'constructs';
import { CloudFrontFunction, ICloudFrontFunction } from '../cloudfront/cloudfront-function';
import { FunctionCode } from '../cloudfront/function-code';
import { IKeyValueStore, KeyValueStore, putKeyCommand } from '../cloudfront/key-value-store';
import { checkValue } from '../private/check-value';
import { cookieNameProblem, queryStringNameProblem } from '../validation/request-names';
import { JWT_KEY_ID_PATTERN, jwtKeyIdProblem } from '../validation/signing-keys';

/** The shipped viewer-request function (`cloudfront-js-2.0`) that validates HS256 JWTs. */
export const JWT_VALIDATION_CODE_FILE = path.join(__dirname, 'functions', 'validate-jwt.js');
/** The query string players append the token to, unless told otherwise. */
export const DEFAULT_JWT_QUERY_STRING = 'token';
/** The placeholder in the shipped file that receives the settings as JSON. */
const SETTINGS_PLACEHOLDER = '__VIDEO_CDN_SETTINGS__';

export interface JwtValidationFunctionProps {
  /** The query string carrying the token (removed before the cache key and the origin). @default 'token' */
  readonly queryString?: string;
  /** A cookie carrying the token, read when the query string is absent (removed too). @default none */
  readonly cookie?: string;
  /** The key id (`kid`) of tokens whose header names none. @default 'default' */
  readonly defaultKeyId?: string;
  /**
   * Where the HMAC keys are, by key id; a store serves up to 10 functions.
   * @default a new, empty store
   */
  readonly keyValueStore?: IKeyValueStore;
}

/**
 * A viewer-request CloudFront Function that lets a request through only with a valid HS256 JWT
 * (signature, `exp`, `nbf` when present, the `paths` claim's prefixes when present), answers 403
 * otherwise, and removes the token from the request so it never reaches the cache key or the
 * origin. The HMAC key is the UTF-8 value stored under the token's `kid` in the key value store:
 * keys rotate with `aws cloudfront-keyvaluestore put-key`, without a deploy, and never appear in
 * Terraform.
 */
export class JwtValidationFunction extends Construct implements ICloudFrontFunction {
  public readonly functionArn: string;
  public readonly keyValueStore: IKeyValueStore;
  public readonly function: CloudFrontFunction;
  public readonly queryString: string;
  public readonly cookie?: string;
  public readonly defaultKeyId: string;

  constructor(scope: Construct, id: string, props: JwtValidationFunctionProps = {}) {
    super(scope, id);
    this.queryString = props.queryString ?? DEFAULT_JWT_QUERY_STRING;
    this.cookie = props.cookie;
    this.defaultKeyId = props.defaultKeyId ?? 'default';
    checkValue('queryString', this.queryString, queryStringNameProblem);
    checkValue('cookie', this.cookie, cookieNameProblem);
    checkValue('defaultKeyId', this.defaultKeyId, jwtKeyIdProblem);
    this.keyValueStore = props.keyValueStore ?? new KeyValueStore(this, 'keys', { comment: 'HMAC keys of viewer JWTs, by kid' });
    const settings = {
      queryString: this.queryString,
      cookie: this.cookie ?? '',
      defaultKeyId: this.defaultKeyId,
      keyIdPattern: JWT_KEY_ID_PATTERN,
    };
    this.function = new CloudFrontFunction(this, 'function', {
      code: FunctionCode.fromFile(JWT_VALIDATION_CODE_FILE, { [SETTINGS_PLACEHOLDER]: JSON.stringify(settings) }),
      comment: 'Validates viewer JWTs (HS256) and removes them from the request',
      keyValueStore: this.keyValueStore,
    });
    this.functionArn = this.function.functionArn;
  }

  /** The AWS CLI command that puts (or rotates) the HMAC key with this id; the value comes from `$VALUE`. */
  public putKeyCommand(keyId: string = this.defaultKeyId): string {
    checkValue('keyId', keyId, jwtKeyIdProblem);
    return putKeyCommand(this.keyValueStore, keyId);
  }
}
