// Hostile values and mutations for the fuzzers (issue 12): what a tampered
// file, link or store can carry. Tree mutations act on a JSON-like value (a
// parsed file, a link's diff, a stored envelope); text mutations on the
// characters of a file or a query. Every generator is a fast-check arbitrary,
// so a run is reproducible from its seed and a failure shrinks.
import fc from 'fast-check';

// ---- values ----

/** Numbers a JSON parser, a hand-edited file or code can produce. */
export const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, -5e-324, 1e21, 2 ** 53 + 2, -(2 ** 31), 0.1 + 0.2, 1e-7, 4294967296, 1e9, 101, 31, -1];

/** Text that is markup, a script address, a spreadsheet formula, a prototype name, or awkward Unicode. */
export const HOSTILE_STRINGS = [
  '', ' ', '\uFEFF', '\uFEFF{}', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '"><svg onload=alert(1)>',
  '</title><script>alert(1)</script>', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
  '=HYPERLINK("http://x","y")', '=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=cmd|" /C calc"!A0',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  'NaN', 'Infinity', '-0', '1e999', '0x10', 'true', 'null', 'undefined', '[object Object]',
  '\uD800', '\uDC00', '\u202Eevil', '\u200B', '😀'.repeat(3), 'Ω≈ç√∫', '\u0000', '\u2028\u2029', 'a\nb', '%00', '%', '%E0%A4%A', '&amp;', '${1+1}', '{{7*7}}',
];

/** Keys that reach a prototype, or are merely unknown. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'x', 'teams', 'title', '0', '-1', 'length', '\uFEFFtitle', 'tітle', '$schema', 'schemaVersion'];

/** `depth` lists or objects inside one another, built without recursion. */
export function nested(depth: number, kind: 'array' | 'object' = 'array', leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** An object with an own property of any name (a literal `__proto__:` would set the prototype instead). */
export function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const protoObjects = fc.constantFrom(
  () => JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  () => JSON.parse('{"prototype":{"polluted":"yes"}}'),
  () => JSON.parse('[{"__proto__":{"polluted":"yes"}}]'),
).map((make) => make() as unknown);

const big = fc.constantFrom(
  () => 'x'.repeat(5001),
  () => '<b>'.repeat(40_000),
  () => Array.from({ length: 101 }, () => ({})),
  () => Array.from({ length: 150 }, (_, i) => ({ name: `T${i}`, engineers: i })),
  () => new Array(60_000).fill(0),
  () => Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, [0, 1]])),
).map((make) => make() as unknown);

/** One value a tampered input may hold where a field should be. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, {}, [], [1, 2], [[]], { a: 1 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: protoObjects },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(9, 12, 60, 5000, 20_000), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([d, k]) => nested(d, k)) },
  { weight: 1, arbitrary: big },
);

// ---- tree mutations ----

type Container = Record<PropertyKey, unknown>;
const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object';

/** Every path in a value (to containers and leaves), breadth first, capped in number and depth; no recursion. */
export function pathsOf(root: unknown, cap = 4000, maxDepth = 40): PropertyKey[][] {
  // Entries point at their parent, so a path is built only when asked for (a deep chain stays linear).
  const nodes: { value: unknown; parent: number; key: PropertyKey | null; depth: number }[] = [{ value: root, parent: -1, key: null, depth: 0 }];
  for (let i = 0; i < nodes.length && nodes.length < cap; i++) {
    const { value: node, depth } = nodes[i];
    if (!isContainer(node) || depth >= maxDepth) continue;
    const keys = Array.isArray(node) ? null : Object.keys(node);
    const size = keys ? keys.length : (node as unknown as unknown[]).length;
    for (let k = 0; k < size && nodes.length < cap; k++) {
      const key = keys ? keys[k] : k;
      nodes.push({ value: node[key as string], parent: i, key, depth: depth + 1 });
    }
  }
  return nodes.map((_, i) => {
    const path: PropertyKey[] = [];
    for (let j = i; nodes[j].parent >= 0; j = nodes[j].parent) path.push(nodes[j].key as PropertyKey);
    return path.reverse();
  });
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = node[key as string];
  }
  return node;
}

export type TreeMutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'nest'; at: number; depth: number }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'retype'; at: number }
  | { op: 'nudge'; at: number; how: number }
  | { op: 'copy'; at: number; from: number };

export const treeMutation: fc.Arbitrary<TreeMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.constantFrom(1, 2, 5, 8, 9, 40, 3000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), times: fc.constantFrom(2, 31, 51, 101, 2000) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('retype' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('nudge' as const), at: fc.nat(), how: fc.nat({ max: 9 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }) },
);

function retyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value === '' ? 0 : Number.isNaN(Number(value)) ? [value] : Number(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (isContainer(value)) return Object.values(value);
  return value === null ? 'null' : null;
}

function nudged(value: unknown, how: number): unknown {
  if (typeof value !== 'number') return value;
  const steps = [
    -value, value * (1 + 1e-12), value + 1, value - 1, value * 1e300, value / 1e300, -0, value + Number.EPSILON, Math.round(value) + 0.5, value * 2,
  ];
  return steps[how % steps.length];
}

/** A deep copy of a JSON-like value, keeping own `__proto__` keys, -0 and NaN; without recursion, so any depth copies. */
export function cloneTree(value: unknown): unknown {
  if (!isContainer(value)) return value;
  const copyOf = (node: Container): Container => (Array.isArray(node) ? new Array(node.length) : {}) as Container;
  const root = copyOf(value);
  const stack: [Container, Container][] = [[value, root]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const put = (key: string | number, child: unknown) => {
      let copy = child;
      if (isContainer(child)) {
        copy = copyOf(child);
        stack.push([child, copy as Container]);
      }
      if (key === '__proto__') withKey(to, key, copy);
      else to[key] = copy;
    };
    if (Array.isArray(from)) for (let i = 0; i < from.length; i++) put(i, from[i]);
    else for (const key of Object.keys(from)) put(key, from[key]);
  }
  return root;
}

/** A mutated value holds at most about this many values (a 'repeat' of a 'repeat' would otherwise grow without bound). */
const REPEAT_BUDGET = 200_000;

/** How many values `root` holds, counting no further than `cap`; no recursion. */
export function countValues(root: unknown, cap = Infinity): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length && count < cap) {
    const node = stack.pop();
    count += 1;
    if (isContainer(node)) for (const key of Object.keys(node)) stack.push(node[key]);
  }
  return count;
}

/** Apply mutations to a copy of `seed`. */
export function mutateTree(seed: unknown, mutations: readonly TreeMutation[]): unknown {
  const box: Container = { root: cloneTree(seed) };
  for (const m of mutations) {
    const paths = pathsOf(box.root).map((p) => ['root', ...p]);
    const path = paths[m.at % paths.length];
    const parent = valueAt(box, path.slice(0, -1)) as Container;
    const key = path[path.length - 1] as string;
    const current = parent[key];
    switch (m.op) {
      // Generated values may be shared (fc.constantFrom hands out one object): insert copies, or a later
      // mutation (a push) would change the constant for every run after it.
      case 'set':
        withKey(parent, key, cloneTree(m.value));
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else if (key !== 'root') delete parent[key];
        break;
      case 'addKey':
        if (isContainer(current) && !Array.isArray(current)) withKey(current, m.key, cloneTree(m.value));
        else if (Array.isArray(current)) current.push(cloneTree(m.value));
        else withKey(parent, key, withKey({}, m.key, cloneTree(m.value)));
        break;
      case 'nest': {
        let value = current;
        for (let i = 0; i < m.depth; i++) value = i % 2 ? { a: value } : [value];
        withKey(parent, key, value);
        break;
      }
      case 'repeat': {
        // A list of many copies: of a leaf up to `times`, of a whole subtree just past a list limit (101),
        // so a mutated file stays within memory (the 2 MB file limit has its own inputs).
        const item = (i: number) => (Array.isArray(current) && current.length ? current[i % current.length] : current);
        // Repeats of repeats grow as a power: keep the whole value within a budget of values.
        // The largest item sets the room (items differ: a list may mix a leaf with a 60,000-item list).
        const items = Array.isArray(current) && current.length ? current : [current];
        let largest = 1;
        for (let i = 0; i < items.length && largest < REPEAT_BUDGET; i++) largest = Math.max(largest, countValues(items[i], REPEAT_BUDGET));
        const room = Math.floor(REPEAT_BUDGET / largest);
        const times = Math.max(1, Math.min(isContainer(item(0)) ? 101 : m.times, room, Math.floor(REPEAT_BUDGET / Math.max(1, countValues(box.root, REPEAT_BUDGET)))));
        // Copies, not one object many times: a later mutation of one copy must not grow them all.
        withKey(parent, key, Array.from({ length: times }, (_, i) => cloneTree(item(i))));
        break;
      }
      case 'retype':
        withKey(parent, key, retyped(current));
        break;
      case 'nudge':
        withKey(parent, key, nudged(current, m.how));
        break;
      case 'copy': {
        const from = valueAt(box, paths[m.from % paths.length]);
        // Copying a node into itself would make a cycle, which no parser produces.
        if (!path.join('\u0000').startsWith(paths[m.from % paths.length].join('\u0000'))) withKey(parent, key, cloneTree(from));
        break;
      }
    }
  }
  return box.root;
}

/** A seed and up to `max` mutations of it. */
export const mutatedFrom = (seed: fc.Arbitrary<unknown>, max = 4) =>
  fc.tuple(seed, fc.array(treeMutation, { minLength: 1, maxLength: max })).map(([value, mutations]) => mutateTree(value, mutations));

// ---- text mutations ----

export type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'flip'; at: number; char: number }
  | { op: 'bom' }
  | { op: 'encode' };

const snippet = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\\u', '\\ud800', 'e999', '-', '0', '\n', '&', '=', '?', '#', '%', '+', 'null', '__proto__'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: snippet }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.nat({ max: 0xffff }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'encode' as const }) },
);

/** Apply text mutations in order; `encode` percent-encodes the whole text once more (a double-encoded link). */
export function mutateText(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = 'at' in m ? m.at % (out.length + 1) : 0;
    switch (m.op) {
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'insert':
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 'duplicate':
        out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
        break;
      case 'flip':
        out = out.slice(0, at) + String.fromCharCode(m.char) + out.slice(at + 1);
        break;
      case 'bom':
        out = '\uFEFF' + out;
        break;
      case 'encode':
        try {
          out = encodeURIComponent(out);
        } catch {
          // a lone surrogate cannot be percent-encoded: leave the text as it is
        }
        break;
    }
  }
  return out;
}

export const mutatedText = (seed: fc.Arbitrary<string>, max = 3) =>
  fc.tuple(seed, fc.array(textMutation, { minLength: 1, maxLength: max })).map(([text, mutations]) => mutateText(text, mutations));

/** Short, readable description of any input for a failure report (never throws, never huge). */
export function describeInput(input: unknown, max = 400): string {
  // A file input: its text says it all.
  if (input !== null && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string' && (input as { file?: unknown }).file instanceof Blob) {
    return describeInput((input as { text: string }).text, max);
  }
  const seen = new WeakSet<object>();
  let text: string;
  try {
    text =
      typeof input === 'string'
        ? JSON.stringify(input.length > max ? `${input.slice(0, max)}… (${input.length} characters)` : input)
        : (JSON.stringify(input, (_k, v) => {
            if (typeof v === 'number' && !Number.isFinite(v)) return `<${v}>`;
            if (Object.is(v, -0)) return '<-0>';
            if (v === undefined) return '<undefined>';
            if (v !== null && typeof v === 'object') {
              if (seen.has(v)) return '<cycle>';
              seen.add(v);
            }
            return v;
          }) ?? String(input));
  } catch (error) {
    text = `<${(error as Error).message}: not shown>`;
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
