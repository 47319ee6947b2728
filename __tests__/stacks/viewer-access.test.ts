/**
 * Each kind of viewer access in each scenario, through the app as users run it: every behavior is
 * protected but the public paths, which come first and are not; nothing per viewer is in any
 * cache key; the stack outputs what signers and token issuers need.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { parseConfig } from '../../config/load';
import { buildApp } from '../../main';
import { isPerViewerName } from '../../modules';
import { outputs, resources, TerraformJson } from '../support/synth';
import { AccessType, configWithViewerAccess, PUBLIC_PATHS, SECTION_KEYS, STACK_OF, VIEWER_ACCESS } from '../support/viewer-access-fixtures';

function synthAll(type: AccessType): Record<string, TerraformJson> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `video-cdn-access-${type}-`));
  buildApp(parseConfig(configWithViewerAccess(type)), new App({ outdir })).synth();
  return Object.fromEntries(
    SECTION_KEYS.map((key) => [key, JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', STACK_OF[key], 'cdk.tf.json'), 'utf8'))]),
  );
}

const STACKS = Object.fromEntries((Object.keys(VIEWER_ACCESS) as AccessType[]).map((type) => [type, synthAll(type)])) as Record<
  AccessType,
  Record<string, TerraformJson>
>;
const CASES = (Object.keys(VIEWER_ACCESS) as AccessType[]).flatMap((type) => SECTION_KEYS.map((key) => [type, key] as const));

function behaviorsOf(json: TerraformJson): Array<Record<string, any>> {
  const [distribution] = resources(json, 'aws_cloudfront_distribution');
  return [...(distribution.ordered_cache_behavior ?? []), { path_pattern: '*', ...distribution.default_cache_behavior }];
}

describe.each(CASES)('viewerAccess %s in %s', (type, key) => {
  const json = STACKS[type][key];
  const behaviors = behaviorsOf(json);

  it('serves the public paths first, each by a behavior without protection', () => {
    expect(behaviors.slice(0, PUBLIC_PATHS.length).map((behavior) => behavior.path_pattern)).toEqual(PUBLIC_PATHS);
    for (const behavior of behaviors.slice(0, PUBLIC_PATHS.length)) {
      expect(behavior.trusted_key_groups).toBeUndefined();
      expect(behavior.function_association).toBeUndefined();
    }
  });

  it('protects every other behavior', () => {
    const rest = behaviors.slice(PUBLIC_PATHS.length);
    expect(rest.length).toBeGreaterThan(0);
    for (const behavior of rest) {
      if (type === 'jwt') {
        expect(behavior.function_association).toEqual([
          { event_type: 'viewer-request', function_arn: expect.stringMatching(/^\$\{aws_cloudfront_function\.[\w-]+\.arn\}$/) },
        ]);
      } else {
        expect(behavior.trusted_key_groups).toEqual([expect.stringMatching(/^\$\{aws_cloudfront_key_group\.[\w-]+\.id\}$/)]);
      }
    }
  });

  it('puts nothing per viewer in any cache key of the stack', () => {
    for (const policy of resources(json, 'aws_cloudfront_cache_policy')) {
      const parameters = policy.parameters_in_cache_key_and_forwarded_to_origin;
      expect(['none', 'whitelist']).toContain(parameters.query_strings_config.query_string_behavior);
      expect(parameters.cookies_config.cookie_behavior).toBe('none');
      const names = [...(parameters.query_strings_config.query_strings?.items ?? []), ...(parameters.headers_config.headers?.items ?? [])];
      expect(names.filter((name: string) => isPerViewerName(name) || name.toLowerCase() === 'authorization')).toEqual([]);
    }
  });

  it('outputs what the signer or token issuer needs, and no key material', () => {
    const out = outputs(json);
    if (type === 'jwt') {
      expect(out['viewer-access-key-value-store-arn']).toMatch(/^\$\{aws_cloudfront_key_value_store\.[\w-]+\.arn\}$/);
      expect(out['viewer-access-put-key-command']).toMatch(/--key default --value "\$VALUE" --if-match/);
      expect(resources(json, 'aws_cloudfront_key_value_store')).toHaveLength(1);
      expect(resources(json, 'aws_cloudfrontkeyvaluestore_key')).toHaveLength(0);
    } else {
      expect(out['viewer-access-key-group-id']).toMatch(/^\$\{aws_cloudfront_key_group\.[\w-]+\.id\}$/);
      const keyNames = VIEWER_ACCESS[type].publicKeys.map((entry) => entry.name);
      expect(Object.keys(out['viewer-access-public-key-ids'] as object).sort()).toEqual([...keyNames].sort());
      for (const publicKey of resources(json, 'aws_cloudfront_public_key')) {
        expect(publicKey.encoded_key).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
        expect(publicKey.encoded_key).not.toMatch(/\r|\n\n/);
      }
    }
    expect(JSON.stringify(json)).not.toMatch(/PRIVATE KEY/);
  });
});

describe('viewer access and CORS', () => {
  it('cookie-based access with named player origins allows credentials (MediaStore and VOD name theirs)', () => {
    for (const key of ['vod', 'liveMediaStore'] as const) {
      const [cors] = resources(STACKS['signed-cookies'][key], 'aws_cloudfront_response_headers_policy');
      expect(cors.cors_config.access_control_allow_credentials).toBe(true);
      expect(cors.cors_config.access_control_allow_origins.items).toEqual(['https://player.example.com']);
    }
  });

  it('signed URLs send no cookies: no credentials needed', () => {
    const [cors] = resources(STACKS['signed-urls'].vod, 'aws_cloudfront_response_headers_policy');
    expect(cors.cors_config.access_control_allow_credentials).toBe(false);
  });
});
