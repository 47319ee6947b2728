/**
 * One random change to a valid configuration, and what the schema must say about it.
 * - `wrong-type`: a leaf gets a value of a type no field accepts there (null, an object, a list,
 *   a number for a string...): parsing must fail naming that key path.
 * - `unknown-key`: an object gets a key the schema does not know (a typo of a real one): parsing
 *   must fail naming the object; in a map (tags, customHeaders) a key with a non-string value
 *   must fail naming the key.
 * - `other-value` / `copied-value` / `removed`: a leaf gets another value of its type (out of
 *   range, malformed, or copied from another leaf), or disappears. That may still be valid; if it
 *   is not, the errors must be about that key, its object, or a cross-field rule.
 */
import fc from 'fast-check';
import { configJsonSchema } from '../../config/reference';
import { Json, JsonObject } from './arbitraries';

export type KeyPath = ReadonlyArray<string | number>;

export type Mutation =
  | { readonly kind: 'wrong-type' | 'other-value' | 'copied-value'; readonly path: KeyPath; readonly value: Json }
  | { readonly kind: 'removed'; readonly path: KeyPath }
  | { readonly kind: 'unknown-key'; readonly path: KeyPath; readonly key: string; readonly value: Json; readonly inMap: boolean };

/** How the loader writes a key path: `vod.sourceBucket.lifecycle`, `liveMediaPackage.endpoints[0].url`. */
export function keyPathLabel(path: KeyPath): string {
  if (path.length === 0) return '(top level)';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${key}`)).join('');
}

const isObject = (value: Json | undefined): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every primitive value (string, number, boolean) with its path. */
export function leaves(value: Json, path: KeyPath = []): Array<{ path: KeyPath; value: string | number | boolean }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return value === null ? [] : [{ path, value }];
}

/** Every object (not list) with its path, the whole configuration included. */
export function objects(value: Json, path: KeyPath = []): Array<{ path: KeyPath; value: JsonObject }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => objects(item, [...path, index]));
  if (!isObject(value)) return [];
  return [{ path, value }, ...Object.entries(value).flatMap(([key, item]) => objects(item, [...path, key]))];
}

/** A copy of `root` with the value at `path` replaced (or removed when `value` is undefined). */
export function withValueAt(root: JsonObject, path: KeyPath, value: Json | undefined): JsonObject {
  const copy = JSON.parse(JSON.stringify(root)) as JsonObject;
  let parent: any = copy;
  for (const part of path.slice(0, -1)) parent = parent[part];
  const last = path[path.length - 1];
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/** Applies a mutation to a copy of the configuration. */
export function applyMutation(config: JsonObject, mutation: Mutation): JsonObject {
  switch (mutation.kind) {
    case 'removed':
      return withValueAt(config, mutation.path, undefined);
    case 'unknown-key':
      return withValueAt(config, [...mutation.path, mutation.key], mutation.value);
    default:
      return withValueAt(config, mutation.path, mutation.value);
  }
}

// ---------------------------------------------------------------- what the schema declares

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

function* schemaNodes(node: SchemaNode): Generator<[string | undefined, SchemaNode]> {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    yield [name, child];
    yield* schemaNodes(child);
  }
  for (const child of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.items ? [node.items] : [])]) {
    yield [undefined, child];
    yield* schemaNodes(child);
  }
  if (typeof node.additionalProperties === 'object') yield* schemaNodes(node.additionalProperties);
}

const SCHEMA = configJsonSchema() as SchemaNode;
/** Every key the schema declares anywhere: an "unknown" key must be none of them. */
export const SCHEMA_KEYS = new Set([...schemaNodes(SCHEMA)].flatMap(([name]) => (name === undefined ? [] : [name])));
/** Keys whose value is a map of free keys to strings (tags, customHeaders). */
export const MAP_KEYS = new Set(
  [...schemaNodes(SCHEMA)].flatMap(([name, node]) =>
    name !== undefined && !node.properties && typeof node.additionalProperties === 'object' ? [name] : [],
  ),
);

// ---------------------------------------------------------------- generating mutations

/** A value of a type the field cannot take: no field takes null, an object for a primitive, a number for a string... */
function wrongTypeFor(value: string | number | boolean): fc.Arbitrary<Json> {
  const structural = fc.constantFrom<Json>(null, {}, [], [value], { value });
  if (typeof value === 'string') return fc.oneof(structural, fc.constantFrom<Json>(42, 0, true, false));
  // Not false: expireObjectsAfterDays takes a number or false.
  if (typeof value === 'number') return fc.oneof(structural, fc.constantFrom<Json>(String(value), '', true));
  return fc.oneof(structural, fc.constantFrom<Json>(String(value), 1, 0));
}

/** Another value of the same type: out of range, malformed, or plausible. */
function otherValueFor(value: string | number | boolean): fc.Arbitrary<Json> {
  if (typeof value === 'boolean') return fc.constant(!value);
  if (typeof value === 'number') {
    return fc.oneof(
      fc.constantFrom(-1, 0, 1, 0.5, -0.5, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1e21, value + 1, value - 1, value * 1000),
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
  }
  return fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      value.toUpperCase(),
      `${value} `,
      `-${value}`,
      `${value}.`,
      `https://${value}/path`,
      value.repeat(40),
      '*',
      '/',
      '../',
      '${var.x}',
      'x%{ if true }',
      'ümlaut ✓',
      'a\nb',
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ maxLength: 10, unit: 'grapheme' }),
  );
}

/** Typos of a real key that the schema declares nowhere. */
function unknownKeyFrom(existing: readonly string[]): fc.Arbitrary<string> {
  const typos = existing.flatMap((key) => [
    `${key} `,
    key.replace(/^[a-z]/, (letter) => letter.toUpperCase()),
    key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
    key.slice(0, -1),
    `${key}s`,
  ]);
  return fc
    .oneof(fc.stringMatching(/^[a-z][A-Za-z0-9_ -]{0,15}$/), ...(typos.length > 0 ? [fc.constantFrom(...typos)] : []))
    .filter((key) => !SCHEMA_KEYS.has(key) && !existing.includes(key));
}

/** One mutation of `config`. */
export function mutationOf(config: JsonObject): fc.Arbitrary<Mutation> {
  const allLeaves = leaves(config);
  const allObjects = objects(config);
  const options: Array<fc.Arbitrary<Mutation>> = [
    fc.constantFrom(...allObjects).chain(({ path, value }) => {
      const inMap = MAP_KEYS.has(String(path[path.length - 1]));
      const key = inMap
        ? fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/).filter((name) => !(name in value))
        : unknownKeyFrom(Object.keys(value));
      // In a map any key is allowed: its value must then be of the wrong type.
      const newValue = inMap ? fc.constantFrom<Json>(1, true, null, {}) : fc.constantFrom<Json>(true, 1, 'x', {}, null);
      return fc.record({
        kind: fc.constant('unknown-key' as const),
        path: fc.constant(path),
        key,
        value: newValue,
        inMap: fc.constant(inMap),
      });
    }),
  ];
  if (allLeaves.length > 0) {
    const leaf = fc.constantFrom(...allLeaves);
    options.push(
      leaf.chain(({ path, value }) => wrongTypeFor(value).map((wrong): Mutation => ({ kind: 'wrong-type', path, value: wrong }))),
      leaf.chain(({ path, value }) => otherValueFor(value).map((other): Mutation => ({ kind: 'other-value', path, value: other }))),
      leaf.chain(({ path, value }) => {
        const sameType = allLeaves.filter((other) => typeof other.value === typeof value && other.value !== value);
        return sameType.length > 0
          ? fc.constantFrom(...sameType).map((other): Mutation => ({ kind: 'copied-value', path, value: other.value }))
          : fc.constant<Mutation>({ kind: 'removed', path });
      }),
      leaf.map(({ path }): Mutation => ({ kind: 'removed', path })),
    );
  }
  return fc.oneof(...options);
}
