import { Token } from 'cdktf';

/** True when a value is only known at apply time (a cdktf token): such values skip synth-time checks. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some((item) => isUnresolved(item));
  return Token.isUnresolved(value);
}

/** The subset of a list that is known at synth time. */
export function resolvedOnly<T>(values: readonly T[]): T[] {
  return values.filter((value) => !isUnresolved(value));
}
