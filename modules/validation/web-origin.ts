import { nonEmpty } from './lists';
import { ValueRule } from './value-rule';

const FIX = 'Write * or scheme and host only, e.g. https://player.example.com (no path, no trailing slash).';

/**
 * A web origin a browser player runs on, for CORS answers: `*`, or scheme and host like
 * `https://player.example.com` (no path, no trailing slash).
 */
export const webOriginProblem: ValueRule<string> = (origin) =>
  origin === '*' || /^https?:\/\/[^/\s*<>"&]+$/.test(origin) ? undefined : { problem: 'is not an origin', fix: FIX };

/** An origin in an S3 bucket's CORS rules: as `webOriginProblem`, and S3 also takes one `*` inside (`https://*.example.com`). */
export const s3CorsOriginProblem: ValueRule<string> = (origin) =>
  webOriginProblem(origin.replace(/^(https?:\/\/[^/*]*)\*([^/*]*)$/, '$1x$2')) && {
    problem: 'is not an origin',
    fix: `${FIX} S3 also takes one * inside, as in https://*.example.com.`,
  };

/** The players' web origins of a CORS setting: at least one (each checked with `webOriginProblem`). */
export const playerOriginsProblem: ValueRule<readonly string[]> = nonEmpty(
  "List the players' web origins (https://player.example.com), or '*'.",
);
