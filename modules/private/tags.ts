import { tagKeyProblem, tagValueProblem } from '../validation/tags';
import { invalid } from './invalid';
import { isUnresolved } from './tokens';

/** The `tags` argument of a resource: a checked copy, or undefined when there is nothing to tag. */
export function tagsBlock(tags: Readonly<Record<string, string>> | undefined, prop = 'tags'): Record<string, string> | undefined {
  if (tags === undefined || isUnresolved(tags)) return tags;
  const entries = Object.entries(tags);
  for (const [key, value] of entries) {
    if (isUnresolved(key)) continue;
    const keyProblem = tagKeyProblem(key);
    if (keyProblem) invalid(prop, `has a key that ${keyProblem.problem}`, key, keyProblem.fix);
    const valueProblem = isUnresolved(value) ? undefined : tagValueProblem(value);
    if (valueProblem) invalid(`${prop}["${key}"]`, valueProblem.problem, value, valueProblem.fix);
  }
  return entries.length > 0 ? { ...tags } : undefined;
}
