import { invalid } from '../private/invalid';

/** HTTP methods CloudFront forwards to the origin. Only three sets are valid. */
export class AllowedMethods {
  public static readonly ALLOW_GET_HEAD = new AllowedMethods(['GET', 'HEAD']);
  /** GET, HEAD and OPTIONS: what a browser needs for CORS preflight. */
  public static readonly ALLOW_GET_HEAD_OPTIONS = new AllowedMethods(['GET', 'HEAD', 'OPTIONS']);
  public static readonly ALLOW_ALL = new AllowedMethods(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);

  /** Picks the valid set equal to `methods` (any order, any case); throws otherwise. */
  public static of(methods: readonly string[]): AllowedMethods {
    const match = [AllowedMethods.ALLOW_GET_HEAD, AllowedMethods.ALLOW_GET_HEAD_OPTIONS, AllowedMethods.ALLOW_ALL].find((candidate) =>
      sameSet(candidate.methods, methods),
    );
    if (!match) {
      invalid(
        'allowedMethods',
        'is not a set CloudFront accepts',
        methods,
        'Use [GET, HEAD], [GET, HEAD, OPTIONS] or all seven methods (DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT).',
      );
    }
    return match;
  }

  private constructor(public readonly methods: readonly string[]) {}
}

/** HTTP methods whose responses CloudFront caches: a subset of the allowed methods. */
export class CachedMethods {
  public static readonly CACHE_GET_HEAD = new CachedMethods(['GET', 'HEAD']);
  public static readonly CACHE_GET_HEAD_OPTIONS = new CachedMethods(['GET', 'HEAD', 'OPTIONS']);

  public static of(methods: readonly string[]): CachedMethods {
    const match = [CachedMethods.CACHE_GET_HEAD, CachedMethods.CACHE_GET_HEAD_OPTIONS].find((candidate) =>
      sameSet(candidate.methods, methods),
    );
    if (!match) {
      invalid('cachedMethods', 'is not a set CloudFront accepts', methods, 'Use [GET, HEAD] or [GET, HEAD, OPTIONS].');
    }
    return match;
  }

  private constructor(public readonly methods: readonly string[]) {}
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const upper = new Set(b.map((m) => m.toUpperCase()));
  return a.length === upper.size && a.every((m) => upper.has(m));
}
