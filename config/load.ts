import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { VideoCdnValidationError } from '../modules';
import { duplicateKeys } from './duplicate-keys';
import { problemsOfWrittenForm } from './instances';
import { configSchema, VideoCdnConfig } from './schema';

/** The configuration the app uses when VIDEO_CDN_CONFIG is not set. */
export const DEFAULT_CONFIG_PATH = path.join(__dirname, '..', 'examples', 'default.json');

/** A configuration file that is missing, not JSON, or not valid against the schema. */
export class ConfigError extends VideoCdnValidationError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates a configuration file; every problem is listed with its key path and value. */
export function loadConfigFile(file: string): VideoCdnConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new ConfigError(
      `Configuration file ${file} ${reason}. Set VIDEO_CDN_CONFIG to an existing JSON file, or unset it to use examples/default.json.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `Configuration file ${file} is not valid JSON: ${(error as Error).message}. Fix the syntax (a trailing comma or a missing quote is the usual cause).`,
    );
  }
  const repeated = duplicateKeys(text);
  if (repeated.length > 0) {
    const problems = repeated.map(
      ({ at, key }) =>
        `'${at.length > 0 ? keyPath(at) : '(top level)'}' has the key "${key}" twice: JSON keeps only the last, dropping the other without a word. Merge the two, or rename one (instance names are unique in a section).`,
    );
    throw new ConfigError(`${file} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return parseConfig(data, file);
}

export function parseConfig(data: unknown, source = 'configuration'): VideoCdnConfig {
  const result = configSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const problems = reportedIssues(result.error.issues).map(formatIssue);
  throw new ConfigError(`${source} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

/** The issues a ConfigError lists: a section's union expanded into the form it is written in. */
export function reportedIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => problemsOfWrittenForm(issue) ?? [issue]);
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length > 0 ? keyPath(issue.path) : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    return `'${at}' has unknown key(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against docs/reference/configuration.md.`;
  }
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_key') {
    // zod's own message ("Invalid key in record") hides why: say what the key must be.
    const reasons = issue.issues.map((inner) => inner.message.replace(/^Invalid input: /, '')).join('; ');
    const fixes = issue.issues.map((inner) => (inner.code === 'custom' ? fixOf(inner) : undefined)).filter((fix) => fix !== undefined);
    return VideoCdnValidationError.messageFor(at, `is not a valid key (${reasons})`, input, fixes.join(' ') || undefined);
  }
  // Library rules carry their fix (config/rules.ts): the message is then the construct's, word for word.
  const fix = issue.code === 'custom' ? fixOf(issue) : undefined;
  return VideoCdnValidationError.messageFor(at, issue.message.replace(/^Invalid input: /, ''), input, fix);
}

/** A key path as the constructs write it: `liveMediaPackage.instances.news.endpoints[1].url`. */
function keyPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

function fixOf(issue: { params?: Record<string, unknown> }): string | undefined {
  const fix = issue.params?.fix;
  return typeof fix === 'string' ? fix : undefined;
}
