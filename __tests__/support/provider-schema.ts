/**
 * A structural check of synthesized Terraform JSON against a provider schema (`terraform providers
 * schema -json`), for the provider lines Terraform cannot run here (hashicorp/aws 6.x): every type
 * known, every argument and nested block one the schema declares and settable, required ones
 * present, block counts within min/max, values of the declared type (expressions aside). It does not
 * run the provider's own validation (value lists, cross-argument rules) nor plan anything.
 */
import * as fs from 'fs';

interface SchemaAttribute {
  readonly type?: unknown;
  readonly nested_type?: unknown;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}

interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'group' | 'list' | 'set' | 'map';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
  readonly deprecated?: boolean;
}

export interface ProviderSchema {
  readonly resources: Record<string, SchemaBlock>;
  readonly dataSources: Record<string, SchemaBlock>;
}

/** The hashicorp/aws schema of a `terraform providers schema -json` file. */
export function readAwsSchema(file: string): ProviderSchema {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const aws = json.provider_schemas['registry.terraform.io/hashicorp/aws'];
  const blocks = (schemas: Record<string, { block: SchemaBlock }>) =>
    Object.fromEntries(Object.entries(schemas).map(([type, schema]) => [type, schema.block]));
  return { resources: blocks(aws.resource_schemas), dataSources: blocks(aws.data_source_schemas ?? {}) };
}

/** Terraform's meta-arguments, valid on every resource and data source. */
const META_ARGUMENTS = new Set(['//', 'provider', 'depends_on', 'count', 'for_each', 'lifecycle', 'provisioner', 'connection']);

type Body = Record<string, unknown>;

/** Every mismatch between the resources and data sources of a stack's JSON and the schema. */
export function schemaProblems(
  json: { resource?: Record<string, Record<string, Body>>; data?: Record<string, Record<string, Body>> },
  schema: ProviderSchema,
): string[] {
  const problems: string[] = [];
  const check = (
    kind: 'resource' | 'data',
    blocks: Record<string, SchemaBlock>,
    byType: Record<string, Record<string, Body>> | undefined,
  ) => {
    for (const [type, byName] of Object.entries(byType ?? {})) {
      const block = blocks[type];
      for (const [name, body] of Object.entries(byName)) {
        const at = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        if (!block) problems.push(`${at}: ${type} is not a ${kind === 'data' ? 'data source' : 'resource'} type of the schema`);
        else problems.push(...blockProblems(at, body, block, true));
      }
    }
  };
  check('resource', schema.resources, json.resource);
  check('data', schema.dataSources, json.data);
  return problems;
}

function blockProblems(at: string, body: Body, block: SchemaBlock, topLevel: boolean): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    const attribute = attributes[key];
    const nested = blockTypes[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) problems.push(`${at}.${key}: is computed, not an argument`);
      else if (attribute.type !== undefined) problems.push(...valueProblems(`${at}.${key}`, value, attribute.type));
    } else if (nested) {
      const items = nested.nesting_mode === 'map' ? Object.values(value as Body) : Array.isArray(value) ? value : [value];
      if (nested.max_items !== undefined && items.length > nested.max_items) {
        problems.push(`${at}.${key}: ${items.length} blocks, at most ${nested.max_items}`);
      }
      if (nested.min_items !== undefined && items.length < nested.min_items) {
        problems.push(`${at}.${key}: ${items.length} blocks, at least ${nested.min_items}`);
      }
      items.forEach((item, index) => {
        if (isExpression(item)) return;
        if (typeof item !== 'object' || item === null)
          problems.push(`${at}.${key}[${index}]: a block must be an object, got ${JSON.stringify(item)}`);
        else problems.push(...blockProblems(`${at}.${key}[${index}]`, item as Body, nested.block, false));
      });
    } else {
      problems.push(`${at}.${key}: not an argument or block of the schema`);
    }
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && !(key in body)) problems.push(`${at}.${key}: required, missing`);
  }
  for (const [key, nested] of Object.entries(blockTypes)) {
    if ((nested.min_items ?? 0) > 0 && !(key in body))
      problems.push(`${at}.${key}: at least ${nested.min_items} block(s) required, missing`);
  }
  return problems;
}

/** `${...}`: a value Terraform computes, of whatever type the expression gives. */
function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** A JSON value against a cty type (`"string"`, `["list","string"]`, `["object",{...}]`...), converting as Terraform does. */
function valueProblems(at: string, value: unknown, type: unknown): string[] {
  if (value === null || isExpression(value)) return [];
  const mismatch = (expected: string) => [`${at}: expected ${expected}, got ${JSON.stringify(value)}`];
  if (type === 'string') return ['string', 'number', 'boolean'].includes(typeof value) ? [] : mismatch('a string');
  if (type === 'number')
    return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
      ? []
      : mismatch('a number');
  if (type === 'bool') return typeof value === 'boolean' || value === 'true' || value === 'false' ? [] : mismatch('a bool');
  if (type === 'dynamic') return [];
  if (Array.isArray(type)) {
    const [kind, element] = type as [string, unknown];
    if (kind === 'list' || kind === 'set') {
      if (!Array.isArray(value)) return mismatch(`a ${kind}`);
      return value.flatMap((item, index) => valueProblems(`${at}[${index}]`, item, element));
    }
    if (kind === 'map') {
      if (typeof value !== 'object' || Array.isArray(value)) return mismatch('a map');
      return Object.entries(value as Body).flatMap(([key, item]) => valueProblems(`${at}.${key}`, item, element));
    }
    if (kind === 'object') {
      if (typeof value !== 'object' || Array.isArray(value)) return mismatch('an object');
      const fields = element as Record<string, unknown>;
      return Object.entries(value as Body).flatMap(([key, item]) =>
        key in fields ? valueProblems(`${at}.${key}`, item, fields[key]) : [`${at}.${key}: not a field of the object type`],
      );
    }
  }
  return [];
}
