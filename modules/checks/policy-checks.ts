import { Annotations, App, Aspects, IAspect, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { invalid } from '../private/invalid';
import { PolicyRule, RuleLevel, RuleResult, RuleVerdict, toVerdict } from './rule';
import { ResolvedResource, RuleContext } from './rule-context';
import { VIDEO_CDN_POLICY_RULES } from './video-cdn-pack';

export interface PolicyChecksOptions {
  /**
   * The rules to run.
   * @default VIDEO_CDN_POLICY_RULES (every rule of the pack)
   */
  readonly rules?: readonly PolicyRule[];
}

/** What one rule said about one resource. */
export interface PolicyEvaluation {
  readonly ruleId: string;
  readonly level: RuleLevel;
  /** `aws_cloudfront_distribution.cdn_Resource_1234ABCD` */
  readonly address: string;
  readonly constructPath: string;
  readonly result: RuleResult;
  readonly detail?: string;
}

/** A non-compliant evaluation, as reported. */
export interface PolicyFinding extends PolicyEvaluation {
  /** The annotation text: `[id] title: detail. Fix: ... Suppress with ...`. */
  readonly message: string;
  /** The written reason when a suppression covers it; a suppressed finding adds no annotation. */
  readonly suppressedReason?: string;
}

/** A suppression is metadata on a construct; it covers the construct and everything below it. */
const SUPPRESSION_METADATA = 'video-cdn:policy-suppression';
/** As in cdk-nag: a reason shorter than this says nothing. */
const MIN_REASON_LENGTH = 10;

interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * Runs policy rules (security, cost) on the synthesized Terraform of every stack it is applied to,
 * as a cdktf aspect. Each non-compliant result becomes an annotation on the resource: ERROR fails
 * `cdktf synth`, WARNING and INFO are printed. `PolicyChecks.suppress` silences a rule on a subtree,
 * with a written reason.
 */
export class PolicyChecks implements IAspect {
  /**
   * Checks every stack under `scope`: an App (its stacks existing now; a stack created later fails
   * app validation instead of going unchecked), a stack, or a construct inside a stack (only the
   * resources under it are checked; rules still see the whole stack).
   */
  public static applyTo(scope: IConstruct, options: PolicyChecksOptions = {}): PolicyChecks {
    const checks = new PolicyChecks(scope, checkRules(options.rules ?? VIDEO_CDN_POLICY_RULES));
    const stack = enclosingStack(scope);
    if (stack) {
      checks.addTo(stack);
      return checks;
    }
    // cdktf invokes aspects from each stack down, never from the App: attach to the stacks.
    for (const child of scope.node.findAll()) {
      if (TerraformStack.isStack(child)) checks.addTo(child);
    }
    // Also listed on the scope itself (Aspects.of(app).all), where cdktf does not run it.
    Aspects.of(scope).add(checks);
    scope.node.addValidation({
      validate: () =>
        scope.node
          .findAll()
          .filter((child): child is TerraformStack => TerraformStack.isStack(child) && !checks.stacks.has(child))
          .map(
            (late) =>
              `Stack '${late.node.id}' was created after PolicyChecks.applyTo(${scope.node.path || 'app'}) and is not checked. Call PolicyChecks.applyTo after creating the stacks.`,
          ),
    });
    return checks;
  }

  /**
   * Silences rule `ruleId` on `construct` and everything below it. The reason is required and
   * recorded with the finding: say why the risk does not apply or is accepted.
   */
  public static suppress(construct: IConstruct, ruleId: string, reason: string): void {
    if (typeof ruleId !== 'string' || ruleId.trim() === '') {
      invalid('ruleId', 'is empty', ruleId, "Name the rule to suppress, e.g. 'VCDN-WAF-1'.");
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      invalid(
        'reason',
        `must say why ${ruleId} does not apply here (at least ${MIN_REASON_LENGTH} characters)`,
        reason,
        "Write the reason a reviewer needs, e.g. 'Public trailers only; WAF costs more than it protects'.",
      );
    }
    construct.node.addMetadata(SUPPRESSION_METADATA, { ruleId: ruleId.trim(), reason: reason.trim() } satisfies Suppression);
  }

  /** Every rule's result on every resource of its types in the stack (no annotations). */
  public static evaluate(stack: TerraformStack, rules: readonly PolicyRule[] = VIDEO_CDN_POLICY_RULES): PolicyEvaluation[] {
    const context = RuleContext.fromStack(stack);
    return context.resources.flatMap((resource) =>
      rulesFor(resource, checkRules(rules)).map((rule) => evaluateRule(rule, resource, context)),
    );
  }

  private readonly reported: PolicyFinding[] = [];
  private readonly stacks = new Set<TerraformStack>();
  private readonly checked = new WeakSet<TerraformStack>();

  private constructor(
    /** Only resources under this construct are checked. */
    private readonly root: IConstruct,
    public readonly rules: readonly PolicyRule[],
  ) {}

  /** Non-compliant results of the stacks checked so far, suppressed ones included (with their reason). */
  public get findings(): readonly PolicyFinding[] {
    return [...this.reported];
  }

  public visit(node: IConstruct): void {
    // Aspects visit every construct; the whole stack is checked once, when the stack is visited.
    if (!TerraformStack.isStack(node) || !this.stacks.has(node) || this.checked.has(node)) return;
    this.checked.add(node);
    const context = RuleContext.fromStack(node);
    // Applied to the App or the stack: the whole stack; applied to a construct: its subtree.
    const checkedScope = node.node.scopes.includes(this.root) ? node : this.root;
    for (const construct of checkedScope.node.findAll()) {
      if (!TerraformResource.isTerraformResource(construct) || TerraformStack.of(construct) !== node) continue;
      const resource = context.resource(`${construct.terraformResourceType}.${construct.friendlyUniqueId}`);
      if (!resource) continue;
      for (const rule of rulesFor(resource, this.rules)) {
        const evaluation = evaluateRule(rule, resource, context);
        if (evaluation.result === RuleResult.NON_COMPLIANT) this.report(construct, rule, evaluation);
      }
    }
  }

  private addTo(stack: TerraformStack): void {
    this.stacks.add(stack);
    Aspects.of(stack).add(this);
  }

  private report(construct: TerraformResource, rule: PolicyRule, evaluation: PolicyEvaluation): void {
    const message = findingMessage(rule, evaluation.detail);
    const suppression = suppressionFor(construct, rule.id);
    this.reported.push({ ...evaluation, message, suppressedReason: suppression?.reason });
    if (suppression) return;
    const annotations = Annotations.of(construct);
    if (rule.level === RuleLevel.ERROR) annotations.addError(message);
    else if (rule.level === RuleLevel.WARNING) annotations.addWarning(message);
    else annotations.addInfo(message);
  }
}

function rulesFor(resource: ResolvedResource, rules: readonly PolicyRule[]): PolicyRule[] {
  return rules.filter((rule) => rule.resourceTypes.includes(resource.type));
}

function evaluateRule(rule: PolicyRule, resource: ResolvedResource, context: RuleContext): PolicyEvaluation {
  const verdict: RuleVerdict = toVerdict(rule.evaluate(resource, context));
  return {
    ruleId: rule.id,
    level: rule.level,
    address: resource.address,
    constructPath: resource.constructPath,
    result: verdict.result,
    detail: verdict.detail,
  };
}

/** Suppressions and messages go by id: two rules with one id would be indistinguishable. */
function checkRules(rules: readonly PolicyRule[]): readonly PolicyRule[] {
  const ids = rules.map((rule) => rule.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) {
    invalid('rules', `lists the rule id ${duplicate} twice`, ids, 'Give every rule its own stable id.');
  }
  return rules;
}

function findingMessage(rule: PolicyRule, detail: string | undefined): string {
  const sentence = (text: string) => text.trim().replace(/\.+$/, '');
  return (
    `[${rule.id}] ${rule.title}: ${sentence(detail ?? rule.why)}. Fix: ${sentence(rule.fix)}. ` +
    `Suppress with PolicyChecks.suppress(construct, '${rule.id}', '<reason>').`
  );
}

/** The suppression nearest to the resource (itself, then its parents) for this rule. */
function suppressionFor(construct: IConstruct, ruleId: string): Suppression | undefined {
  for (const scope of [...construct.node.scopes].reverse()) {
    const entry = scope.node.metadata.find(
      (metadata) => metadata.type === SUPPRESSION_METADATA && (metadata.data as Suppression).ruleId === ruleId,
    );
    if (entry) return entry.data as Suppression;
  }
  return undefined;
}

function enclosingStack(scope: IConstruct): TerraformStack | undefined {
  if (App.isApp(scope)) return undefined;
  return scope.node.scopes.find((candidate): candidate is TerraformStack => TerraformStack.isStack(candidate));
}
