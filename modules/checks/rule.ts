import { ResolvedResource, RuleContext } from './rule-context';

/** How much a finding matters: an ERROR fails `cdktf synth`, the others are printed. */
export enum RuleLevel {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
  INFO = 'INFO',
}

/** The three answers a rule can give about one resource. */
export enum RuleResult {
  COMPLIANT = 'COMPLIANT',
  NON_COMPLIANT = 'NON_COMPLIANT',
  /** The rule has nothing to say here (e.g. no S3 origin, or a value only known at apply time). */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** A result with the specifics a user needs to act on it (which origin, which path pattern). */
export interface RuleVerdict {
  readonly result: RuleResult;
  /** Replaces the rule's generic `why` in the finding, e.g. `origin "live" uses http-only`. */
  readonly detail?: string;
}

/**
 * One security or cost check on the synthesized Terraform, in the shape of a cdk-nag rule:
 * a stable id, a level, an explanation, a fix, and a pure evaluation of one resource.
 */
export interface PolicyRule {
  /** Stable id users suppress by, e.g. `VCDN-TLS-1`. Never reuse or renumber an id. */
  readonly id: string;
  readonly level: RuleLevel;
  /** One line: what is wrong when the rule fails. */
  readonly title: string;
  /**
   * When exactly the rule finds a resource non-compliant (and not applicable), for the policy-check
   * reference.
   * @default the title
   */
  readonly description?: string;
  /** Why it matters (shown when the evaluation gives no detail). */
  readonly why: string;
  /** What to change. */
  readonly fix: string;
  /** Terraform resource types the rule evaluates (`aws_cloudfront_distribution`). */
  readonly resourceTypes: readonly string[];
  /**
   * Pure: reads only the resolved body (snake_case, `${type.name.attr}` references) and the other
   * resources of the stack in `context`; never the constructs.
   */
  evaluate(resource: ResolvedResource, context: RuleContext): RuleResult | RuleVerdict;
}

export const compliant = (): RuleVerdict => ({ result: RuleResult.COMPLIANT });
export const notApplicable = (detail?: string): RuleVerdict => ({ result: RuleResult.NOT_APPLICABLE, detail });
export const nonCompliant = (detail?: string): RuleVerdict => ({ result: RuleResult.NON_COMPLIANT, detail });

/** Normalises what `evaluate` returned. */
export function toVerdict(outcome: RuleResult | RuleVerdict): RuleVerdict {
  return typeof outcome === 'string' ? { result: outcome } : outcome;
}

/**
 * Combines per-part verdicts (one per origin, one per behavior) into one for the resource:
 * non-compliant if any part is (their details joined), compliant if any part is, else not applicable.
 */
export function combineVerdicts(parts: readonly RuleVerdict[]): RuleVerdict {
  const failing = parts.filter((part) => part.result === RuleResult.NON_COMPLIANT);
  if (failing.length > 0) {
    return nonCompliant(
      failing
        .map((part) => part.detail)
        .filter((detail) => detail)
        .join('; ') || undefined,
    );
  }
  return parts.some((part) => part.result === RuleResult.COMPLIANT) ? compliant() : notApplicable();
}
