import { containsPrivateKey } from './validation/signing-keys';

/**
 * The error every construct and the configuration loader throw for bad input.
 *
 * Messages follow one shape so users can act on them without reading code:
 * `'<prop>' <problem>, got: <value>. <fix>`
 * The app prints `message` alone (no stack trace) for this class.
 */
export class VideoCdnValidationError extends Error {
  /** The standard message, for code that reports problems of its own (the configuration loader). */
  public static messageFor(prop: string, problem: string, value: unknown, fix?: string): string {
    return `'${prop}' ${problem}, got: ${describeValue(value)}.${fix ? ` ${fix}` : ''}`;
  }

  constructor(message: string) {
    super(message);
    this.name = 'VideoCdnValidationError';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  let described: string;
  try {
    described = JSON.stringify(value) ?? String(value);
  } catch {
    described = String(value);
  }
  // Messages never repeat a private key: they end up in CI logs.
  return containsPrivateKey(described) ? 'a value holding a private key (not shown)' : described;
}
