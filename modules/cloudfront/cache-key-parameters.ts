import { checkPolicyNames } from '../private/parameter-list';

/** Which query strings are part of the cache key (and so reach the origin). */
export class CacheQueryStringBehavior {
  public static none(): CacheQueryStringBehavior {
    return new CacheQueryStringBehavior('none');
  }
  public static allowList(...queryStrings: string[]): CacheQueryStringBehavior {
    return new CacheQueryStringBehavior('whitelist', checkPolicyNames('queryStrings', queryStrings));
  }
  public static denyList(...queryStrings: string[]): CacheQueryStringBehavior {
    return new CacheQueryStringBehavior('allExcept', checkPolicyNames('queryStrings', queryStrings));
  }
  public static all(): CacheQueryStringBehavior {
    return new CacheQueryStringBehavior('all');
  }
  private constructor(
    public readonly behavior: 'none' | 'whitelist' | 'allExcept' | 'all',
    public readonly names: readonly string[] = [],
  ) {}
}

/** Which headers are part of the cache key. CloudFront allows no "all headers" cache key. */
export class CacheHeaderBehavior {
  public static none(): CacheHeaderBehavior {
    return new CacheHeaderBehavior('none');
  }
  public static allowList(...headers: string[]): CacheHeaderBehavior {
    return new CacheHeaderBehavior('whitelist', checkPolicyNames('headers', headers));
  }
  private constructor(
    public readonly behavior: 'none' | 'whitelist',
    public readonly names: readonly string[] = [],
  ) {}
}

/** Which cookies are part of the cache key. */
export class CacheCookieBehavior {
  public static none(): CacheCookieBehavior {
    return new CacheCookieBehavior('none');
  }
  public static allowList(...cookies: string[]): CacheCookieBehavior {
    return new CacheCookieBehavior('whitelist', checkPolicyNames('cookies', cookies));
  }
  public static denyList(...cookies: string[]): CacheCookieBehavior {
    return new CacheCookieBehavior('allExcept', checkPolicyNames('cookies', cookies));
  }
  public static all(): CacheCookieBehavior {
    return new CacheCookieBehavior('all');
  }
  private constructor(
    public readonly behavior: 'none' | 'whitelist' | 'allExcept' | 'all',
    public readonly names: readonly string[] = [],
  ) {}
}
