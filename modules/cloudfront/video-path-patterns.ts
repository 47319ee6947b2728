/**
 * What a behavior serves, read from its path pattern: video segments, or only manifests and pages.
 * Data only (imports nothing): distributions (real-time log sampling) and the policy rules use it.
 */
const SEGMENT_EXTENSIONS = ['ts', 'mp4', 'm4s', 'cmfv', 'cmfa', 'cmft', 'aac', 'm4v', 'm4a'];
const SEGMENT_FOLDERS = ['segments', 'chunks', 'fragments'];
/** Manifests may be per viewer on purpose (server-side ad insertion writes one per session). */
const MANIFEST_EXTENSIONS = ['m3u8', 'mpd'];
const PAGE_EXTENSIONS = ['html', 'htm', 'xml', 'json', 'js', 'css', 'txt', 'ico'];

const SEGMENT_EXTENSION = new RegExp(`\\.(${SEGMENT_EXTENSIONS.join('|')})\\*?$`, 'i');
const SEGMENT_FOLDER = new RegExp(`(^|/)(${SEGMENT_FOLDERS.map((folder) => folder.replace(/s$/, 's?')).join('|')})/\\*?$`, 'i');
const MANIFEST_OR_PAGE = new RegExp(`(\\.(${[...MANIFEST_EXTENSIONS, ...PAGE_EXTENSIONS].join('|')})|/Manifest)\\*?$`, 'i');

const quoted = (patterns: readonly string[]) => patterns.map((pattern) => `\`${pattern}\``).join(', ');

/** How the policy-check reference describes the segment path patterns. */
export const SEGMENT_PATTERNS_DESCRIPTION = quoted([
  ...SEGMENT_EXTENSIONS.map((extension) => `*.${extension}`),
  ...SEGMENT_FOLDERS.map((folder) => `.../${folder}/*`),
]);

/** How the policy-check reference describes the manifest and page path patterns. */
export const MANIFEST_OR_PAGE_PATTERNS_DESCRIPTION = quoted([
  ...[...MANIFEST_EXTENSIONS, ...PAGE_EXTENSIONS].map((extension) => `*.${extension}`),
  '.../Manifest',
]);

/** Whether a behavior's path pattern selects video segments. */
export function selectsSegments(pathPattern: string): boolean {
  return SEGMENT_EXTENSION.test(pathPattern) || SEGMENT_FOLDER.test(pathPattern);
}

/** Whether a behavior's path pattern selects only manifests or pages (never segments). */
export function selectsManifestsOrPagesOnly(pathPattern: string): boolean {
  return MANIFEST_OR_PAGE.test(pathPattern);
}
