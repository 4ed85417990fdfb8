// Dotted paths into a scenario's shared blocks (MODEL.md §6): the keys of
// uncertainty.ranges, and the way the sampler writes a drawn value.

/** Top-level fields whose numbers may carry an uncertainty range. */
export const RANGE_ROOTS: readonly string[] = [
  'salaryGrowth', 'managers', 'specialists', 'tokens', 'productivity', 'demand', 'policy',
];

/** How many numbers the scenario gives a low and a high value (0: one deterministic run, nothing to sample). */
export const rangeCount = (scenario: { uncertainty: { ranges: Record<string, unknown> } }): number => Object.keys(scenario.uncertainty.ranges).length;

/** The value at a dotted path (own properties only), or undefined. */
export function getPath(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; only the objects on the path are copied. */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const node = (root ?? {}) as Record<string, unknown>;
  return { ...node, [head]: rest.length ? setPath(node[head], rest.join('.'), value) : value } as T;
}
