import { SettingProblem, settingValue, ValueRule } from '../validation/value-rule';
import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** Throws the standard error when `rule` finds a problem; absent values and tokens (known only at apply) pass. */
export function checkValue<T>(prop: string, value: T | undefined, rule: ValueRule<T>): void {
  if (value === undefined || isUnresolved(value)) return;
  const found = rule(value);
  if (found) invalid(prop, found.problem, value, found.fix);
}

/** `checkValue` for every entry of a list: `'<prop>' contains an entry that <problem>, got: <entry>`. */
export function checkEach<T>(prop: string, values: readonly T[] | undefined, rule: ValueRule<T>): void {
  for (const value of values ?? []) {
    if (isUnresolved(value)) continue;
    const found = rule(value);
    if (found) invalid(prop, `contains an entry that ${found.problem}`, value, found.fix);
  }
}

/**
 * Throws the first of `problems` (found by a rule over a group of settings), naming the setting's
 * value in `settings`; a problem with a value known only at apply (a token) is no problem yet.
 */
export function checkSettingProblems(settings: object, problems: readonly SettingProblem[]): void {
  const first = problems.find((found) => !isUnresolved(settingValue(settings, found.prop)));
  if (first) invalid(first.prop, first.problem, settingValue(settings, first.prop), first.fix);
}
