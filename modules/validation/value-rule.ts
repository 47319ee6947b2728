/**
 * A rule about one kind of value, stated once: constructs throw with it (`'<prop>' <problem>, got:
 * <value>. <fix>`) and the app's configuration schema reports it with the same words, so a value is
 * accepted or refused the same way in the library and in the app.
 */

/** What is wrong with a value, and how to fix it: the two halves of every error message. */
export interface ValueProblem {
  /** E.g. `is not a valid S3 bucket name`. */
  readonly problem: string;
  /** A sentence: what to write instead. */
  readonly fix: string;
}

/** Answers what is wrong with a value, or undefined when nothing is. Pure; never throws. */
export type ValueRule<T> = (value: T) => ValueProblem | undefined;

/** The first problem any of the rules finds, in order. */
export function allOf<T>(...rules: ReadonlyArray<ValueRule<T>>): ValueRule<T> {
  return (value) => {
    for (const rule of rules) {
      const found = rule(value);
      if (found) return found;
    }
    return undefined;
  };
}

/** A problem with one setting of a group that is checked as a whole (rules across settings). */
export interface SettingProblem extends ValueProblem {
  /** The setting's path in the group: `lowLatencyHls`, `endpoints[1].url`. */
  readonly prop: string;
}

/** `endpoints[1].url` as `['endpoints', 1, 'url']`: a setting problem's path, as a configuration schema reports it. */
export function settingPath(prop: string): Array<string | number> {
  return prop
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The value at an `endpoints[1].url`-style path of a group of settings. */
export function settingValue(settings: object, prop: string): unknown {
  return settingPath(prop).reduce<unknown>((value, part) => (value as Record<string | number, unknown> | undefined)?.[part], settings);
}
