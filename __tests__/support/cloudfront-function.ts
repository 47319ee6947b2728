/**
 * Runs CloudFront Function code as the cloudfront-js-2.0 runtime does, taken from the synthesized
 * JSON: a script whose `handler(event)` CloudFront calls, that may import only the `cloudfront`
 * (key value store) and `crypto` modules, with no Node.js globals but `Buffer`, no network, no
 * timers and no file system. Node runs more JavaScript than the runtime does, so the code is first
 * parsed and refused if it uses syntax the runtime documents as unsupported.
 */
import * as crypto from 'crypto';
import * as vm from 'vm';
import { parse } from 'acorn';

export interface ViewerRequest {
  readonly method: string;
  readonly uri: string;
  readonly querystring: Record<string, { value: string; multiValue?: Array<{ value: string }> }>;
  readonly headers: Record<string, { value: string }>;
  readonly cookies: Record<string, { value: string; multiValue?: Array<{ value: string }> }>;
}

export interface ViewerResponse {
  readonly statusCode: number;
  readonly statusDescription?: string;
  readonly headers?: Record<string, { value: string }>;
}

export type FunctionResult = ViewerRequest | ViewerResponse;
export type FunctionHandler = (event: unknown) => Promise<FunctionResult>;

const MODULES = ['cloudfront', 'crypto'];
const HASHES = ['md5', 'sha1', 'sha256'];

/** Loads code as Terraform hands it to CloudFront (`$${` is Terraform's escape for a literal `${`). */
export function loadCloudFrontFunction(terraformCode: string, keyValueStore: Readonly<Record<string, string>> = {}): FunctionHandler {
  if (/(^|[^$])\$\{/.test(terraformCode))
    throw new Error('the code holds a Terraform interpolation (${...}) that Terraform would evaluate');
  const code = terraformCode.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  const unsupported = unsupportedSyntax(code);
  if (unsupported.length > 0) throw new Error(`cloudfront-js-2.0 does not support: ${unsupported.join('; ')}`);
  const script = code.replace(/^import (\w+) from '([^']+)';$/gm, (_line, name: string, module: string) => {
    if (!MODULES.includes(module)) throw new Error(`cloudfront-js-2.0 has no module '${module}'`);
    return `const ${name} = runtimeModules[${JSON.stringify(module)}];`;
  });
  if (/^\s*(import|export)\b/m.test(script)) throw new Error('only `import x from "cloudfront" | "crypto"` lines are allowed');
  const context = vm.createContext({
    Buffer,
    console: { log: () => undefined },
    runtimeModules: { cloudfront: { kvs: () => keyValueStoreStub(keyValueStore) }, crypto: cryptoModule() },
  });
  const handler = vm.runInContext(`${script}\n;handler`, context, { timeout: 1000 }) as FunctionHandler;
  if (typeof handler !== 'function') throw new Error('the code defines no handler function');
  return (event) => handler(JSON.parse(JSON.stringify(event)));
}

/** The `cloudfront` module's key value store: `get` throws for a missing key, as at the edge. */
function keyValueStoreStub(values: Readonly<Record<string, string>>) {
  return {
    async get(key: string, options: { format?: 'string' | 'json' | 'bytes' } = {}) {
      if (!Object.prototype.hasOwnProperty.call(values, key)) throw new Error(`KeyNotFound: ${key}`);
      const value = values[key];
      if (options.format === 'json') return JSON.parse(value);
      if (options.format === 'bytes') return Buffer.from(value, 'utf8');
      return value;
    },
    async exists(key: string) {
      return Object.prototype.hasOwnProperty.call(values, key);
    },
    async meta() {
      return {
        creationDateTime: '2026-01-01T00:00:00Z',
        lastUpdatedDateTime: '2026-01-01T00:00:00Z',
        keyCount: Object.keys(values).length,
      };
    },
  };
}

/** The runtime's crypto module: hashes and HMACs with md5, sha1 and sha256 only. */
function cryptoModule() {
  const checked = (algorithm: string) => {
    if (!HASHES.includes(algorithm)) throw new Error(`cloudfront-js-2.0 crypto has no ${algorithm}`);
    return algorithm;
  };
  return {
    createHash: (algorithm: string) => crypto.createHash(checked(algorithm)),
    createHmac: (algorithm: string, key: string | Buffer) => crypto.createHmac(checked(algorithm), key),
  };
}

/** A viewer-request event for `url` (path and query), with cookies, as CloudFront builds it. */
export function viewerRequestEvent(
  url: string,
  options: { method?: string; cookies?: Record<string, string | string[]>; headers?: Record<string, string> } = {},
) {
  const [uri, query = ''] = url.split('?');
  const querystring: ViewerRequest['querystring'] = {};
  for (const pair of query.split('&').filter((part) => part !== '')) {
    const [name, value = ''] = pair.split('=');
    const entry = querystring[name];
    if (entry) entry.multiValue = [...(entry.multiValue ?? [{ value: entry.value }]), { value }];
    else querystring[name] = { value };
  }
  const cookies: ViewerRequest['cookies'] = {};
  for (const [name, value] of Object.entries(options.cookies ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    cookies[name] = values.length > 1 ? { value: values[0], multiValue: values.map((one) => ({ value: one })) } : { value: values[0] };
  }
  return {
    version: '1.0',
    context: {
      distributionDomainName: 'd111111abcdef8.cloudfront.net',
      distributionId: 'EDFDVBD6EXAMPLE',
      eventType: 'viewer-request',
      requestId: 'test',
    },
    viewer: { ip: '198.51.100.7' },
    request: {
      method: options.method ?? 'GET',
      uri,
      querystring,
      headers: Object.fromEntries(
        Object.entries({ host: 'd111111abcdef8.cloudfront.net', ...options.headers }).map(([name, value]) => [name, { value }]),
      ),
      cookies,
    },
  };
}

/** Whether the function answered (a response) instead of passing the request on. */
export function isResponse(result: FunctionResult): result is ViewerResponse {
  return 'statusCode' in result;
}

interface SyntaxNode {
  readonly type: string;
  readonly start: number;
  readonly [key: string]: unknown;
}

/**
 * What the cloudfront-js-2.0 runtime does not run (Developer Guide, "JavaScript runtime 2.0
 * features"): ES 5.1 plus const/let, arrow functions, template literals, rest parameters and async
 * functions, but no for-of, classes, destructuring, spread, optional chaining, `??`, generators,
 * async closures, `await` in call arguments, or optional catch bindings.
 */
export function unsupportedSyntax(code: string): string[] {
  const found: string[] = [];
  const refuse = (node: SyntaxNode, what: string) => found.push(`${what} at offset ${node.start}`);
  const visit = (node: SyntaxNode, parent?: SyntaxNode) => {
    switch (node.type) {
      case 'ForOfStatement':
        refuse(node, 'for-of');
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        refuse(node, 'classes');
        break;
      case 'ObjectPattern':
      case 'ArrayPattern':
        refuse(node, 'destructuring');
        break;
      case 'SpreadElement':
        refuse(node, 'spread');
        break;
      case 'ChainExpression':
        refuse(node, 'optional chaining');
        break;
      case 'LogicalExpression':
        if (node.operator === '??') refuse(node, 'nullish coalescing');
        break;
      case 'AssignmentExpression':
        if (['??=', '||=', '&&='].includes(node.operator as string)) refuse(node, 'logical assignment');
        break;
      case 'CatchClause':
        if (node.param === null) refuse(node, 'catch without a binding');
        break;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (node.async) refuse(node, 'async closures');
        if (node.generator) refuse(node, 'generators');
        break;
      case 'FunctionDeclaration':
        if (node.generator) refuse(node, 'generators');
        break;
      case 'AwaitExpression':
        if (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') refuse(node, 'await in call arguments');
        break;
      case 'ImportExpression':
        refuse(node, 'dynamic import');
        break;
    }
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as SyntaxNode).type === 'string') visit(child as SyntaxNode, node);
      }
    }
  };
  visit(parse(code, { ecmaVersion: 2022, sourceType: 'module' }) as unknown as SyntaxNode);
  return found;
}
