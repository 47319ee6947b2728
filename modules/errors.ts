/**
 * The error every construct and the configuration loader throw for bad input.
 *
 * Messages follow one shape so users can act on them without reading code:
 * `'<prop>' <problem>, got: <value>. <fix>`
 * The app prints `message` alone (no stack trace) for this class.
 */
export class VideoCdnValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VideoCdnValidationError';
  }
}

/** Builds and throws the standard message. `where` prefixes it with the construct path. */
export function invalid(prop: string, problem: string, value: unknown, fix: string, where?: string): never {
  const prefix = where ? `${where}: ` : '';
  throw new VideoCdnValidationError(`${prefix}'${prop}' ${problem}, got: ${describeValue(value)}. ${fix}`);
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
