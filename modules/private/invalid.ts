import { VideoCdnValidationError } from '../errors';

/** Throws the standard `'<prop>' <problem>, got: <value>. <fix>` error. */
export function invalid(prop: string, problem: string, value: unknown, fix: string): never {
  throw new VideoCdnValidationError(VideoCdnValidationError.messageFor(prop, problem, value, fix));
}
