import { ValueRule } from '../../modules';

/** Runs a rule on values it must accept and on values it must refuse (with the problem it must name). */
export function ruleCases<T>(rule: ValueRule<T>, accepted: readonly T[], refused: ReadonlyArray<readonly [T, RegExp]>): void {
  it.each(accepted.map((value) => [JSON.stringify(value), value] as const))('accepts %s', (_label, value) => {
    expect(rule(value)).toBeUndefined();
  });
  it.each(refused.map(([value, problem]) => [JSON.stringify(value), value, problem] as const))('refuses %s', (_label, value, problem) => {
    const found = rule(value);
    expect(found?.problem).toMatch(problem);
    expect(found?.fix).toMatch(/\S/);
  });
}
