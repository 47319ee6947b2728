/**
 * Each kind of viewer access in each scenario, through the app as users run it: every behavior is
 * protected but the public paths, which come first and are not; nothing per viewer is in any
 * cache key; the stack outputs what signers and token issuers need.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, TerraformStack } from 'cdktf';
import { parseConfig } from '../../config/load';
import { buildApp } from '../../main';
import { MkioCdn, PerViewerCacheKeyRule, PolicyChecks, RuleResult, ViewerAccess } from '../../modules';
import { outputs, resources, TerraformJson, testStack } from '../support/synth';
import {
  AccessType,
  configWithViewerAccess,
  PUBLIC_PATHS,
  RSA_PAIR,
  SECTION_KEYS,
  STACK_OF,
  VIEWER_ACCESS,
} from '../support/viewer-access-fixtures';

/** What VCDN-CACHE-2 says of each stack's distribution, by stack name. */
const CACHE_KEY_VERDICTS: Record<string, string[]> = {};

function synthAll(type: AccessType): Record<string, TerraformJson> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `video-cdn-access-${type}-`));
  const app = buildApp(parseConfig(configWithViewerAccess(type)), new App({ outdir }));
  for (const stack of app.node.children.filter(TerraformStack.isStack)) {
    CACHE_KEY_VERDICTS[`${type}/${stack.node.id}`] = PolicyChecks.evaluate(stack, [PerViewerCacheKeyRule]).map((verdict) => verdict.result);
  }
  app.synth();
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

  const isPublic = (pattern: string) =>
    PUBLIC_PATHS.some((path) => pattern === path || (path.endsWith('*') && pattern.startsWith(path.slice(0, -1))));
  const publicCount = behaviors.findIndex((behavior) => !isPublic(behavior.path_pattern));

  it('serves the public paths first, without protection, each like the behavior it would otherwise reach', () => {
    expect(publicCount).toBeGreaterThanOrEqual(PUBLIC_PATHS.length);
    const publicOnes = behaviors.slice(0, publicCount);
    expect(publicOnes.map((behavior) => behavior.path_pattern)).toEqual(expect.arrayContaining(PUBLIC_PATHS));
    for (const behavior of publicOnes) {
      expect(behavior.trusted_key_groups).toBeUndefined();
      expect(behavior.function_association).toBeUndefined();
      // `/public/*.ts` is served like `*.ts`; `/public/*` and `/clientaccesspolicy.xml` like the default behavior.
      const suffix = behavior.path_pattern.replace(/^\/public\//, '');
      const served = behaviors.slice(publicCount).find((other) => other.path_pattern === suffix) ?? behaviors[behaviors.length - 1];
      expect([behavior.target_origin_id, behavior.cache_policy_id]).toEqual([served.target_origin_id, served.cache_policy_id]);
    }
  });

  it('protects every other behavior', () => {
    const rest = behaviors.slice(publicCount);
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

  it('puts nothing per viewer in the cache key of any behavior that may serve segments (VCDN-CACHE-2)', () => {
    expect(CACHE_KEY_VERDICTS[`${type}/${STACK_OF[key]}`]).toEqual([RuleResult.COMPLIANT]);
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

describe('a public prefix over behaviors served differently', () => {
  it('is split per behavior, in their order, the prefix itself last like the default behavior (VOD)', () => {
    const patterns = behaviorsOf(STACKS.jwt.vod).map((behavior) => behavior.path_pattern);
    expect(patterns.slice(0, 4)).toEqual(['/clientaccesspolicy.xml', '/public/*.m3u8', '/public/*.mpd', '/public/*.ts']);
    expect(patterns.indexOf('/public/*')).toBe(patterns.indexOf('*.m3u8') - 1);
  });
});

describe('signed URLs on a streaming scenario', () => {
  it('warn at synth that HLS and DASH players cannot carry a signature to every segment', () => {
    const stack = new MkioCdn(testStack(), 'mkio', {
      streamingEndpointHostName: 'production.westeurope.streaming.mediakind.com',
      viewerAccess: ViewerAccess.signedUrls({ publicKeys: [{ name: 'k', publicKeyPem: RSA_PAIR.publicKeyPem }] }),
    });
    const warnings = stack.node.metadata
      .filter((entry) => entry.type === AnnotationMetadataEntryType.WARN)
      .map((entry) => String(entry.data));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^'viewerAccess' is signed-urls, but HLS and DASH players request variants and segments by the URLs in the manifest/,
      ),
    ]);
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
