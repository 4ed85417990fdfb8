// Field paths as the user sees them in errors and the editor uses as keys:
// `teams[2].salary`, `tokens.budget`, `teams[0].tokens.budget` (an override).
// The same format as parse.ts's formatPath, so an error lands on its field.

export type PathKey = string | number;

export function parseFieldPath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    keys.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  }
  return keys;
}

export function getIn(root: unknown, keys: readonly PathKey[]): unknown {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `keys` (undefined removes the key); only the path is copied. */
export function setIn<T>(root: T, keys: readonly PathKey[], value: unknown): T {
  if (keys.length === 0) return value as T;
  const [head, ...rest] = keys;
  const node = root as unknown;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const copy: Record<PathKey, unknown> = { ...((node ?? {}) as Record<PathKey, unknown>) };
  const next = rest.length ? setIn(copy[head], rest, value) : value;
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}
