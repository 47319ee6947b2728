import { nestedBlocks, TerraformBody } from './rule-context';

/** One cache behavior of a resolved `aws_cloudfront_distribution` body. */
export interface ResolvedBehavior {
  /** `*` for the default behavior. */
  readonly pathPattern: string;
  readonly body: TerraformBody;
}

/** The `origin` blocks of a distribution body. */
export function distributionOrigins(distribution: TerraformBody): TerraformBody[] {
  return nestedBlocks(distribution.origin);
}

/** The ordered behaviors, then the default one (`*`): CloudFront's matching order. */
export function distributionBehaviors(distribution: TerraformBody): ResolvedBehavior[] {
  const defaults = nestedBlocks(distribution.default_cache_behavior).map((body) => ({ pathPattern: '*', body }));
  const ordered = nestedBlocks(distribution.ordered_cache_behavior).map((body) => ({
    pathPattern: typeof body.path_pattern === 'string' ? body.path_pattern : '?',
    body,
  }));
  return [...ordered, ...defaults];
}

/** `"*.ts", "*.m4s"`, for messages. */
export function quotedPatterns(behaviors: readonly ResolvedBehavior[]): string {
  return behaviors.map((behavior) => `"${behavior.pathPattern}"`).join(', ');
}

/** The origin ids a behavior's requests can reach: its target, or the members of the origin group it targets. */
export function reachedOriginIds(distribution: TerraformBody, behavior: ResolvedBehavior): string[] {
  const target = String(behavior.body.target_origin_id);
  const group = nestedBlocks(distribution.origin_group).find((candidate) => candidate.origin_id === target);
  return group ? nestedBlocks(group.member).map((member) => String(member.origin_id)) : [target];
}
