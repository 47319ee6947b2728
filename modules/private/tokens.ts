import { Token } from 'cdktf';

/** True when a value is only known at apply time (a cdktf token): such values skip synth-time checks. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some((item) => isUnresolved(item));
  return Token.isUnresolved(value);
}
