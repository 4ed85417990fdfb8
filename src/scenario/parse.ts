// Validation of untrusted scenarios (files, links, stored data): the schema,
// then the checks that span fields. Every error names the field and the value:
// `teams[2].salary: must be at least 0, got -5`.
import * as z from 'zod/mini';
import { scenarioSchema, type Scenario } from './schema';
import { RANGE_ROOTS, getPath, setPath } from './paths';
import { isV1, migrateV1, v1Differences, type V1Difference } from './migrate/v1';
import { shapeProblem } from './depth';
import { describeValue, formatPath } from './fieldText';
import { overflowProblem } from './computable';

export { describeValue, formatPath };

export interface FieldError {
  /** Dotted path with [i] indices, as the user would write it: `teams[2].salary`. */
  path: string;
  /** In English, for the command line, files and logs. */
  message: string;
  /**
   * What went wrong, for the app to say it in the reader's language: the
   * catalogue's `fieldError.<code>` with `values` (src/ui/editor/fieldError.ts).
   * Absent: only the English message exists.
   */
  code?: FieldErrorCode;
  values?: Record<string, string | number>;
}

export type FieldErrorCode =
  | 'tooFewItems' | 'tooShort' | 'atLeast' | 'moreThan'
  | 'tooManyItems' | 'tooLong' | 'atMost' | 'lessThan'
  | 'required' | 'wrongType' | 'notValue' | 'notOneOf'
  | 'notAnotherTeam' | 'namesSeveralTeams' | 'promotionCycle' | 'promotionRate'
  // A file's text that is not JSON (src/export/scenarioFile.ts), with its line and column when known.
  | 'notJson';

export type ParseResult =
  | {
      ok: true;
      scenario: Scenario;
      /** Set when the input was a schema version 1 document, migrated (src/scenario/migrate/v1.ts). */
      migratedFrom?: { version: 1; differences: V1Difference[] };
    }
  | { ok: false; errors: FieldError[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The length of the list or text at `path`: too long a value is named by its size, not quoted. */
function lengthOf(input: unknown, path: readonly PropertyKey[]): number | string {
  const value = valueAt(input, path);
  return typeof value === 'string' || Array.isArray(value) ? value.length : describeValue(value);
}

const TYPE_NAMES: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', object: 'an object', array: 'a list', tuple: 'a pair [low, high]' };

type Described = Pick<FieldError, 'message' | 'code' | 'values'>;

function messageFor(issue: z.core.$ZodIssue, input: unknown): Described {
  const got = describeValue(valueAt(input, issue.path));
  const length = () => lengthOf(input, issue.path);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return { message: `must have at least ${issue.minimum} item(s), got ${length()}`, code: 'tooFewItems', values: { min, got: length() } };
      if (issue.origin === 'string') return { message: `must have at least ${issue.minimum} characters, got ${length()}`, code: 'tooShort', values: { min, got: length() } };
      const exclusive = issue.inclusive === false;
      return { message: `must be ${exclusive ? 'more than' : 'at least'} ${issue.minimum}, got ${got}`, code: exclusive ? 'moreThan' : 'atLeast', values: { min, got } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return { message: `must have at most ${issue.maximum} items, got ${length()}`, code: 'tooManyItems', values: { max, got: length() } };
      if (issue.origin === 'string') return { message: `must have at most ${issue.maximum} characters, got ${length()}`, code: 'tooLong', values: { max, got: length() } };
      const exclusive = issue.inclusive === false;
      return { message: `must be ${exclusive ? 'less than' : 'at most'} ${issue.maximum}, got ${got}`, code: exclusive ? 'lessThan' : 'atMost', values: { max, got } };
    }
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined && issue.expected !== 'undefined') return { message: `is required`, code: 'required' };
      return { message: `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${got}`, code: 'wrongType', values: { expected: issue.expected, got } };
    case 'invalid_value':
      return issue.values.length === 1
        ? { message: `must be ${JSON.stringify(issue.values[0])}, got ${got}`, code: 'notValue', values: { value: JSON.stringify(issue.values[0]), got } }
        : {
            message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`,
            code: 'notOneOf',
            values: { values: issue.values.map((v) => JSON.stringify(v)).join(', '), got },
          };
    case 'invalid_format':
      return { message: `${issue.message}, got ${got}` };
    default:
      return { message: issue.message };
  }
}

/** Refuse keys that could reach an object's prototype anywhere in the input. */
function forbiddenKeys(input: unknown, path: PropertyKey[] = [], out: FieldError[] = []): FieldError[] {
  if (input === null || typeof input !== 'object' || out.length > 20) return out;
  for (const key of Object.keys(input)) {
    // A list's items are named by index, `teams[0]`, as in the schema's errors.
    const step = Array.isArray(input) ? Number(key) : key;
    if (FORBIDDEN_KEYS.has(key)) out.push({ path: formatPath([...path, key]), message: 'is not an allowed field name' });
    else forbiddenKeys((input as Record<string, unknown>)[key], [...path, step], out);
  }
  return out;
}

/**
 * Promotions (MODEL.md §1, §3): `to` names one other team, nobody is promoted
 * out faster than the team can lose people (attrition + rate ≤ 1), and
 * promotions form no cycle (a cycle has no first team to compute).
 */
function promotionErrors(scenario: Scenario): FieldError[] {
  const errors: FieldError[] = [];
  const targets = scenario.teams.map((team, i) => {
    const promotion = team.promotion;
    if (!promotion) return -1;
    const path = `teams[${i}].promotion`;
    const named = scenario.teams.flatMap((other, j) => (other.name === promotion.to ? [j] : []));
    if (named.length === 0 || (named.length === 1 && named[0] === i)) {
      errors.push({ path: `${path}.to`, message: `must name another team of the scenario, got ${describeValue(promotion.to)}`, code: 'notAnotherTeam', values: { name: promotion.to } });
      return -1;
    }
    if (named.length > 1) {
      errors.push({
        path: `${path}.to`,
        message: `names ${named.length} teams called ${describeValue(promotion.to)}; give them different names`,
        code: 'namesSeveralTeams',
        values: { count: named.length, name: promotion.to },
      });
      return -1;
    }
    const attrition = team.policy?.attrition ?? scenario.policy.attrition;
    if (attrition + promotion.rate > 1) {
      errors.push({
        path: `${path}.rate`,
        message: `with attrition ${attrition}, must be at most ${1 - attrition}, got ${promotion.rate}`,
        code: 'promotionRate',
        values: { attrition, max: 1 - attrition, got: promotion.rate },
      });
    }
    return named[0];
  });
  // A cycle: following `to` from some team comes back to it.
  for (let start = 0; start < targets.length; start++) {
    let k = targets[start];
    for (let steps = 0; k >= 0 && steps <= targets.length; steps++) {
      if (k === start) {
        errors.push({ path: `teams[${start}].promotion.to`, message: 'makes promotions between teams go round in a cycle', code: 'promotionCycle' });
        break;
      }
      k = targets[k];
    }
  }
  return errors;
}

/** Checks that span several fields: custom curves, promotions and uncertainty ranges. */
function crossFieldErrors(scenario: Scenario): FieldError[] {
  const errors: FieldError[] = [];
  const needsExpression = (p: { curve?: string; expression?: string } | undefined, path: string) => {
    if (p?.curve === 'custom' && !p.expression?.trim()) {
      errors.push({ path: `${path}.expression`, message: 'is required when the curve is "custom"' });
    }
  };
  needsExpression(scenario.productivity, 'productivity');
  scenario.teams.forEach((team, i) => {
    const curve = team.productivity?.curve ?? scenario.productivity.curve;
    const expression = team.productivity?.expression ?? scenario.productivity.expression;
    needsExpression({ curve, expression }, `teams[${i}].productivity`);
  });
  errors.push(...promotionErrors(scenario));
  for (const [key, [low, high]] of Object.entries(scenario.uncertainty.ranges)) {
    const path = formatPath(['uncertainty', 'ranges', key]);
    const root = key.split('.')[0];
    if (!RANGE_ROOTS.includes(root) || typeof getPath(scenario, key) !== 'number') {
      errors.push({ path, message: `names no number of the shared scenario blocks (for example "productivity.maxMultiplier")` });
      continue;
    }
    if (low > high) {
      errors.push({ path, message: `low must not exceed high, got [${low}, ${high}]` });
      continue;
    }
    // Each end must itself be a valid value of the field.
    for (const end of [low, high]) {
      const probe = scenarioSchema.safeParse(setPath(scenario, key, end));
      if (!probe.success) {
        errors.push({ path, message: `${end} is outside the bounds of ${key}: ${messageFor(probe.error.issues[0], setPath(scenario, key, end)).message}` });
        break;
      }
    }
  }
  return errors;
}

export function parseScenario(input: unknown): ParseResult {
  // Too deep or too large is refused before anything below walks it recursively (issue 12).
  const shape = shapeProblem(input);
  if (shape) return { ok: false, errors: [{ path: formatPath(shape.path), message: shape.message }] };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(scenario)', message: `must be a JSON object, got ${describeValue(input)}` }] };
  }
  const forbidden = forbiddenKeys(input);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const v1 = isV1(input);
  if (v1) input = migrateV1(input as Record<string, unknown>);
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldError[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push({ path: formatPath([...issue.path, key]), message: 'is not a known field' });
      } else {
        errors.push({ path: formatPath(issue.path), ...messageFor(issue, input) });
      }
    }
    return { ok: false, errors };
  }
  const errors = crossFieldErrors(parsed.data);
  if (errors.length) return { ok: false, errors };
  // Within every bound, yet past what a double holds (computable.ts): refused, not simulated to NaN.
  const overflow = overflowProblem(parsed.data);
  if (overflow) return { ok: false, errors: [{ path: '(scenario)', message: overflow }] };
  return v1 ? { ok: true, scenario: parsed.data, migratedFrom: { version: 1, differences: v1Differences(parsed.data) } } : { ok: true, scenario: parsed.data };
}

export function formatErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}

export class ScenarioError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(formatErrors(errors));
    this.name = 'ScenarioError';
  }
}

/** Parse or throw a ScenarioError whose message names every bad field. */
export function loadScenario(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new ScenarioError(result.errors);
  return result.scenario;
}
