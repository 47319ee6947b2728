import { ValueRule } from './value-rule';

/** What AWS accepts in tag keys and values: letters, digits and spaces (any script) and `_ . : / = + - @`. */
const TAG_TEXT = /^[\p{L}\p{N}\p{Zs}_.:/=+\-@]*$/u;
const CHARACTERS_FIX = 'Use letters, digits, spaces and _ . : / = + - @ only (AWS refuses other characters at apply).';

/** A tag key: 1-128 allowed characters, not starting with the reserved `aws:`. */
export const tagKeyProblem: ValueRule<string> = (key) => {
  if (key.length < 1 || key.length > 128) return { problem: 'must be 1-128 characters long', fix: 'Shorten the tag key.' };
  if (!TAG_TEXT.test(key)) return { problem: 'contains a character AWS does not allow in tags', fix: CHARACTERS_FIX };
  if (key.toLowerCase().startsWith('aws:')) return { problem: 'starts with aws:, which AWS reserves', fix: 'Choose another key.' };
  return undefined;
};

/** A tag value: 0-256 allowed characters. */
export const tagValueProblem: ValueRule<string> = (value) => {
  if (value.length > 256) return { problem: 'must be at most 256 characters long', fix: 'Shorten the tag value.' };
  if (!TAG_TEXT.test(value)) return { problem: 'contains a character AWS does not allow in tags', fix: CHARACTERS_FIX };
  return undefined;
};
