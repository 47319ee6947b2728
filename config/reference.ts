/**
 * The configuration reference, generated from the zod schema so it cannot drift: a JSON Schema
 * file for editors (`"$schema": "../docs/reference/config.schema.json"`) and the reference tables
 * of docs/reference/configuration.md. `npm run docs` writes both; a test fails when either is out of date.
 */
import { z } from 'zod';
import { documentedAs } from './instances';
import { configSchema } from './schema';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export function configJsonSchema(): JsonSchema {
  return z.toJSONSchema(configSchema, {
    io: 'input',
    unrepresentable: 'any',
    // The instances form is written as partial instances (the defaults fill the rest).
    override: ({ zodSchema, jsonSchema }) => {
      const documented = documentedAs.get(zodSchema as unknown as z.ZodType);
      if (!documented) return;
      const { $schema: _, ...replacement } = z.toJSONSchema(documented, { io: 'input', unrepresentable: 'any' });
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, replacement);
    },
  }) as JsonSchema;
}

/** A scenario section's two forms, when `property` is one. */
function sectionForms(property: JsonSchema): { single: JsonSchema; instances: JsonSchema } | undefined {
  const single = property.anyOf?.find((form) => form.properties && 'enabled' in form.properties);
  const instances = property.anyOf?.find((form) => form.properties && 'instances' in form.properties);
  return single && instances ? { single, instances } : undefined;
}

/**
 * The JSON Schema file for editors: each section's keys written under $defs, referenced by the single
 * form (with its required keys), and without any required key by `defaults` and every instance (the
 * other supplies what one leaves out; the app checks each merged instance).
 */
export function configJsonSchemaFile(): JsonSchema {
  const schema = configJsonSchema();
  const $defs: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const forms = sectionForms(property);
    if (!forms) continue;
    const { required, ...keys } = forms.single;
    $defs[name] = keys;
    $defs[`${name}Instance`] = withoutRequired(keys);
    const instanceRef = `#/$defs/${name}Instance`;
    const { defaults, instances } = forms.instances.properties as Record<string, JsonSchema>;
    property.anyOf = [
      {
        ...forms.instances,
        properties: {
          defaults: { description: defaults.description, $ref: instanceRef },
          instances: { ...instances, additionalProperties: { $ref: instanceRef } },
        },
      },
      { allOf: [{ $ref: `#/$defs/${name}` }], ...(required ? { required } : {}) },
    ];
  }
  return { ...schema, $defs };
}

function withoutRequired(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema)) return schema.map(withoutRequired) as unknown as JsonSchema;
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'required' && Array.isArray(value)))
      .map(([key, value]) => [key, key === 'enum' || key === 'const' || key === 'default' ? value : withoutRequired(value as JsonSchema)]),
  ) as JsonSchema;
}

interface Row {
  key: string;
  type: string;
  required: boolean;
  defaultValue: string;
  description: string;
}

function describeType(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' | ');
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(describeType).join(' | ');
  if (schema.type === 'array') return `array of ${schema.items ? describeType(schema.items) : 'values'}`;
  if (schema.type === 'object' && !schema.properties && schema.additionalProperties) return 'map of string to string';
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  const limits = [
    schema.minimum !== undefined ? `>= ${schema.minimum}` : '',
    schema.exclusiveMinimum !== undefined ? `> ${schema.exclusiveMinimum}` : '',
    schema.maximum !== undefined ? `<= ${schema.maximum}` : '',
    schema.minItems !== undefined ? `>= ${schema.minItems} items` : '',
    schema.maxItems !== undefined ? `<= ${schema.maxItems} items` : '',
    schema.maxLength !== undefined ? `<= ${schema.maxLength} chars` : '',
  ].filter(Boolean);
  return limits.length > 0 ? `${type} (${limits.join(', ')})` : type;
}

/** Blocks every scenario section shares: documented once, referenced from each section. */
const SHARED_BLOCKS = ['backend', 'customDomain', 'distribution', 'viewerAccess'];

function rowsOf(schema: JsonSchema, prefix: string, required: boolean, note = '', collapseShared = false): Row[] {
  const rows: Row[] = [];
  const name = prefix.split('.').pop() ?? '';
  if (collapseShared && SHARED_BLOCKS.includes(name)) {
    return [
      {
        key: prefix,
        type: `object: see [${name}](#${name.toLowerCase()})`,
        required,
        defaultValue: '',
        description: schema.description ?? '',
      },
    ];
  }
  const variants = schema.anyOf ?? schema.oneOf;
  const objectVariants = variants?.filter((variant) => variant.properties);
  if (objectVariants && objectVariants.length > 0) {
    rows.push({
      key: prefix,
      type: 'object, one of the variants below',
      required,
      defaultValue: '',
      description: schema.description ?? '',
    });
    for (const variant of objectVariants) {
      const discriminator = Object.entries(variant.properties ?? {}).find(([, property]) => property.const !== undefined);
      const label = discriminator ? `${discriminator[0]} = ${JSON.stringify(discriminator[1].const)}` : 'variant';
      rows.push(...rowsOf(variant, prefix, required, ` (when ${label})`, collapseShared).slice(1));
    }
    return rows;
  }
  if (schema.type === 'object' && schema.properties) {
    if (prefix) rows.push({ key: prefix + note, type: 'object', required, defaultValue: '', description: schema.description ?? '' });
    for (const [name, property] of Object.entries(schema.properties)) {
      const key = prefix ? `${prefix}.${name}` : name;
      rows.push(...rowsOf(property, key, (schema.required ?? []).includes(name), note, collapseShared));
    }
    return rows;
  }
  if (schema.type === 'array' && schema.items?.type === 'object' && schema.items.properties) {
    rows.push({ key: prefix + note, type: 'array of objects', required, defaultValue: '', description: schema.description ?? '' });
    rows.push(...rowsOf(schema.items, `${prefix}[]`, true, note, collapseShared).slice(1));
    return rows;
  }
  rows.push({
    key: prefix + note,
    type: describeType(schema),
    required: required && schema.default === undefined,
    defaultValue: schema.default === undefined ? '' : `\`${JSON.stringify(schema.default)}\``,
    description: schema.description ?? '',
  });
  return rows;
}

/** Table cells: pipes split cells, `<x>` would vanish as HTML, `*` would start italics. */
const escape = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/(?<!\\)\*/g, '\\*')
    .replace(/\n/g, ' ');

/** Markdown: one table for the top-level keys, one per scenario section. */
export function renderConfigReference(): string {
  const schema = configJsonSchema();
  const properties = schema.properties ?? {};
  // A scenario section takes two forms: its keys (documented), or instances of them (a note).
  const sections = Object.entries(properties).flatMap(([name, property]) => {
    const single = sectionForms(property)?.single;
    return single ? [[name, { ...single, description: property.description }] as const] : [];
  });
  const topLevel: JsonSchema = {
    type: 'object',
    required: schema.required,
    properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !sections.some(([section]) => section === name))),
  };
  const table = (rows: Row[]) => [
    '| key | type | required | default | description |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| \`${row.key}\` | ${escape(row.type)} | ${row.required ? 'yes' : 'no'} | ${row.defaultValue} | ${escape(row.description)} |`,
    ),
  ];
  const lines = [
    '# Configuration reference',
    '',
    '<!-- Generated from config/ by `npm run docs`; a test fails when it is out of date. Do not edit. -->',
    '',
    'The app reads one JSON file: `examples/default.json` unless `VIDEO_CDN_CONFIG` names another. Unknown keys are errors; every value is',
    'checked by the same rule as the library construct it feeds, so both report it with the same words. Editors validate a file that starts',
    'with `"$schema": "../docs/reference/config.schema.json"` (adjust the path) against [config.schema.json](config.schema.json).',
    '',
    '## Top level',
    '',
    ...table(rowsOf(topLevel, '', true, '', true)),
  ];
  const firstSection = sections[0]?.[1].properties ?? {};
  for (const block of SHARED_BLOCKS) {
    const blockSchema = block === 'backend' ? properties.backend : firstSection[block];
    if (!blockSchema) continue;
    lines.push('', `## ${block}`, '');
    if (blockSchema.description) lines.push(escape(blockSchema.description), '');
    lines.push(...table(rowsOf(blockSchema, block, false).slice(1)));
  }
  lines.push(
    '',
    '## Instances',
    '',
    'Each scenario section below takes its keys directly (one stack, named as the section says), or named instances, each its own stack',
    '`<stack name>-<instance>` (`stackNamePrefix` in front):',
    '',
    '```json',
    '"liveMediaPackage": {',
    '  "defaults": { "timeShift": true, "originShieldRegion": "eu-west-1" },',
    '  "instances": { "news": { "endpoints": [ ... ] }, "sports": { "endpoints": [ ... ], "enabled": false } }',
    '}',
    '```',
    '',
    '`defaults` takes any key of the section and is deep-merged under each instance: objects merged key by key, arrays and values replaced,',
    'the instance winning. Instance names are 1-32 lower-case letters, digits and hyphens, unique in the section. Each merged instance is',
    'checked as a whole section (errors name it: `liveMediaPackage.instances.news.endpoints[1].url`); no two stacks may share a state, a',
    'custom domain name or a name the configuration sets for an account-wide object (bucket, queue, role, container, channel).',
  );
  for (const [name, property] of sections) {
    lines.push('', `## \`${name}\``, '');
    if (property.description) lines.push(escape(property.description), '');
    lines.push('Single form below; or [instances](#instances) of these keys.', '');
    lines.push(...table(rowsOf(property, name, false, '', true).slice(1)));
  }
  return `${lines.join('\n')}\n`;
}
