/**
 * Keys written twice in one JSON object. JSON.parse keeps the last silently, so two instances
 * named alike (or a key pasted twice) would lose one without a word.
 */

/** Each repeated key, with the key path of the object holding it (`liveMediaPackage.instances`). */
export function duplicateKeys(text: string): { at: readonly (string | number)[]; key: string }[] {
  type Frame = { path: (string | number)[] } & (
    { kind: 'object'; keys: Set<string>; key?: string; awaitingKey: boolean } | { kind: 'array'; index: number }
  );
  const stack: Frame[] = [];
  const found: { at: (string | number)[]; key: string }[] = [];
  const childPath = (parent: Frame | undefined) =>
    parent === undefined ? [] : [...parent.path, parent.kind === 'object' ? (parent.key ?? '') : parent.index];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.awaitingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push({ at: top.path, key });
        top.keys.add(key);
        top.key = key;
        top.awaitingKey = false;
      }
      i = end;
    } else if (char === '{') {
      stack.push({ kind: 'object', path: childPath(top), keys: new Set(), awaitingKey: true });
    } else if (char === '[') {
      stack.push({ kind: 'array', path: childPath(top), index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top !== undefined) {
      if (top.kind === 'object') top.awaitingKey = true;
      else top.index += 1;
    }
  }
  return found;
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
