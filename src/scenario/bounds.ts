// Bounds of a scenario field read from the schema itself, so the editor's
// min/max attributes can never drift from what validation accepts.
import { scenarioSchema } from './schema';
import { parseFieldPath } from '../state/fieldPath';

export interface Bounds {
  min?: number;
  max?: number;
  integer: boolean;
}

// zod's internals are typed loosely on purpose: we only read `def`.
interface Node {
  _zod: { def: { type: string; innerType?: Node; shape?: Record<string, Node>; element?: Node; checks?: Check[]; format?: string } };
}
interface Check {
  _zod: { def: { check: string; value?: number; inclusive?: boolean } };
}

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable']);

function unwrap(node: Node): Node {
  let n = node;
  while (WRAPPERS.has(n._zod.def.type) && n._zod.def.innerType) n = n._zod.def.innerType;
  return n;
}

/** The schema node at a field path (`teams[0].tokens.budget`), or undefined. */
function nodeAt(path: string): Node | undefined {
  let node: Node | undefined = scenarioSchema as unknown as Node;
  for (const key of parseFieldPath(path)) {
    if (!node) return undefined;
    const def: Node['_zod']['def'] = unwrap(node)._zod.def;
    node = typeof key === 'number' ? def.element : def.shape?.[key];
  }
  return node && unwrap(node);
}

const cache = new Map<string, Bounds>();

export function boundsAt(path: string): Bounds {
  // Indices do not change bounds: cache by the path without them.
  const key = path.replace(/\[\d+\]/g, '[0]');
  let bounds = cache.get(key);
  if (!bounds) {
    const def = nodeAt(key)?._zod.def;
    bounds = { integer: def?.format === 'safeint' || def?.format === 'int32' };
    for (const check of def?.checks ?? []) {
      const { check: kind, value } = check._zod.def;
      if (typeof value !== 'number') continue;
      if (kind === 'greater_than') bounds.min = value;
      if (kind === 'less_than') bounds.max = value;
    }
    cache.set(key, bounds);
  }
  return bounds;
}
