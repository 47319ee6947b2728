/** The `viewerAccess` block every scenario section takes, and its mapping to the library's `ViewerAccess`. */
import { z } from 'zod';
import {
  cookieNameProblem,
  jwtKeyIdProblem,
  KeyGroup,
  keyGroupIdProblem,
  namedPublicKeysProblem,
  publicKeyPemProblem,
  publicPathsProblem,
  queryStringNameProblem,
  resourceNameProblem,
  signedAccessKeysProblems,
  ViewerAccess,
} from '../modules';
import { reportSettingProblems, satisfying } from './rules';

const publicPaths = satisfying(z.array(z.string()), publicPathsProblem)
  .optional()
  .describe(
    'Path patterns served without protection, each by a behavior of its own placed first (e.g. /clientaccesspolicy.xml, /posters/*). Default: none.',
  );

const publicKey = z.strictObject({
  name: satisfying(z.string(), resourceNameProblem).describe(
    'Stable name of the key, like player-2026: adding a key with a new name (rotation) leaves the others in place.',
  ),
  publicKeyPem: satisfying(z.string(), publicKeyPemProblem).describe(
    'The public half of the signing pair, RSA 2048 or ECDSA P-256, as PEM (-----BEGIN PUBLIC KEY-----, newlines written \\n). Never the private key.',
  ),
});

function signedAccess(type: 'signed-cookies' | 'signed-urls', what: string) {
  return z
    .strictObject({
      type: z.literal(type).describe(what),
      publicKeys: satisfying(z.array(publicKey), namedPublicKeysProblem)
        .optional()
        .describe('Public keys of a key group created with the stack (1-5; two during a rotation).'),
      keyGroupIds: z
        .array(satisfying(z.string(), keyGroupIdProblem))
        .optional()
        .describe('Key groups created elsewhere, shared across stacks (an account holds 10 key groups and 10 public keys).'),
      publicPaths,
    })
    .superRefine((access, ctx) =>
      reportSettingProblems(
        ctx,
        access,
        signedAccessKeysProblems({ publicKeys: access.publicKeys, keyGroups: access.keyGroupIds }, 'keyGroupIds'),
      ),
    );
}

const jwtAccess = z.strictObject({
  type: z.literal('jwt').describe('HS256 JWTs checked at the edge by a CloudFront Function; HMAC keys in a CloudFront key value store.'),
  queryString: satisfying(z.string(), queryStringNameProblem)
    .optional()
    .describe('Query string carrying the token, removed before the cache key and the origin. Default token.'),
  cookie: satisfying(z.string(), cookieNameProblem)
    .optional()
    .describe('Cookie carrying the token when the query string is absent (removed too). Default: none.'),
  defaultKeyId: satisfying(z.string(), jwtKeyIdProblem)
    .optional()
    .describe('Key id (kid) of tokens whose header names none; the key value store key holding the HMAC key. Default default.'),
  publicPaths,
});

export const viewerAccessSchema = z
  .discriminatedUnion('type', [
    signedAccess('signed-cookies', 'CloudFront checks signed cookies: one signature opens a whole HLS/DASH presentation.'),
    signedAccess('signed-urls', 'CloudFront checks a signature in each URL: for single files (progressive MP4, downloads).'),
    jwtAccess,
  ])
  .describe('Who may play: every behavior requires it except publicPaths. Default: anyone with a URL.');
export type ViewerAccessConfig = z.infer<typeof viewerAccessSchema>;

/** The viewer access of a section, as a pattern takes it. */
export function viewerAccess(config: ViewerAccessConfig | undefined): ViewerAccess | undefined {
  if (!config) return undefined;
  if (config.type === 'jwt') {
    const { type: _type, ...props } = config;
    return ViewerAccess.jwt(props);
  }
  const props = {
    publicKeys: config.publicKeys,
    keyGroups: config.keyGroupIds?.map((id) => KeyGroup.fromKeyGroupId(id)),
    publicPaths: config.publicPaths,
  };
  return config.type === 'signed-cookies' ? ViewerAccess.signedCookies(props) : ViewerAccess.signedUrls(props);
}
