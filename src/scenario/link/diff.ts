// The compact link's payload: the minimal difference between a scenario and the
// scenario it started from (a preset, or the schema's defaults), as JSON.
//
// Shared blocks (tokens, productivity, …) are diffed field by field; other
// fields (title, shocks, sources, uncertainty.ranges) are written whole when
// they differ. `teams` is written as columns when any team differs (teams.ts).
//
// Applying a diff never assigns a key taken from the link: only the names of
// the scenario's own fields are looked up in it, so `__proto__` and other
// unknown keys are reported, never written.
import type { Scenario } from '../schema';
import { formatPath } from '../fieldText';
import type { FieldError } from '../parse';
import { applyTeamsDiff, teamsDiff } from './teams';

export type Diff = Record<string, unknown>;

/** Shared blocks diffed field by field. */
const BLOCKS = ['managers', 'specialists', 'tokens', 'productivity', 'demand', 'policy', 'uncertainty'] as const;
type Block = (typeof BLOCKS)[number];
const isBlock = (key: string): key is Block => (BLOCKS as readonly string[]).includes(key);

/** Never part of a diff: the link's `v` carries the version, and `$schema` only helps editors of files. */
const SKIPPED_KEYS: readonly string[] = ['schemaVersion', '$schema'];

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => has(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function scenarioDiff(base: Scenario, current: Scenario): Diff {
  const out: Diff = {};
  for (const key of Object.keys(base) as (keyof Scenario)[]) {
    if (SKIPPED_KEYS.includes(key)) continue;
    if (key === 'teams') {
      if (!deepEqual(base.teams, current.teams)) out.teams = teamsDiff(base, current.teams);
    } else if (isBlock(key)) {
      const from = base[key] as Record<string, unknown>;
      const to = current[key] as Record<string, unknown>;
      const block: Diff = {};
      for (const field of Object.keys(from)) if (!deepEqual(from[field], to[field])) block[field] = to[field];
      if (Object.keys(block).length) out[key] = block;
    } else if (!deepEqual(base[key], current[key])) {
      out[key] = current[key];
    }
  }
  return out;
}

const unknownField = (path: PropertyKey[]): FieldError => ({ path: formatPath(path), message: 'is not a known field' });

/**
 * The base with the diff applied: a candidate for parseScenario, or the
 * structural errors (unknown fields, wrong shapes), each naming its field.
 */
export function applyDiff(base: Scenario, diff: unknown): { candidate: unknown; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isPlainObject(diff)) return { candidate: base, errors: [{ path: '(scenario)', message: 'must be a JSON object' }] };
  const known = Object.keys(base).filter((k) => !SKIPPED_KEYS.includes(k));
  for (const key of Object.keys(diff)) if (!known.includes(key)) errors.push(unknownField([key]));
  const out: Record<string, unknown> = { ...base };
  for (const key of known) {
    if (!has(diff, key)) continue;
    const value = diff[key];
    if (key === 'teams') {
      const teams = applyTeamsDiff(base, value, errors);
      if (teams) out.teams = teams;
    } else if (isBlock(key)) {
      if (!isPlainObject(value)) {
        errors.push({ path: key, message: 'must be an object' });
        continue;
      }
      const from = base[key] as Record<string, unknown>;
      const block: Record<string, unknown> = { ...from };
      for (const field of Object.keys(value)) if (!has(from, field)) errors.push(unknownField([key, field]));
      for (const field of Object.keys(from)) if (has(value, field)) block[field] = value[field];
      out[key] = block;
    } else {
      out[key] = value;
    }
  }
  return { candidate: out, errors };
}
