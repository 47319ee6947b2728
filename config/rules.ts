/**
 * The library's value rules in the configuration schema: a key checked here is accepted or refused
 * exactly as the construct it feeds would, with the same problem and fix in the message.
 */
import { z } from 'zod';
import { SettingProblem, settingPath, settingValue, ValueRule } from '../modules';

/** `schema`, also satisfying the library's `rule` (reported with the rule's problem and fix). */
export function satisfying<S extends z.ZodType>(schema: S, rule: ValueRule<z.output<S>>): S {
  return schema.superRefine((value, ctx) => {
    const found = rule(value);
    if (found) ctx.addIssue({ code: 'custom', message: found.problem, params: { fix: found.fix }, input: value });
  }) as S;
}

/**
 * Reports the problems a library rule over a group of settings found (`endpoints[1].url`), each at
 * its key below `ctx`'s path.
 */
export function reportSettingProblems(ctx: z.RefinementCtx, section: object, problems: readonly SettingProblem[]): void {
  for (const found of problems) {
    const path = settingPath(found.prop);
    ctx.addIssue({ code: 'custom', path, message: found.problem, params: { fix: found.fix }, input: settingValue(section, found.prop) });
  }
}
