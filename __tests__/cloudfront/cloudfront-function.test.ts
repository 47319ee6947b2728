import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudFrontFunction, FunctionCode, KeyValueStore, MAX_FUNCTION_CODE_BYTES, putKeyCommand } from '../../modules';
import { isResponse, loadCloudFrontFunction, viewerRequestEvent } from '../support/cloudfront-function';
import { onlyResource, synthJson, testStack } from '../support/synth';

const REDIRECT = `async function handler(event) {
  const request = event.request;
  if (request.uri.endsWith('/')) return { statusCode: 301, headers: { location: { value: \`\${request.uri}index.m3u8\` } } };
  return request;
}`;

describe('CloudFrontFunction', () => {
  it('minimal: cloudfront-js-2.0, published, code as written, runnable after Terraform reads it', async () => {
    const stack = testStack();
    new CloudFrontFunction(stack, 'index', { code: FunctionCode.fromInline(REDIRECT) });
    const fn = onlyResource(synthJson(stack), 'aws_cloudfront_function');
    expect(fn).toMatchObject({ runtime: 'cloudfront-js-2.0', publish: true, name: expect.stringMatching(/^test-index-[0-9a-f]{8}$/) });
    // Terraform would read ${...} as an interpolation: escaped in the JSON, as written at the edge.
    expect(fn.code).toContain('`$${request.uri}index.m3u8`');
    const handler = loadCloudFrontFunction(fn.code);
    const result = await handler(viewerRequestEvent('/show/'));
    expect(isResponse(result) && result.headers?.location.value).toBe('/show/index.m3u8');
  });

  it('maximal: name, comment, a key value store, code from a file with a placeholder', () => {
    const stack = testStack();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cff-')), 'fn.js');
    fs.writeFileSync(file, 'const limit = __LIMIT__;\nasync function handler(event) { return event.request; }\n');
    const store = new KeyValueStore(stack, 'store', { keyValueStoreName: 'settings', comment: 'per-channel settings' });
    new CloudFrontFunction(stack, 'fn', {
      code: FunctionCode.fromFile(file, { __LIMIT__: '5' }),
      functionName: 'rewrite',
      comment: 'rewrites',
      keyValueStore: store,
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_cloudfront_function')).toMatchObject({
      name: 'rewrite',
      comment: 'rewrites',
      code: expect.stringMatching(/^const limit = 5;/),
      key_value_store_associations: [expect.stringMatching(/^\$\{aws_cloudfront_key_value_store\.store_[0-9A-F]+\.arn\}$/)],
    });
    expect(onlyResource(json, 'aws_cloudfront_key_value_store')).toEqual({ name: 'settings', comment: 'per-channel settings' });
    expect(putKeyCommand(store, 'default')).toMatch(
      /^aws cloudfront-keyvaluestore put-key --kvs-arn \$\{TfToken\[.+\]\} --key default --value "\$VALUE" --if-match "\$\(aws cloudfront-keyvaluestore describe-key-value-store --kvs-arn \$\{TfToken\[.+\]\} --query ETag --output text\)"$/,
    );
  });

  it(`refuses code over CloudFront's ${MAX_FUNCTION_CODE_BYTES} bytes, counted in UTF-8`, () => {
    const code = `// ${'é'.repeat(5200)}\nasync function handler(event) { return event.request; }`;
    expect(() => new CloudFrontFunction(testStack(), 'big', { code: FunctionCode.fromInline(code) })).toThrow(
      /^'code' is 10459 bytes, above CloudFront's limit of 10240 bytes for a function, got: "inline code"\. Shorten it/,
    );
  });

  it('refuses a missing file, a placeholder not found once, and names that CloudFront refuses', () => {
    expect(() => FunctionCode.fromFile('/nonexistent/fn.js')).toThrow(/^'code' cannot be read/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cff-')), 'fn.js');
    fs.writeFileSync(file, 'const a = __X__; const b = __X__;');
    expect(() => FunctionCode.fromFile(file, { __X__: '1' })).toThrow(/contains the placeholder __X__ 2 times, not once/);
    expect(() => FunctionCode.fromFile(file, { __Y__: '1' })).toThrow(/contains the placeholder __Y__ 0 times, not once/);
    expect(() => new CloudFrontFunction(testStack(), 'fn', { code: FunctionCode.fromInline(REDIRECT), functionName: 'has space' })).toThrow(
      /^'functionName' must be 1-64 letters, digits, hyphens or underscores/,
    );
    expect(() => new KeyValueStore(testStack(), 'kvs', { keyValueStoreName: 'x'.repeat(65) })).toThrow(/^'keyValueStoreName' must be 1-64/);
  });
});
