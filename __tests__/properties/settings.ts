/**
 * How many runs each property makes and from which seed. CI is deterministic: the seed is fixed
 * unless FC_SEED says otherwise (`FC_SEED=random` draws one; fast-check prints the seed and the
 * path of any failure, so `FC_SEED=<seed>` replays it). FC_RUNS_SCALE multiplies every run count
 * for a longer local exploration (`FC_RUNS_SCALE=20 npx jest __tests__/properties`).
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20251121;

function seedFromEnvironment(): number {
  const value = process.env.FC_SEED;
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') return Date.now() ^ (Math.random() * 0x7fffffff);
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got: ${JSON.stringify(value)}`);
  return seed;
}

export const SEED = seedFromEnvironment();
const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1);

/** fast-check parameters for a property with `numRuns` runs (times FC_RUNS_SCALE). */
export function runs<T>(numRuns: number): fc.Parameters<T> {
  return { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(SCALE) && SCALE > 0 ? SCALE : 1))), seed: SEED };
}
