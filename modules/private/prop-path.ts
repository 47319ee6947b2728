import { VideoCdnValidationError } from '../errors';

/**
 * Runs `build`, naming the props of the errors it throws from `prefix` (`'recordType' ...` becomes
 * `'customDomain.recordType' ...`): a pattern's user then reads the prop they set.
 */
export function inProp<T>(prefix: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof VideoCdnValidationError && error.message.startsWith("'")) {
      throw new VideoCdnValidationError(`'${prefix}.${error.message.slice(1)}`);
    }
    throw error;
  }
}
