/**
 * Structural checks on a synthesized cdk.tf.json that `terraform validate` would make, or that
 * CloudFront would make at apply time, without running either: every `${...}` reference names
 * something that exists, and every distribution, cache policy and origin request policy is
 * internally consistent. `terraformJsonProblems` returns what is wrong, as readable lines.
 */
import { DEFAULT_MAX_CACHE_BEHAVIORS, ORIGIN_SHIELD_REGIONS } from '../../modules/cloudfront/distribution-settings';

type Body = Record<string, any>;
export interface TerraformDocument {
  resource?: Record<string, Record<string, Body>>;
  data?: Record<string, Record<string, Body>>;
  variable?: Record<string, Body>;
  locals?: Record<string, unknown>;
  module?: Record<string, Body>;
  output?: Record<string, Body>;
  provider?: Record<string, Body[]>;
  terraform?: Body;
}

/** CloudFront's default quota of names per list in one cache or origin request policy. */
const MAX_POLICY_LIST_NAMES = 10;
/** CloudFront's longest distribution comment, in UTF-8 bytes (the provider's validation counts bytes). */
const MAX_COMMENT_BYTES = 128;
/** Status codes CloudFront can customise, and those it can answer with instead. */
const CUSTOMISABLE_ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];
const ERROR_RESPONSE_CODES = [200, ...CUSTOMISABLE_ERROR_CODES];
/** The only viewer TLS floor the library emits with a custom certificate. */
const CUSTOM_CERTIFICATE_TLS = 'TLSv1.2_2021';
/** Identifiers that are part of the language, not references. */
const KEYWORDS = new Set(['for', 'in', 'if', 'true', 'false', 'null', 'each', 'count', 'self', 'path', 'terraform']);

export interface WellFormedOptions {
  /** The account's cache behavior quota. @default 75 */
  readonly maxCacheBehaviors?: number;
}

/** Everything wrong with one synthesized stack; empty when it is well-formed. */
export function terraformJsonProblems(json: TerraformDocument, options: WellFormedOptions = {}): string[] {
  const problems: string[] = [];
  problems.push(...referenceProblems(json));
  for (const [name, body] of Object.entries(json.resource?.aws_cloudfront_distribution ?? {})) {
    problems.push(
      ...distributionProblems(body, options.maxCacheBehaviors ?? DEFAULT_MAX_CACHE_BEHAVIORS).map(
        (problem) => `aws_cloudfront_distribution.${name}: ${problem}`,
      ),
    );
  }
  for (const [name, body] of Object.entries(json.resource?.aws_cloudfront_cache_policy ?? {})) {
    problems.push(...cachePolicyProblems(body).map((problem) => `aws_cloudfront_cache_policy.${name}: ${problem}`));
  }
  for (const [name, body] of Object.entries(json.resource?.aws_cloudfront_origin_request_policy ?? {})) {
    problems.push(...originRequestPolicyProblems(body).map((problem) => `aws_cloudfront_origin_request_policy.${name}: ${problem}`));
  }
  for (const [name, body] of Object.entries(json.resource?.aws_acm_certificate ?? {})) {
    const names = [body.domain_name, ...(body.subject_alternative_names ?? [])].filter(isResolved).map(String);
    // The provider refuses a name ending in a period; ACM refuses a name twice.
    for (const bad of names.filter((certificateName) => certificateName.endsWith('.')))
      problems.push(`aws_acm_certificate.${name}: name ${bad} ends with a period`);
    if (new Set(names.map((certificateName) => certificateName.toLowerCase())).size !== names.length)
      problems.push(`aws_acm_certificate.${name}: lists a name twice`);
  }
  // Route 53 holds one record set per zone, name and type.
  const recordSets = new Map<string, string>();
  for (const [name, body] of Object.entries(json.resource?.aws_route53_record ?? {})) {
    if (!isResolved(body.name)) continue;
    const recordSet = `${body.zone_id} ${String(body.name).toLowerCase().replace(/\.$/, '')} ${body.type}`;
    if (recordSets.has(recordSet))
      problems.push(`aws_route53_record.${name}: same record set as ${recordSets.get(recordSet)} (${recordSet})`);
    recordSets.set(recordSet, name);
    if (body.type === 'CNAME' && body.ttl !== undefined && !(Number.isInteger(body.ttl) && body.ttl >= 0))
      problems.push(`aws_route53_record.${name}: ttl ${body.ttl}`);
  }
  return problems;
}

// ---------------------------------------------------------------- references

/** Every string in the document (keys too: Terraform evaluates object keys as templates), with where it is. */
function* stringsIn(value: unknown, where: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [value, where];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsIn(item, `${where}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '//') continue; // cdktf metadata, a JSON comment for Terraform
      yield [key, `${where} (key)`];
      yield* stringsIn(item, `${where}.${key}`);
    }
  }
}

function referenceProblems(json: TerraformDocument): string[] {
  const problems: string[] = [];
  const { terraform, ...rest } = json;
  // Backend and cloud blocks take no expressions at all.
  for (const [text, where] of stringsIn(terraform ?? {}, 'terraform')) {
    if (/(^|[^$])\$\{|(^|[^%])%\{/.test(text))
      problems.push(`${where}: an expression where Terraform allows none: ${JSON.stringify(text)}`);
  }
  for (const [text, where] of stringsIn(rest, '')) {
    let parsed: TemplatePart[];
    try {
      parsed = templateParts(text);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message} in ${JSON.stringify(text)}`);
      continue;
    }
    for (const part of parsed) {
      if (part.kind === 'directive') {
        problems.push(`${where}: template directive %{${part.source}} (literal text would need %%{) in ${JSON.stringify(text)}`);
        continue;
      }
      for (const reference of expressionReferences(part.source)) {
        const missing = missingTarget(json, reference);
        if (missing) problems.push(`${where}: \${${part.source}} ${missing}`);
      }
    }
  }
  problems.push(...metaArgumentProblems(json));
  problems.push(...numberProblems(rest, ''));
  return problems;
}

/** Provider integers are 64-bit; a number beyond 2^53 is never meant (`terraform validate`: "must be a whole number"). */
function numberProblems(value: unknown, where: string): string[] {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) || (Math.abs(value) < Number.MAX_SAFE_INTEGER && !Number.isInteger(value))
      ? []
      : [`${where}: the number ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, index) => numberProblems(item, `${where}[${index}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => (key === '//' ? [] : numberProblems(item, `${where}.${key}`)));
  return [];
}

interface TemplatePart {
  readonly kind: 'interpolation' | 'directive';
  /** The text between `${` (or `%{`) and the matching `}`. */
  readonly source: string;
}

/** The interpolations and directives of a Terraform string template (`$${` and `%%{` are literal). */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('$${', index) || text.startsWith('%%{', index)) {
      index += 3;
    } else if (text.startsWith('${', index) || text.startsWith('%{', index)) {
      const end = expressionEnd(text, index + 2);
      parts.push({ kind: text[index] === '$' ? 'interpolation' : 'directive', source: text.slice(index + 2, end) });
      index = end + 1;
    } else {
      index += 1;
    }
  }
  return parts;
}

/** Index of the `}` closing an expression that starts at `start`; string literals and nesting respected. */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      index = stringLiteralEnd(text, index + 1);
    } else if (char === '{' || char === '(' || char === '[') {
      depth += 1;
    } else if (char === ')' || char === ']') {
      depth -= 1;
    } else if (char === '}') {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  throw new Error('an unterminated ${ or %{');
}

/** Index of the `"` closing an HCL string literal whose content starts at `start`. */
function stringLiteralEnd(text: string, start: number): number {
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '"') return index;
    else if (text.startsWith('${', index) || text.startsWith('%{', index)) index = expressionEnd(text, index + 2);
  }
  throw new Error('an unterminated string literal inside an expression');
}

interface Reference {
  readonly root: string;
  readonly parts: readonly string[];
}

/** The references (`aws_s3_bucket.x.arn`, `var.y`, `data.t.n.attr`) an expression makes, bound names left out. */
export function expressionReferences(source: string): Reference[] {
  // String literals: keep their templates' references, drop their text.
  const nested: Reference[] = [];
  let code = '';
  for (let index = 0; index < source.length; index += 1) {
    if (source[index] === '"') {
      const end = stringLiteralEnd(source, index + 1);
      for (const part of templateParts(source.slice(index + 1, end))) nested.push(...expressionReferences(part.source));
      code += '""';
      index = end;
    } else {
      code += source[index];
    }
  }
  const bound = new Set<string>();
  for (const match of code.matchAll(/\bfor\s+([A-Za-z_][\w-]*)(?:\s*,\s*([A-Za-z_][\w-]*))?\s+in\b/g)) {
    bound.add(match[1]);
    if (match[2]) bound.add(match[2]);
  }
  const references: Reference[] = [];
  for (const match of code.matchAll(/(?<![\w.-])[A-Za-z_][\w-]*(?:\s*\.\s*[A-Za-z_][\w-]*)*/g)) {
    const after = code.slice(match.index! + match[0].length);
    const parts = match[0].split('.').map((part) => part.trim());
    if (/^\s*\(/.test(after) && parts.length === 1) continue; // a function call
    if (/^\s*(=(?!=)|:(?!:))/.test(after) && parts.length === 1 && /[{,]\s*$/.test(code.slice(0, match.index!))) continue; // an object key
    if (KEYWORDS.has(parts[0]) || bound.has(parts[0])) continue;
    references.push({ root: parts[0], parts: parts.slice(1) });
  }
  return [...references, ...nested];
}

/** Why a reference does not resolve in this document, or undefined when it does. */
function missingTarget(json: TerraformDocument, reference: Reference): string | undefined {
  const [first, second] = reference.parts;
  const label = [reference.root, ...reference.parts].join('.');
  switch (reference.root) {
    case 'var':
      return first !== undefined && json.variable?.[first] ? undefined : `refers to an undeclared variable (${label})`;
    case 'local':
      return first !== undefined && json.locals && first in json.locals ? undefined : `refers to an undeclared local (${label})`;
    case 'module':
      return first !== undefined && json.module?.[first] ? undefined : `refers to an undeclared module (${label})`;
    case 'data':
      return first !== undefined && second !== undefined && json.data?.[first]?.[second]
        ? undefined
        : `refers to a data source that does not exist (${label})`;
    default:
      if (first === undefined) return `names "${reference.root}", which is nothing Terraform knows`;
      return json.resource?.[reference.root]?.[first] ? undefined : `refers to a resource that does not exist (${label})`;
  }
}

/** `depends_on` entries and `provider` aliases of resources and data sources. */
function metaArgumentProblems(json: TerraformDocument): string[] {
  const problems: string[] = [];
  const aliases = new Set<string>();
  for (const [providerName, configs] of Object.entries(json.provider ?? {})) {
    for (const config of [configs].flat()) aliases.add(config.alias ? `${providerName}.${config.alias}` : providerName);
  }
  const blocks = [
    ...Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]) => [`${type}.${name}`, body] as const),
    ),
    ...Object.entries(json.data ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]) => [`data.${type}.${name}`, body] as const),
    ),
  ];
  for (const [address, body] of blocks) {
    for (const dependency of body.depends_on ?? []) {
      const reference = String(dependency).replace(/^\$\{(.*)\}$/, '$1');
      const [root, ...parts] = reference.split('.');
      const missing = missingTarget(json, { root, parts });
      if (missing) problems.push(`${address}.depends_on: ${reference} ${missing}`);
    }
    const provider = typeof body.provider === 'string' ? body.provider.replace(/^\$\{(.*)\}$/, '$1') : undefined;
    if (provider !== undefined && !aliases.has(provider)) problems.push(`${address}.provider: ${provider} is not a configured provider`);
  }
  return problems;
}

// ---------------------------------------------------------------- CloudFront

const isResolved = (value: unknown) => !(typeof value === 'string' && value.includes('${'));

function distributionProblems(body: Body, maxCacheBehaviors: number): string[] {
  const problems: string[] = [];
  const origins: Body[] = body.origin ?? [];
  if (origins.length === 0) problems.push('has no origin');
  const originIds = origins.map((origin) => origin.origin_id);
  const duplicateId = originIds.find((id, index) => originIds.indexOf(id) !== index);
  if (duplicateId !== undefined) problems.push(`has two origins with id ${duplicateId}`);
  for (const origin of origins) problems.push(...originProblems(origin).map((problem) => `origin ${origin.origin_id}: ${problem}`));

  const ordered: Body[] = body.ordered_cache_behavior ?? [];
  const behaviors: Array<[string, Body]> = [
    ['default_cache_behavior', body.default_cache_behavior],
    ...ordered.map((behavior) => [`behavior "${behavior.path_pattern}"`, behavior] as [string, Body]),
  ];
  if (!body.default_cache_behavior) problems.push('has no default_cache_behavior');
  for (const [where, behavior] of behaviors) {
    if (!behavior) continue;
    if (!originIds.includes(behavior.target_origin_id))
      problems.push(`${where} targets origin "${behavior.target_origin_id}", which is not one of ${originIds.join(', ')}`);
    const allowed: string[] = behavior.allowed_methods ?? [];
    const cached: string[] = behavior.cached_methods ?? [];
    if (!cached.every((method) => allowed.includes(method))) problems.push(`${where} caches methods it does not allow`);
    if (!behavior.cache_policy_id) problems.push(`${where} has no cache policy`);
  }
  const patterns = ordered.map((behavior) => String(behavior.path_pattern));
  const keys = patterns.map((pattern) => pattern.replace(/^\//, ''));
  const duplicatePattern = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicatePattern !== undefined) problems.push(`has two behaviors for path pattern ${duplicatePattern}`);
  for (const pattern of patterns) {
    if (pattern === '*' || pattern === '/*' || !/^[A-Za-z0-9_\-.*$/~"'@:+?&]{1,255}$/.test(pattern))
      problems.push(`has an invalid ordered path pattern ${JSON.stringify(pattern)}`);
  }
  if (ordered.length + 1 > maxCacheBehaviors)
    problems.push(`has ${ordered.length + 1} cache behaviors, above the quota of ${maxCacheBehaviors}`);

  const errorResponses: Body[] = body.custom_error_response ?? [];
  const codes = errorResponses.map((response) => response.error_code);
  if (new Set(codes).size !== codes.length) problems.push('customises one error code twice');
  for (const response of errorResponses) {
    if (!CUSTOMISABLE_ERROR_CODES.includes(response.error_code))
      problems.push(`customises status ${response.error_code}, which CloudFront does not allow`);
    const ttl = response.error_caching_min_ttl;
    if (ttl !== undefined && !(Number.isInteger(ttl) && ttl >= 0)) problems.push(`caches error ${response.error_code} for ${ttl} s`);
    if ((response.response_code === undefined) !== (response.response_page_path === undefined))
      problems.push(`error ${response.error_code}: response code and page path must be set together`);
    if (
      response.response_code !== undefined &&
      isResolved(response.response_code) &&
      !ERROR_RESPONSE_CODES.includes(Number(response.response_code))
    ) {
      problems.push(`error ${response.error_code}: answers with status ${response.response_code}, which CloudFront does not allow`);
    }
    if (
      response.response_page_path !== undefined &&
      isResolved(response.response_page_path) &&
      !String(response.response_page_path).startsWith('/')
    ) {
      problems.push(`error ${response.error_code}: page path ${JSON.stringify(response.response_page_path)} does not start with /`);
    }
  }
  const commentBytes = typeof body.comment === 'string' ? Buffer.byteLength(body.comment, 'utf8') : 0;
  if (commentBytes > MAX_COMMENT_BYTES) problems.push(`has a comment of ${commentBytes} bytes, above ${MAX_COMMENT_BYTES}`);

  const certificate: Body = body.viewer_certificate ?? {};
  const aliases: string[] = body.aliases ?? [];
  if (certificate.acm_certificate_arn !== undefined) {
    if (certificate.minimum_protocol_version !== CUSTOM_CERTIFICATE_TLS)
      problems.push(`uses ${certificate.minimum_protocol_version} with a custom certificate, not ${CUSTOM_CERTIFICATE_TLS}`);
    if (certificate.ssl_support_method !== 'sni-only') problems.push('serves a custom certificate without sni-only');
    if (aliases.length === 0) problems.push('has a custom certificate but no alias');
  } else {
    if (certificate.cloudfront_default_certificate !== true) problems.push('has neither a custom nor the default certificate');
    if (aliases.length > 0) problems.push('has aliases but only the *.cloudfront.net certificate');
  }
  const lowerAliases = aliases.filter(isResolved).map((alias) => alias.toLowerCase());
  if (new Set(lowerAliases).size !== lowerAliases.length) problems.push('lists an alias twice');
  if (lowerAliases.some((alias) => alias.endsWith('.'))) problems.push('has an alias ending in a period');
  return problems;
}

function originProblems(origin: Body): string[] {
  const problems: string[] = [];
  if (!origin.domain_name) problems.push('has no domain name');
  // CloudFront refuses IP addresses as origin domain names.
  if (isResolved(origin.domain_name) && /^(\d{1,3}\.){3}\d{1,3}$|:/.test(String(origin.domain_name)))
    problems.push(`has the domain name ${origin.domain_name}, an IP address or a host with a port`);
  const path = origin.origin_path;
  if (
    path !== undefined &&
    isResolved(path) &&
    (!String(path).startsWith('/') || String(path).endsWith('/') || String(path).length > 255)
  ) {
    problems.push(`has origin path ${JSON.stringify(path)} (must start with / and not end with /)`);
  }
  const attempts = origin.connection_attempts;
  if (attempts !== undefined && !(Number.isInteger(attempts) && attempts >= 1 && attempts <= 3))
    problems.push(`has connection_attempts ${attempts}`);
  const timeout = origin.connection_timeout;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 1 && timeout <= 10))
    problems.push(`has connection_timeout ${timeout}`);
  const shield = origin.origin_shield?.origin_shield_region;
  if (shield !== undefined && !(ORIGIN_SHIELD_REGIONS as readonly string[]).includes(shield))
    problems.push(`has Origin Shield in ${shield}`);
  if ((origin.custom_header ?? []).length > 10) problems.push('has more than 10 custom headers');
  const custom = origin.custom_origin_config;
  if (custom) {
    for (const key of ['http_port', 'https_port']) {
      const port = custom[key];
      if (!(port === 80 || port === 443 || (Number.isInteger(port) && port >= 1024 && port <= 65535))) problems.push(`has ${key} ${port}`);
    }
    for (const key of ['origin_read_timeout', 'origin_keepalive_timeout']) {
      const seconds = custom[key];
      if (seconds !== undefined && !(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60)) problems.push(`has ${key} ${seconds}`);
    }
  }
  return problems;
}

/** Names of a `{ *_behavior, <names>: { items } }` block: present exactly when the behavior lists names. */
function listProblems(block: Body | undefined, what: string, behaviorKey: string, namesKey: string): string[] {
  if (!block) return [`has no ${what} config`];
  const behavior = block[behaviorKey];
  const items: unknown[] = block[namesKey]?.items ?? [];
  const problems: string[] = [];
  const listing = behavior === 'whitelist' || behavior === 'allExcept' || behavior === 'allViewerAndWhitelistCloudFront';
  if (listing && items.length === 0) problems.push(`${what}: ${behavior} without names`);
  if (!listing && items.length > 0) problems.push(`${what}: ${behavior} with names`);
  if (items.length > MAX_POLICY_LIST_NAMES) problems.push(`${what}: ${items.length} names, above ${MAX_POLICY_LIST_NAMES}`);
  const lower = items.filter(isResolved).map((item) => String(item).toLowerCase());
  if (new Set(lower).size !== lower.length) problems.push(`${what}: a name listed twice`);
  if (lower.some((item) => item.trim() === '')) problems.push(`${what}: a blank name`);
  return problems;
}

function policyNameProblems(name: unknown): string[] {
  return isResolved(name) && !/^[A-Za-z0-9_-]{1,128}$/.test(String(name)) ? [`has the invalid name ${JSON.stringify(name)}`] : [];
}

function cachePolicyProblems(body: Body): string[] {
  const problems = policyNameProblems(body.name);
  const ttls = [body.min_ttl ?? 0, body.default_ttl ?? 86400, body.max_ttl ?? 31536000];
  if (ttls.every(isResolved)) {
    if (!ttls.every((ttl) => Number.isInteger(ttl) && ttl >= 0)) problems.push(`has TTLs ${ttls.join(' / ')} that are not whole seconds`);
    if (!(ttls[0] <= ttls[1] && ttls[1] <= ttls[2]))
      problems.push(`has TTLs out of order: min ${ttls[0]}, default ${ttls[1]}, max ${ttls[2]}`);
  }
  const parameters: Body | undefined = body.parameters_in_cache_key_and_forwarded_to_origin;
  if (!parameters) return [...problems, 'has no cache key parameters'];
  problems.push(
    ...listProblems(parameters.query_strings_config, 'query strings', 'query_string_behavior', 'query_strings'),
    ...listProblems(parameters.headers_config, 'headers', 'header_behavior', 'headers'),
    ...listProblems(parameters.cookies_config, 'cookies', 'cookie_behavior', 'cookies'),
  );
  return problems;
}

function originRequestPolicyProblems(body: Body): string[] {
  return [
    ...policyNameProblems(body.name),
    ...listProblems(body.query_strings_config, 'query strings', 'query_string_behavior', 'query_strings'),
    ...listProblems(body.headers_config, 'headers', 'header_behavior', 'headers'),
    ...listProblems(body.cookies_config, 'cookies', 'cookie_behavior', 'cookies'),
  ];
}
