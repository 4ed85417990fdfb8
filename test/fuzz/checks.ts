// What every fuzzed input must satisfy (issue 12), whatever entry point it came
// through:
// - it is refused with messages that name a field (never a stack trace), or
//   the scenario it opened simulates with no NaN or ±Infinity anywhere in the
//   result (null is the model's "undefined ratio": allowed);
// - an opened scenario round-trips through its link and its file to the same
//   scenario and the same numbers. One normalisation is allowed: -0 comes back
//   as 0 (JSON and String() write -0 as "0"); the engine's numbers are then
//   compared with ===, which takes -0 and 0 as equal too. (A key holding
//   undefined, which only code can pass, is the same as no key: JSON has none.)
//   A link also drops `$schema`, the file's pointer to its JSON Schema.
// - nothing reaches a built-in prototype (`canary`).
import { simulate, type SimulationResult } from '../../src/model';
import type { Scenario } from '../../src/scenario/schema';
import type { FieldError } from '../../src/scenario/parse';
import { MAX_QUERY, decodeLink, encodeLink, type LinkNotice } from '../../src/scenario/link';
import { parseScenarioText, scenarioToJson } from '../../src/export/scenarioFile';
import { checkFormula, compileFormula } from '../../src/formula/sandbox';
import { formulaErrors, setFormulaChecker } from '../../src/state/formulaCheck';
import type { ParseResult } from '../../src/scenario/parse';

// The store's formula check, with the sandbox loaded as the app loads it.
setFormulaChecker(checkFormula);

export interface Opened {
  scenario: Scenario;
  /** The preset a link would be written against (null: the schema's defaults). */
  presetId: string | null;
}

export type Outcome = (
  | { kind: 'refused'; errors: readonly FieldError[]; notices?: readonly LinkNotice[] }
  | { kind: 'accepted'; opened: readonly Opened[]; notices?: readonly LinkNotice[] }
) & {
  /** Refusals of parts of the input (a store's items), each checked on its own, whether or not other parts opened. */
  parts?: readonly (readonly FieldError[])[];
};

/** The app's path after parsing: the schema's verdict, then the formula sandbox's (src/state/formulaCheck.ts). */
export function admit(result: ParseResult, presetId: string | null = null): Outcome {
  if (!result.ok) return { kind: 'refused', errors: result.errors };
  const errors = formulaErrors(result.scenario);
  return errors.length ? { kind: 'refused', errors } : { kind: 'accepted', opened: [{ scenario: result.scenario, presetId }] };
}

export const simulateOpened = (scenario: Scenario): SimulationResult => simulate(scenario, { compile: compileFormula });

// ---- messages ----

/**
 * What a message shown to a person must never contain: a stack trace or an engine error. (Not "undefined" or
 * "[object Object]": a link's notice repeats a parameter's name as typed, and the fuzzers type those too.)
 */
const LEAK = /\n\s+at |RangeError|TypeError|SyntaxError: |ReferenceError|InternalError|Maximum call stack|too much recursion/;

/** A field path as parse.ts writes it (`teams[2].salary`, `uncertainty.ranges["x.y"]`). */
const FIELD_PATH = /^([A-Za-z_$][\w$]*|\[(\d+|"(?:[^"\\]|\\.)*")\])(\.[A-Za-z_$][\w$]*|\[(\d+|"(?:[^"\\]|\\.)*")\])*$/;
/** The whole input, for a refusal that has no field to name: not JSON, too large or too long, damaged, not an object, a store set aside. */
const WHOLE_INPUT = /^\((scenario|file|link|store)\)$/;

/** Quoted input ("…" as describeValue writes it, cut short with …; “…” in link notices) may say anything: only the app's own words are checked. */
const QUOTED = /"(?:[^"\\]|\\.)*(?:"|…|$)|“[^”]*(?:”|$)/g;

export function messageProblem(text: unknown): string | null {
  if (typeof text !== 'string' || !text.trim()) return `an empty message (${String(text)})`;
  const leak = LEAK.exec(text.replace(QUOTED, '""'));
  return leak ? `a message that leaks "${leak[0].trim()}": ${text.slice(0, 200)}` : null;
}

/** A refusal must say what is wrong and where: at least one error, each with a field path and a clean message. */
export function refusalProblem(errors: readonly FieldError[]): string | null {
  if (!errors.length) return 'refused with no error';
  for (const error of errors) {
    // "(file)" and its kind only where the refusal is of the whole input: its only error.
    const whole = errors.length === 1 && typeof error.path === 'string' && WHOLE_INPUT.test(error.path);
    if (typeof error.path !== 'string' || !(whole || FIELD_PATH.test(error.path))) return `an error that names no field: ${JSON.stringify(error).slice(0, 200)}`;
    const problem = messageProblem(error.message);
    if (problem) return `${error.path}: ${problem}`;
  }
  return null;
}

// ---- numbers ----

/** The first number in a result that is NaN or ±Infinity, by path; nulls and booleans are fine. */
export function nonFinite(result: unknown): string | null {
  const stack: [unknown, string][] = [[result, 'result']];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return `${path} is ${node}`;
    } else if (node !== null && typeof node === 'object') {
      // Object.entries reads getters too (a team's rows are built when first read).
      for (const [key, value] of Object.entries(node)) stack.push([value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`]);
    }
  }
  return null;
}

/**
 * The first difference between two JSON-like values, by path; numbers compare
 * with === (-0 equals 0), or with Object.is when `exact` (-0 differs from 0).
 */
export function difference(a: unknown, b: unknown, path = '', exact = false): string | null {
  const stack: [unknown, unknown, string][] = [[a, b, path]];
  while (stack.length) {
    const [x, y, at] = stack.pop()!;
    if (exact ? Object.is(x, y) : x === y) continue;
    if (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y)) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y)) {
      return `${at || '(top)'}: ${short(x)} ≠ ${short(y)}`;
    }
    // A key holding undefined is no key: JSON cannot write one (parseScenario keeps `productivity: undefined` from code).
    const kx = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
    const ky = Object.keys(y).filter((k) => (y as Record<string, unknown>)[k] !== undefined);
    const missing = kx.find((k) => !Object.prototype.hasOwnProperty.call(y, k)) ?? ky.find((k) => !Object.prototype.hasOwnProperty.call(x, k));
    if (missing !== undefined) return `${at || '(top)'}: key "${missing}" on one side only`;
    for (const k of kx) stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], Array.isArray(x) ? `${at}[${k}]` : `${at}.${k}`]);
  }
  return null;
}

const short = (v: unknown) => {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

// ---- round trips ----

export interface RoundTripReport {
  problem: string | null;
  /** The link was longer than a link may be (MAX_QUERY): it cannot reopen, and the app says so. */
  tooLongForLink: boolean;
}

/**
 * The difference in the numbers after a round trip, or null. The engine is a
 * pure function (test/unit/model), so a scenario that came back identical
 * (Object.is on every value) simulates identically: only one that was
 * normalised (-0 → 0) is simulated again and compared number by number.
 */
function sameNumbers(scenario: Scenario, back: Scenario, result: SimulationResult): string | null {
  if (difference(scenario, back, '', true) === null) return null;
  return difference(result, simulateOpened(back), 'result');
}

/** Link and file round trips of an opened scenario, compared field by field and number by number. */
export function roundTrip(opened: Opened, result: SimulationResult): RoundTripReport {
  const { scenario, presetId } = opened;
  let tooLongForLink = false;
  const query = encodeLink(scenario, presetId);
  if (query.length > MAX_QUERY) {
    tooLongForLink = true;
  } else {
    const decoded = decodeLink(query);
    if (decoded.notices.length) return { problem: `its own link reopens with notices: ${decoded.notices.map((n) => n.text).join(' | ').slice(0, 300)}`, tooLongForLink };
    if (!decoded.scenario) return { problem: 'its own link does not reopen', tooLongForLink };
    // A link does not carry `$schema` (a file's pointer to its JSON Schema, not part of the scenario: link/diff.ts).
    const { $schema: _pointer, ...linked } = scenario;
    const diff = difference(linked, decoded.scenario, 'scenario');
    if (diff) return { problem: `link round trip changed ${diff} (link ${query.slice(0, 200)})`, tooLongForLink };
    const numbers = sameNumbers(linked as Scenario, decoded.scenario, result);
    if (numbers) return { problem: `link round trip changed the numbers: ${numbers}`, tooLongForLink };
  }
  const text = scenarioToJson(scenario);
  const reread = parseScenarioText(text);
  if (!reread.ok) return { problem: `its own file does not reopen: ${reread.errors.map((e) => `${e.path}: ${e.message}`).join('; ').slice(0, 300)}`, tooLongForLink };
  const diff = difference(scenario, reread.scenario, 'scenario');
  if (diff) return { problem: `file round trip changed ${diff}`, tooLongForLink };
  const numbers = sameNumbers(scenario, reread.scenario, result);
  if (numbers) return { problem: `file round trip changed the numbers: ${numbers}`, tooLongForLink };
  return { problem: null, tooLongForLink };
}

// ---- prototypes ----

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype, RegExp.prototype];

/** One own property of a built-in prototype: its key, and what its descriptor holds (compared by identity). */
type Slot = readonly [object, string | symbol, unknown, unknown, unknown];

/**
 * The built-in prototypes' own properties, each with its descriptor's value, getter and setter, and whether
 * {}'s prototype is still Object.prototype: an input that adds, removes or replaces any of them (a polluted
 * `toString` keeps its name but not its function) shows in changedCanary().
 */
export function canary(): Slot[] {
  const slots: Slot[] = [];
  for (const p of PROTOTYPES) {
    for (const key of Reflect.ownKeys(p)) {
      const d = Reflect.getOwnPropertyDescriptor(p, key)!;
      slots.push([p, key, d.value, d.get, d.set]);
    }
  }
  slots.push([Object.prototype, '(prototype of {})', Object.getPrototypeOf({}), undefined, undefined]);
  return slots;
}

/** The first property that differs between two canary() snapshots, or null. */
export function changedCanary(before: readonly Slot[], after: readonly Slot[]): string | null {
  const name = (slot: Slot) => `${(slot[0] as { constructor?: { name?: string } }).constructor?.name ?? '?'}.prototype.${String(slot[1])}`;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const a = before[i];
    const b = after[i];
    if (!a || !b) return `${name((a ?? b)!)} ${a ? 'removed' : 'added'}`;
    if (a[0] !== b[0] || a[1] !== b[1]) return `${name(b)} added or removed (was ${name(a)})`;
    if (!Object.is(a[2], b[2]) || a[3] !== b[3] || a[4] !== b[4]) return `${name(a)} replaced`;
  }
  return null;
}
