import { TerraformStack } from 'cdktf';
import {
  CachePolicy,
  CloudFrontFunction,
  FunctionEventType,
  HttpOrigin,
  KeyGroup,
  LambdaEdgeEventType,
  VideoDistribution,
  VideoDistributionProps,
  ViewerAccess,
} from '../../modules';
import { resources, synthJson, testStack, TerraformJson } from '../support/synth';
import { RSA_PAIR } from '../support/viewer-access-fixtures';

const origin = new HttpOrigin('origin.example.com');
const segments = CachePolicy.fromCachePolicyId('segments-policy');
const KEYS = [{ name: 'player', publicKeyPem: RSA_PAIR.publicKeyPem }];

function distribution(props: Partial<VideoDistributionProps>, stack: TerraformStack = testStack()): VideoDistribution {
  return new VideoDistribution(stack, 'cdn', {
    defaultBehavior: { origin },
    additionalBehaviors: { '*.m3u8': { origin }, '*.jpg': { origin, cachePolicy: segments } },
    ...props,
  });
}

function behaviors(json: TerraformJson): Array<Record<string, any>> {
  const [cdn] = resources(json, 'aws_cloudfront_distribution');
  return [...(cdn.ordered_cache_behavior ?? []), { path_pattern: '*', ...cdn.default_cache_behavior }];
}

describe('VideoDistribution viewerAccess', () => {
  it('signed cookies: one key group, trusted by every behavior, also by behaviors added later', () => {
    const stack = testStack();
    const cdn = distribution({ viewerAccess: ViewerAccess.signedCookies({ publicKeys: KEYS }) }, stack);
    cdn.addBehavior('*.ts', { origin, cachePolicy: segments });
    const json = synthJson(stack);
    expect(resources(json, 'aws_cloudfront_key_group')).toHaveLength(1);
    expect(behaviors(json).map((behavior) => [behavior.path_pattern, behavior.trusted_key_groups?.length])).toEqual([
      ['*.m3u8', 1],
      ['*.jpg', 1],
      ['*.ts', 1],
      ['*', 1],
    ]);
    expect(cdn.viewerAccess?.keyGroup).toBeDefined();
  });

  it('public paths come first without protection, configured like the behavior that would otherwise serve them', () => {
    const json = synthJson(
      distribution({ viewerAccess: ViewerAccess.signedUrls({ publicKeys: KEYS, publicPaths: ['/posters/*.jpg', '/crossdomain.xml'] }) })
        .node.scope as TerraformStack,
    );
    const [poster, crossdomain, ...rest] = behaviors(json);
    expect(poster).toMatchObject({ path_pattern: '/posters/*.jpg', cache_policy_id: 'segments-policy' });
    expect(poster.trusted_key_groups).toBeUndefined();
    expect(crossdomain.path_pattern).toBe('/crossdomain.xml');
    expect(crossdomain.cache_policy_id).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(rest.every((behavior) => behavior.trusted_key_groups?.length === 1)).toBe(true);
  });

  it('a public path that is a behavior pattern leaves that behavior unprotected instead of adding one', () => {
    const json = synthJson(distribution({ viewerAccess: ViewerAccess.jwt({ publicPaths: ['*.jpg'] }) }).node.scope as TerraformStack);
    expect(behaviors(json).map((behavior) => [behavior.path_pattern, behavior.function_association?.length ?? 0])).toEqual([
      ['*.m3u8', 1],
      ['*.jpg', 0],
      ['*', 1],
    ]);
  });

  it('jwt: one function and one key value store per stack, even for two distributions', () => {
    const stack = testStack();
    const access = ViewerAccess.jwt({ cookie: 'video-token' });
    distribution({ viewerAccess: access }, stack);
    new VideoDistribution(stack, 'second', { defaultBehavior: { origin }, viewerAccess: access });
    const json = synthJson(stack);
    expect(resources(json, 'aws_cloudfront_function')).toHaveLength(1);
    expect(resources(json, 'aws_cloudfront_key_value_store')).toHaveLength(1);
    const arns = resources(json, 'aws_cloudfront_distribution').map(
      (cdn) => cdn.default_cache_behavior.function_association[0].function_arn,
    );
    expect(new Set(arns).size).toBe(1);
  });

  it('keeps a behavior’s own edge code next to the access check, and refuses a second viewer-request function', () => {
    const headers = CloudFrontFunction.fromFunctionArn('arn:aws:cloudfront::111122223333:function/headers');
    const json = synthJson(
      distribution({
        viewerAccess: ViewerAccess.jwt(),
        defaultBehavior: { origin, functionAssociations: [{ function: headers, eventType: FunctionEventType.VIEWER_RESPONSE }] },
      }).node.scope as TerraformStack,
    );
    expect(
      behaviors(json)
        .pop()!
        .function_association.map((association: any) => association.event_type),
    ).toEqual(['viewer-request', 'viewer-response']);
    expect(() =>
      distribution({
        viewerAccess: ViewerAccess.jwt(),
        defaultBehavior: { origin, functionAssociations: [{ function: headers, eventType: FunctionEventType.VIEWER_REQUEST }] },
      }),
    ).toThrow(
      /^'defaultBehavior\.functionAssociations\[1\]' is a second edge function on viewer-request \(functionAssociations\[0\] is there already\)/,
    );
    expect(() =>
      distribution({
        viewerAccess: ViewerAccess.jwt(),
        defaultBehavior: {
          origin,
          edgeLambdas: [
            { functionVersionArn: 'arn:aws:lambda:us-east-1:111122223333:function:a:1', eventType: LambdaEdgeEventType.VIEWER_RESPONSE },
          ],
        },
      }),
    ).toThrow(
      /'defaultBehavior\.edgeLambdas\[0\]\.eventType' is viewer-response, but this behavior runs CloudFront Functions on viewer events/,
    );
  });

  it('shares an existing key group: no public key or key group created', () => {
    const group = KeyGroup.fromKeyGroupId('5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2f');
    const json = synthJson(distribution({ viewerAccess: ViewerAccess.signedCookies({ keyGroups: [group] }) }).node.scope as TerraformStack);
    expect(resources(json, 'aws_cloudfront_public_key')).toHaveLength(0);
    expect(behaviors(json).every((behavior) => behavior.trusted_key_groups[0] === group.keyGroupId)).toBe(true);
  });

  it('splits a public prefix over behaviors served differently, and refuses other paths that span them', () => {
    const json = synthJson(distribution({ viewerAccess: ViewerAccess.jwt({ publicPaths: ['/trailers/*'] }) }).node.scope as TerraformStack);
    expect(
      behaviors(json).map((behavior) => [behavior.path_pattern, behavior.cache_policy_id, behavior.function_association?.length ?? 0]),
    ).toEqual([
      // *.m3u8 and the default behavior serve alike (CachingOptimized, same origin); *.jpg does not.
      ['/trailers/*.m3u8', CachePolicy.CACHING_OPTIMIZED.cachePolicyId, 0],
      ['/trailers/*.jpg', 'segments-policy', 0],
      ['/trailers/*', CachePolicy.CACHING_OPTIMIZED.cachePolicyId, 0],
      ['*.m3u8', CachePolicy.CACHING_OPTIMIZED.cachePolicyId, 1],
      ['*.jpg', 'segments-policy', 1],
      ['*', CachePolicy.CACHING_OPTIMIZED.cachePolicyId, 1],
    ]);
    expect(() => distribution({ viewerAccess: ViewerAccess.jwt({ publicPaths: ['/posters/*g'] }) })).toThrow(
      /^'viewerAccess\.publicPaths' contains "\/posters\/\*g", whose requests behaviors serve differently \("\*\.jpg", "\*"\)/,
    );
    // Ends like no behavior: the default behavior alone would serve it.
    expect(() => distribution({ viewerAccess: ViewerAccess.jwt({ publicPaths: ['/posters/*x'] }) })).not.toThrow();
    expect(() => distribution({ viewerAccess: ViewerAccess.jwt({ publicPaths: ['*.j*'] }) })).toThrow(/serve differently/);
  });

  it('refuses a later behavior that makes a public prefix span behaviors it cannot split, naming the path', () => {
    const cdn = distribution({ viewerAccess: ViewerAccess.jwt({ publicPaths: ['/posters/*'] }) });
    expect(() => cdn.addBehavior('/posters/*.png', { origin, cachePolicy: CachePolicy.CACHING_DISABLED })).toThrow(
      /^'viewerAccess\.publicPaths' contains "\/posters\/\*", whose requests behaviors serve differently \("\*\.m3u8", "\*\.jpg", "\/posters\/\*\.png", "\*"\)/,
    );
  });

  it('counts the public behaviors against the cache behavior quota', () => {
    expect(() => distribution({ maxCacheBehaviors: 4, viewerAccess: ViewerAccess.jwt({ publicPaths: ['/a/*', '/b/*'] }) })).toThrow(
      /would make \d+ cache behaviors, above the quota of 4/,
    );
  });

  it('refuses access no signature could pass, a private key, bad names and paths, naming viewerAccess', () => {
    expect(() => ViewerAccess.signedCookies({})).toThrow(
      /^'viewerAccess\.publicKeys' is missing or empty, and so is keyGroups: no signature could ever be valid/,
    );
    const groups = Array.from({ length: 4 }, (_, index) => KeyGroup.fromKeyGroupId(`5b5d8f2e-3c6a-4e1b-9f2d-7a8b9c0d1e2${index}`));
    expect(() => ViewerAccess.signedCookies({ publicKeys: KEYS, keyGroups: groups })).toThrow(
      /^'viewerAccess\.keyGroups' would make 5 key groups on every behavior, more than CloudFront allows \(4\)/,
    );
    expect(() => ViewerAccess.signedUrls({ publicKeys: [{ name: 'k', publicKeyPem: RSA_PAIR.privateKeyPem }] })).toThrow(
      /^'viewerAccess\.publicKeys\[0\]\.publicKeyPem' is a PRIVATE key \(not shown here\).*got: a value holding a private key \(not shown\)/,
    );
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `k${index}`, publicKeyPem: RSA_PAIR.publicKeyPem }));
    expect(() => ViewerAccess.signedCookies({ publicKeys: six })).toThrow(/^'viewerAccess\.publicKeys' has 6 keys/);
    expect(() => ViewerAccess.jwt({ queryString: 'to ken' })).toThrow(/^'viewerAccess\.queryString' must be a query string name/);
    expect(() => ViewerAccess.jwt({ cookie: 'a=b' })).toThrow(/^'viewerAccess\.cookie' must be a cookie name/);
    expect(() => ViewerAccess.jwt({ defaultKeyId: '../x' })).toThrow(/^'viewerAccess\.defaultKeyId' must be 1-128/);
    expect(() => ViewerAccess.jwt({ publicPaths: ['*'] })).toThrow(
      /^'viewerAccess\.publicPaths' contains "\*", which matches every request/,
    );
    expect(() => ViewerAccess.jwt({ publicPaths: ['/a/*', 'a/*'] })).toThrow(/^'viewerAccess\.publicPaths' lists "a\/\*" twice/);
  });
});
