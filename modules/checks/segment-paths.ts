/** Path patterns that select media segments: by extension (`*.ts`, `/live/*.m4s`) or by folder (`/segments/*`). Data only. */
const SEGMENT_EXTENSION = /\.(ts|mp4|m4s|cmfv|cmfa|cmft|aac|m4v|m4a)\*?$/i;
const SEGMENT_FOLDER = /(^|\/)(segments?|chunks?|fragments?)\/\*?$/i;

/** How the policy-check reference describes the segment path patterns. */
export const SEGMENT_PATTERNS_DESCRIPTION =
  '`*.ts`, `*.mp4`, `*.m4s`, `*.cmfv`, `*.cmfa`, `*.cmft`, `*.aac`, `*.m4v`, `*.m4a`, `.../segments/*`, `.../chunks/*`, `.../fragments/*`';

/** Whether a behavior's path pattern selects video segments. */
export function selectsSegments(pathPattern: string): boolean {
  return SEGMENT_EXTENSION.test(pathPattern) || SEGMENT_FOLDER.test(pathPattern);
}
