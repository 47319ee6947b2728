import * as fs from 'fs';
import { invalid } from '../private/invalid';

/** The code of a CloudFront Function: a file (shipped in a package, or your own) or inline text. */
export class FunctionCode {
  /** Code given as text. */
  public static fromInline(code: string): FunctionCode {
    return new FunctionCode(code, 'inline code');
  }

  /**
   * Code read from a file at synth. Each key of `replacements` (a placeholder such as
   * `__SETTINGS__`) must occur exactly once in the file and is replaced by its value, so one file
   * serves many configurations.
   */
  public static fromFile(filePath: string, replacements: Readonly<Record<string, string>> = {}): FunctionCode {
    let code: string;
    try {
      code = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      return invalid('code', `cannot be read (${(error as Error).message})`, filePath, 'Pass the path of a JavaScript file that exists.');
    }
    for (const [placeholder, value] of Object.entries(replacements)) {
      const count = code.split(placeholder).length - 1;
      if (count !== 1) {
        invalid(
          'code',
          `contains the placeholder ${placeholder} ${count} times, not once`,
          filePath,
          'Write each placeholder exactly once in the file, or remove it from the replacements.',
        );
      }
      code = code.replace(placeholder, () => value);
    }
    return new FunctionCode(code, filePath);
  }

  private constructor(
    /** The JavaScript as CloudFront will run it. */
    public readonly code: string,
    /** Where it came from, for messages. */
    public readonly source: string,
  ) {}
}
