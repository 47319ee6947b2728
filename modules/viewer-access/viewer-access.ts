import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { FunctionAssociation, FunctionEventType } from '../cloudfront/edge-functions';
import { IKeyGroup, KeyGroup } from '../cloudfront/key-group';
import { PublicKey } from '../cloudfront/public-key';
import { checkSettingProblems, checkValue } from '../private/check-value';
import { resourceNameProblem } from '../validation/names';
import { publicPathsProblem } from '../validation/paths';
import { cookieNameProblem, queryStringNameProblem } from '../validation/request-names';
import { jwtKeyIdProblem, namedPublicKeysProblem, publicKeyPemProblem, signedAccessKeysProblems } from '../validation/signing-keys';
import { DEFAULT_JWT_QUERY_STRING, JwtValidationFunction, JwtValidationFunctionProps } from './jwt-validation-function';

/** How viewers prove they may play. */
export enum ViewerAccessType {
  /** CloudFront checks `CloudFront-*` cookies: one signature opens a whole HLS/DASH presentation. */
  SIGNED_COOKIES = 'signed-cookies',
  /** CloudFront checks a signature in each URL: suits single files (progressive MP4, downloads). */
  SIGNED_URLS = 'signed-urls',
  /** A CloudFront Function checks an HS256 JWT from a query string or a cookie. */
  JWT = 'jwt',
}

/** A public key of a new key group, by the name rotation refers to it with (`player-2026`). */
export interface NamedPublicKey {
  /** Stable name of the key (part of its resource address and AWS name); a new name is a new key. */
  readonly name: string;
  /** RSA 2048 or ECDSA P-256 public key in PEM; never the private key. */
  readonly publicKeyPem: string;
}

export interface SignedAccessProps {
  /**
   * Public keys for a key group created with the distribution (1-5; two during a rotation).
   * @default none: give keyGroups
   */
  readonly publicKeys?: readonly NamedPublicKey[];
  /**
   * Key groups created elsewhere (`KeyGroup.fromKeyGroupId`): one group can serve 100 distributions,
   * and an account holds only 10 groups and 10 public keys.
   * @default none: give publicKeys
   */
  readonly keyGroups?: readonly IKeyGroup[];
  /** Paths served without a signature (`/clientaccesspolicy.xml`, `/posters/*`). @default none */
  readonly publicPaths?: readonly string[];
}

export interface JwtAccessProps extends JwtValidationFunctionProps {
  /** Paths served without a token. @default none */
  readonly publicPaths?: readonly string[];
}

/** What a distribution's behaviors get from its viewer access. */
export interface ViewerAccessBinding {
  readonly trustedKeyGroups: readonly IKeyGroup[];
  readonly functionAssociations: readonly FunctionAssociation[];
  /** The key group created from `publicKeys`; signers send its keys' ids as Key-Pair-Id. */
  readonly keyGroup?: KeyGroup;
  readonly publicKeys: readonly PublicKey[];
  /** The token check, with its key value store. */
  readonly jwtValidation?: JwtValidationFunction;
}

/**
 * Who may play: signed cookies, signed URLs, or JWTs validated at the edge. Given to a
 * distribution (`viewerAccess`), it protects every behavior but `publicPaths`, each of which gets a
 * behavior of its own without protection. The resources (public keys, key group, function, key
 * value store) are created once per stack, under the first distribution that uses it, so their
 * addresses follow that distribution's: renaming it needs `moved` blocks for them too (a replaced
 * key has a new id, a replaced key value store is empty). To give them a home of their own, create
 * a `KeyGroup` and pass it as `keyGroups`.
 */
export class ViewerAccess {
  /** Signed cookies (CloudFront-Policy / -Signature / -Key-Pair-Id): the usual choice for HLS and DASH. */
  public static signedCookies(props: SignedAccessProps): ViewerAccess {
    return ViewerAccess.signed(ViewerAccessType.SIGNED_COOKIES, props);
  }

  /** Signed URLs (Policy or Expires, Signature, Key-Pair-Id in the query string). */
  public static signedUrls(props: SignedAccessProps): ViewerAccess {
    return ViewerAccess.signed(ViewerAccessType.SIGNED_URLS, props);
  }

  /** HS256 JWTs checked by a CloudFront Function on viewer-request; keys in a key value store. */
  public static jwt(props: JwtAccessProps = {}): ViewerAccess {
    const { publicPaths, ...validation } = props;
    checkValue('viewerAccess.queryString', validation.queryString, queryStringNameProblem);
    checkValue('viewerAccess.cookie', validation.cookie, cookieNameProblem);
    checkValue('viewerAccess.defaultKeyId', validation.defaultKeyId, jwtKeyIdProblem);
    const queryString = validation.queryString ?? DEFAULT_JWT_QUERY_STRING;
    return new ViewerAccess(ViewerAccessType.JWT, publicPaths, validation.cookie !== undefined, queryString, (scope) => {
      const jwtValidation = new JwtValidationFunction(scope, 'jwt-validation', validation);
      return {
        trustedKeyGroups: [],
        functionAssociations: [{ function: jwtValidation, eventType: FunctionEventType.VIEWER_REQUEST }],
        publicKeys: [],
        jwtValidation,
      };
    });
  }

  private static signed(type: ViewerAccessType, props: SignedAccessProps): ViewerAccess {
    const publicKeys = props.publicKeys ?? [];
    const keyGroups = props.keyGroups ?? [];
    const problems = signedAccessKeysProblems(props).map((found) => ({ ...found, prop: `viewerAccess.${found.prop}` }));
    checkSettingProblems({ viewerAccess: props }, problems);
    if (publicKeys.length > 0) checkValue('viewerAccess.publicKeys', publicKeys, namedPublicKeysProblem);
    publicKeys.forEach((key, index) => {
      checkValue(`viewerAccess.publicKeys[${index}].name`, key.name, resourceNameProblem);
      checkValue(`viewerAccess.publicKeys[${index}].publicKeyPem`, key.publicKeyPem, publicKeyPemProblem);
    });
    return new ViewerAccess(type, props.publicPaths, type === ViewerAccessType.SIGNED_COOKIES, undefined, (scope) => {
      // Keys in a scope of their own: a key named like the key group cannot clash with it.
      const keysScope = new Construct(scope, 'public-keys');
      const created = publicKeys.map((key) => new PublicKey(keysScope, key.name, { publicKeyPem: key.publicKeyPem }));
      const keyGroup = created.length > 0 ? new KeyGroup(scope, 'key-group', { publicKeys: created }) : undefined;
      return {
        trustedKeyGroups: [...(keyGroup ? [keyGroup] : []), ...keyGroups],
        functionAssociations: [],
        keyGroup,
        publicKeys: created,
      };
    });
  }

  /** Paths served without protection. */
  public readonly publicPaths: readonly string[];
  private readonly bindings = new Map<TerraformStack, ViewerAccessBinding>();

  private constructor(
    public readonly type: ViewerAccessType,
    publicPaths: readonly string[] | undefined,
    /** Whether browsers send the credential as a cookie: cross-origin players then need credentialed CORS. */
    public readonly usesCookies: boolean,
    /** The query string a JWT check reads and removes: it never reaches the cache key or the origin. */
    public readonly queryString: string | undefined,
    private readonly create: (scope: Construct) => ViewerAccessBinding,
  ) {
    this.publicPaths = [...(publicPaths ?? [])];
    checkValue('viewerAccess.publicPaths', this.publicPaths, publicPathsProblem);
  }

  /** The resources behind this access in `scope`'s stack, created under `scope` on first use. */
  public bind(scope: Construct): ViewerAccessBinding {
    const stack = TerraformStack.of(scope);
    let binding = this.bindings.get(stack);
    if (!binding) {
      binding = this.create(new Construct(scope, 'viewer-access'));
      this.bindings.set(stack, binding);
    }
    return binding;
  }
}
