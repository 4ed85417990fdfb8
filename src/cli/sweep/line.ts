// One line of a sweep: a JSON object that is either a scenario or a change set,
//   {"id": "a", "preset": "typical-spend", "set": {"tokens.budget": 5000, "teams[0].engineers": 50}}
// - "preset" (a preset's name) or "scenario" (a scenario object) is the base;
//   with neither, the command line's --preset;
// - "set" maps field paths, written as the app writes them (src/state/fieldPath.ts:
//   `tokens.budget`, `teams[0].engineers`, `teams[1].tokens.budget` for a
//   team's override), to values, applied in order to the base with its
//   defaults filled in; `teams[N]` one past the end adds a team;
// - "id", text or a number, is echoed in the line's rows.
// A line with none of preset, scenario and set is a scenario itself (an "id"
// key is taken out first). Either way the result is validated like a file, so
// an error names the field: `tokens.budget: must be at most 1000000000, got …`.
import { getIn, parseFieldPath, setIn, type PathKey } from '../../state/fieldPath';
import { describeValue, parseScenario, type FieldError } from '../../scenario/parse';
import type { Scenario } from '../../scenario/schema';
import { getPreset } from '../presets';
import { sweep as text } from '../messages';

export type LineId = string | number | null;

export type ReadLine = { ok: true; id: LineId; scenario: Scenario } | { ok: false; id: LineId; errors: string[] };

const CHANGE_SET_KEYS = new Set(['id', 'preset', 'scenario', 'set']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A field path as fieldPath.ts writes one: names joined by dots, list items as [i]. */
const FIELD_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/;
const MAX_ID_LENGTH = 200;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const kindOf = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'string' ? 'text' : `a ${typeof value}`);
const fieldErrors = (errors: readonly FieldError[]) => errors.map((e) => `${e.path}: ${e.message}`);

function readId(line: Record<string, unknown>): LineId | { error: string } {
  if (!Object.prototype.hasOwnProperty.call(line, 'id')) return null;
  const id = line.id;
  if ((typeof id === 'string' && id.length <= MAX_ID_LENGTH) || (typeof id === 'number' && Number.isFinite(id))) return id;
  return { error: text.badId(describeValue(id)) };
}

/** The path `keys[0..n)` written back as text: `teams[0].tokens`. */
function pathText(keys: readonly PathKey[], n: number): string {
  return keys.slice(0, n).reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Applies `set` to `base` in order, or says which path cannot be applied. */
function applySet(base: Scenario, set: Record<string, unknown>): { ok: true; value: unknown } | { ok: false; error: string } {
  let value: unknown = base;
  for (const [path, next] of Object.entries(set)) {
    if (!FIELD_PATH.test(path)) return { ok: false, error: text.badPath(path) };
    const keys = parseFieldPath(path);
    if (keys.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) return { ok: false, error: text.forbiddenPath(path) };
    // Every step but the last must exist, or be an object field that setIn may create (a team's override block).
    for (let i = 0; i < keys.length; i++) {
      const parent = getIn(value, keys.slice(0, i));
      const key = keys[i];
      if (typeof key === 'number') {
        const length = Array.isArray(parent) ? parent.length : 0;
        const last = i === keys.length - 1;
        if (!Array.isArray(parent) || key > length || (key === length && !last)) return { ok: false, error: text.noItem(path, pathText(keys, i), key, length) };
      } else if (parent !== undefined && !isObject(parent)) {
        return { ok: false, error: text.notBlock(path, pathText(keys, i), kindOf(parent)) };
      }
    }
    value = setIn(value, keys, next);
  }
  return { ok: true, value };
}

/** The base of a change set: its preset, its scenario (validated), or the command line's --preset. */
function baseOf(line: Record<string, unknown>, fallbackPreset: string | undefined): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(line, key);
  if (has('preset') && has('scenario')) return { ok: false, errors: [text.twoBases] };
  if (has('scenario')) {
    if (!isObject(line.scenario)) return { ok: false, errors: [text.badScenario(describeValue(line.scenario))] };
    const parsed = parseScenario(line.scenario);
    return parsed.ok ? parsed : { ok: false, errors: fieldErrors(parsed.errors.map((e) => ({ ...e, path: `scenario.${e.path}` }))) };
  }
  const name = has('preset') ? line.preset : fallbackPreset;
  if (name === undefined) return { ok: false, errors: [text.noBase] };
  if (typeof name !== 'string') return { ok: false, errors: [text.badPresetName(describeValue(name))] };
  const preset = getPreset(name);
  return preset ? { ok: true, scenario: preset.scenario } : { ok: false, errors: [text.noPreset(name)] };
}

/** Reads one line of a sweep into a valid scenario, or the errors that name its fields. */
export function readLine(source: string, fallbackPreset: string | undefined): ReadLine {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, id: null, errors: [text.notJson((error as Error).message)] };
  }
  if (!isObject(json)) return { ok: false, id: null, errors: [text.notObject(describeValue(json))] };
  const id = readId(json);
  if (id !== null && typeof id === 'object') return { ok: false, id: null, errors: [id.error] };
  const keys = Object.keys(json);
  const changeSet = keys.every((key) => CHANGE_SET_KEYS.has(key)) || ['preset', 'scenario', 'set'].some((key) => keys.includes(key));
  let candidate: unknown;
  if (changeSet) {
    const unknown = keys.filter((key) => !CHANGE_SET_KEYS.has(key));
    if (unknown.length) return { ok: false, id, errors: unknown.map(text.unknownKey) };
    const base = baseOf(json, fallbackPreset);
    if (!base.ok) return { ok: false, id, errors: base.errors };
    const set = json.set ?? {};
    if (!isObject(set)) return { ok: false, id, errors: [text.badSet(describeValue(set))] };
    const applied = applySet(base.scenario, set);
    if (!applied.ok) return { ok: false, id, errors: [applied.error] };
    candidate = applied.value;
  } else {
    const { id: _id, ...scenario } = json;
    candidate = scenario;
  }
  const parsed = parseScenario(candidate);
  return parsed.ok ? { ok: true, id, scenario: parsed.scenario } : { ok: false, id, errors: fieldErrors(parsed.errors) };
}
