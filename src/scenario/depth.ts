// The shape guard for untrusted JSON (issue 12): before anything walks an input
// recursively (the prototype-key check, zod, JSON.stringify), refuse one that
// is nested deeper or holds more values than any scenario can. It walks with
// an explicit stack, so it cannot itself overflow the call stack, and stops at
// the first problem. Limits and their reasons: docs/model.md, "Input limits".

/**
 * Lists and objects nested inside one another, the top-level object counting
 * as 1. The schema needs 4 (`teams[0].tokens.budget`: scenario, teams, team,
 * tokens); the guard allows twice that, so a new field may nest a level or two
 * deeper without touching it (test/unit/scenario/depth.test.ts checks the
 * schema against it). Between 5 and 8 the schema names the field as usual.
 */
export const MAX_DEPTH = 8;

/**
 * Values of any kind (numbers, texts, lists, objects) in one input. The
 * largest valid scenario holds about 5,000 (100 teams of every field and
 * override, 50 sources, 50 shocks); more is not a scenario, and validating
 * hundreds of thousands of them field by field would hold up the page.
 */
export const MAX_VALUES = 50_000;

export interface ShapeLimits {
  depth: number;
  values: number;
}

export const SCENARIO_LIMITS: ShapeLimits = { depth: MAX_DEPTH, values: MAX_VALUES };

export interface ShapeProblem {
  /** Where: the keys from the input's top to the first value past a limit (at most depth + 1 of them). */
  path: PropertyKey[];
  message: string;
}

interface Frame {
  node: object;
  /** An object's own keys; null for a list, whose indices are counted instead. */
  keys: string[] | null;
  size: number;
  next: number;
  /** The key (or index) by which the parent reached this node. */
  key: PropertyKey | null;
}

const frame = (node: object, key: PropertyKey | null): Frame => {
  const keys = Array.isArray(node) ? null : Object.keys(node);
  return { node, keys, size: keys ? keys.length : (node as unknown[]).length, next: 0, key };
};

/** The first place where `input` is nested too deeply or holds too many values, or null. */
export function shapeProblem(input: unknown, limits: ShapeLimits = SCENARIO_LIMITS): ShapeProblem | null {
  if (input === null || typeof input !== 'object') return null;
  const stack: Frame[] = [];
  let values = 1;
  const path = (extra?: PropertyKey): PropertyKey[] => [...stack.slice(1).map((f) => f.key as PropertyKey), ...(extra === undefined ? [] : [extra])];
  const tooMany = (): ShapeProblem => ({ path: path(), message: `holds more than ${limits.values.toLocaleString('en-US')} values, more than any scenario` });
  const enter = (node: object, key: PropertyKey | null): boolean => {
    stack.push(frame(node, key));
    // A list's length is known at once: a million-item list is refused without a step through it.
    values += stack[stack.length - 1].size;
    return values <= limits.values;
  };
  if (!enter(input, null)) return tooMany();
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next >= top.size) {
      stack.pop();
      continue;
    }
    const i = top.next++;
    const key: PropertyKey = top.keys ? top.keys[i] : i;
    const child = (top.node as Record<PropertyKey, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    if (stack.length + 1 > limits.depth) {
      return { path: path(key), message: `is nested too deeply: more than ${limits.depth} levels of lists and objects` };
    }
    if (!enter(child, key)) return tooMany();
  }
  return null;
}
