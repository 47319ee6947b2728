import { DefaultTokenResolver, StringConcat, TerraformResource, TerraformStack, Tokenization } from 'cdktf';

/** A JSON object of the synthesized Terraform. */
export type TerraformBody = Readonly<Record<string, unknown>>;

/** One resource as Terraform will receive it. */
export interface ResolvedResource {
  /** `aws_cloudfront_distribution` */
  readonly type: string;
  /** The resource name in the JSON (cdktf's friendly unique id). */
  readonly name: string;
  /** `type.name`, the address other resources use in `${type.name.attr}` references. */
  readonly address: string;
  /** The construct path (`my-stack/cdn/Resource`), for messages. */
  readonly constructPath: string;
  /** The body: snake_case keys, tokens resolved to `${type.name.attr}` references, without `//` metadata. */
  readonly body: TerraformBody;
}

/** A `${type.name.attr}` reference found in a value, to a resource of the same stack. */
export interface ResourceReference {
  readonly resource: ResolvedResource;
  /** `arn`, `id`, `bucket_regional_domain_name`... (undefined for a bare `type.name`). */
  readonly attribute?: string;
}

/** Candidate `type.name(.attribute)` inside an interpolation; kept only when the address exists. */
const ADDRESS = /([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?/g;

/** Every resource of one stack, so a rule can look across resources (which bucket a policy is for). */
export class RuleContext {
  /** Resolves every resource of the stack the way `cdktf synth` writes it. */
  public static fromStack(stack: TerraformStack): RuleContext {
    const resolver = new DefaultTokenResolver(new StringConcat());
    const resources: ResolvedResource[] = [];
    for (const construct of stack.node.findAll()) {
      if (!TerraformResource.isTerraformResource(construct)) continue;
      const json = Tokenization.resolve(construct.toTerraform(), { scope: stack, resolver });
      for (const [type, byName] of Object.entries(asObject(json?.resource))) {
        for (const [name, raw] of Object.entries(asObject(byName))) {
          const { '//': metadata, ...body } = asObject(raw);
          const path = asObject(asObject(metadata).metadata).path;
          resources.push({
            type,
            name,
            address: `${type}.${name}`,
            constructPath: typeof path === 'string' ? path : construct.node.path,
            body,
          });
        }
      }
    }
    return new RuleContext(resources);
  }

  private readonly byAddress: ReadonlyMap<string, ResolvedResource>;

  constructor(public readonly resources: readonly ResolvedResource[]) {
    this.byAddress = new Map(resources.map((resource) => [resource.address, resource]));
  }

  /** The resource at `type.name`. */
  public resource(address: string): ResolvedResource | undefined {
    return this.byAddress.get(address);
  }

  public ofType(type: string): ResolvedResource[] {
    return this.resources.filter((resource) => resource.type === type);
  }

  /** The resources of this stack a value refers to (`"${aws_s3_bucket.media.arn}/*"` -> the bucket). */
  public references(value: unknown): ResourceReference[] {
    if (typeof value !== 'string' || !value.includes('${')) return [];
    const found: ResourceReference[] = [];
    for (const match of value.matchAll(ADDRESS)) {
      const resource = this.byAddress.get(`${match[1]}.${match[2]}`);
      if (resource) found.push({ resource, attribute: match[3] });
    }
    return found;
  }
}

/** Nested blocks as a list: the JSON holds a list (`origin`) or a single object (`viewer_certificate`). */
export function nestedBlocks(value: unknown): TerraformBody[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** A single nested nestedBlock, or an empty object. */
export function nestedBlock(value: unknown): TerraformBody {
  return nestedBlocks(value)[0] ?? {};
}

/** A literal string value; undefined when missing, empty, or an interpolation known only at apply. */
export function literalString(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value.includes('${')) return undefined;
  return value;
}

/** True for Terraform's `true` written as a boolean or a string. */
export function isTerraformTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** True when a value is an interpolation, i.e. only known at apply time. */
export function isTerraformExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function isObject(value: unknown): value is TerraformBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? (value as Record<string, unknown>) : {};
}
