// The check-file format of test/presets/<id>.check.json and its evaluator.
//
// { "preset": "<id>", "checks": [ CHECK, … ] }, or for a reproduction of a
// published figure (test/reproductions/) { "reproduces": "<who, what>",
// "source": "<citation>", "scenario": { … a scenario document … }, "checks": […] },
// where a CHECK names one figure:
//   "metric": a YEAR_METRICS name, with "year": 2030 | "final" | "first",
//             or "years": "all" | [from, to] (every year in the range);
//             optional "team": a team's name (its own rows instead of the totals);
//   "summary": a key of the run's summary;
//   "frontier": "optimumBudget" | "breakEvenBudget" | "currentBudget"
//             (the trade-off frontier of the final year, or of "year";
//             with "team", that team's own frontier);
// and one or more expectations, all of which must hold:
//   "between": [low, high] (inclusive), "gt": x, "lt": x,
//   "approx": x with "tolerance": t (relative: |actual − x| ≤ t·|x|),
//   "equals": a number, true, false or null (exact).
// "it" says in words what the check shows; "why" gives the hand calculation.
import { YEAR_METRICS, frontier, simulate, type SimulationResult, type YearRow } from '../../src/model';
import type { Scenario } from '../../src/scenario/schema';

const FRONTIER_FIGURES = ['optimumBudget', 'breakEvenBudget', 'currentBudget'] as const;
type FrontierFigure = (typeof FRONTIER_FIGURES)[number];

export interface Check {
  it?: string;
  why?: string;
  metric?: string;
  summary?: string;
  frontier?: FrontierFigure;
  team?: string;
  year?: number | 'final' | 'first';
  years?: 'all' | [number, number];
  between?: [number, number];
  approx?: number;
  tolerance?: number;
  gt?: number;
  lt?: number;
  equals?: number | boolean | null;
}

export interface CheckFile {
  preset?: string;
  reproduces?: string;
  source?: string;
  scenario?: unknown;
  checks: Check[];
}

const CHECK_KEYS = new Set(['it', 'why', 'metric', 'summary', 'frontier', 'team', 'year', 'years', 'between', 'approx', 'tolerance', 'gt', 'lt', 'equals']);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && isNum(v[0]) && isNum(v[1]) && v[0] <= v[1];

/** Problems with one check's shape (a typo must not pass silently). */
function checkProblems(c: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(c)) if (!CHECK_KEYS.has(key)) out.push(`unknown key "${key}"`);
  const subjects = ['metric', 'summary', 'frontier'].filter((k) => k in c);
  if (subjects.length !== 1) out.push('needs exactly one of "metric", "summary", "frontier"');
  if ('metric' in c) {
    if (!(YEAR_METRICS as readonly unknown[]).includes(c.metric)) out.push(`unknown metric ${JSON.stringify(c.metric)}`);
    if (('year' in c) === ('years' in c)) out.push('a metric check needs exactly one of "year", "years"');
  } else {
    if ('years' in c || ('team' in c && !('frontier' in c))) out.push('"years" and "team" apply to metric (and "team" to frontier) checks only');
    if ('summary' in c && 'year' in c) out.push('a summary check takes no "year"');
  }
  if ('frontier' in c && !(FRONTIER_FIGURES as readonly unknown[]).includes(c.frontier)) out.push(`unknown frontier figure ${JSON.stringify(c.frontier)}`);
  if ('year' in c && !(Number.isInteger(c.year) || c.year === 'final' || c.year === 'first')) out.push('"year" must be a calendar year, "final" or "first"');
  if ('years' in c && c.years !== 'all' && !isPair(c.years)) out.push('"years" must be "all" or [from, to]');
  if ('team' in c && typeof c.team !== 'string') out.push('"team" must be a name');
  const expectations = ['between', 'approx', 'gt', 'lt', 'equals'].filter((k) => k in c);
  if (expectations.length === 0) out.push('needs an expectation: between, approx, gt, lt or equals');
  if ('between' in c && !isPair(c.between)) out.push('"between" must be [low, high] with low ≤ high');
  if ('approx' in c && (!isNum(c.approx) || c.approx === 0)) out.push('"approx" must be a non-zero number (use "equals" or "between" near 0)');
  if (('approx' in c) !== ('tolerance' in c)) out.push('"approx" and "tolerance" go together');
  if ('tolerance' in c && !(isNum(c.tolerance) && c.tolerance >= 0 && c.tolerance < 1)) out.push('"tolerance" must be a relative tolerance in [0, 1)');
  for (const k of ['gt', 'lt']) if (k in c && !isNum(c[k])) out.push(`"${k}" must be a number`);
  if ('equals' in c && !(isNum(c.equals) || typeof c.equals === 'boolean' || c.equals === null)) out.push('"equals" must be a number, true, false or null');
  for (const k of ['it', 'why']) if (k in c && typeof c[k] !== 'string') out.push(`"${k}" must be text`);
  return out;
}

/** Validates a parsed check file; throws one message listing every problem. */
export function parseCheckFile(json: unknown, name: string): CheckFile {
  const problems: string[] = [];
  const file = json as Record<string, unknown>;
  if (file === null || typeof file !== 'object' || Array.isArray(file)) throw new Error(`${name}: must be a JSON object`);
  for (const key of Object.keys(file)) if (!['preset', 'reproduces', 'source', 'scenario', 'checks', 'why'].includes(key)) problems.push(`unknown key "${key}"`);
  if ('reproduces' in file) {
    if (typeof file.reproduces !== 'string' || typeof file.source !== 'string') problems.push('a reproduction needs "reproduces" and "source" as text');
    if (file.scenario === null || typeof file.scenario !== 'object') problems.push('a reproduction needs its "scenario"');
    if ('preset' in file) problems.push('a reproduction has a "scenario", not a "preset"');
  } else if (typeof file.preset !== 'string') problems.push('"preset" must be the preset id');
  if (!Array.isArray(file.checks) || file.checks.length === 0) problems.push('"checks" must be a non-empty list');
  else {
    file.checks.forEach((c, i) => {
      const list = c !== null && typeof c === 'object' && !Array.isArray(c) ? checkProblems(c as Record<string, unknown>) : ['must be an object'];
      for (const p of list) problems.push(`checks[${i}]: ${p}`);
    });
  }
  if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  return file as unknown as CheckFile;
}

/** A short label for failure messages: `rolesAtRisk 2030 (Juniors)`. */
export function describeCheck(c: Check): string {
  const subject = c.metric ?? (c.summary ? `summary.${c.summary}` : `frontier.${c.frontier}`);
  const when = c.years ? (c.years === 'all' ? 'every year' : `${c.years[0]}–${c.years[1]}`) : c.year !== undefined ? String(c.year) : '';
  return [subject, when, c.team ? `(${c.team})` : '', c.it ? `— ${c.it}` : ''].filter(Boolean).join(' ');
}

/** Why a value fails the check's expectations, or null when it passes. */
export function failure(c: Check, value: unknown): string | null {
  const got = JSON.stringify(value);
  if ('equals' in c) {
    if (value !== c.equals) return `expected exactly ${JSON.stringify(c.equals)}, got ${got}`;
  }
  const needsNumber = c.between || c.approx !== undefined || c.gt !== undefined || c.lt !== undefined;
  if (!needsNumber) return null;
  if (!isNum(value)) return `expected a finite number, got ${got}`;
  if (c.between && !(value >= c.between[0] && value <= c.between[1])) return `expected between ${c.between[0]} and ${c.between[1]}, got ${value}`;
  if (c.gt !== undefined && !(value > c.gt)) return `expected more than ${c.gt}, got ${value}`;
  if (c.lt !== undefined && !(value < c.lt)) return `expected less than ${c.lt}, got ${value}`;
  if (c.approx !== undefined) {
    const allowed = (c.tolerance ?? 0) * Math.abs(c.approx);
    if (!(Math.abs(value - c.approx) <= allowed)) {
      return `expected ${c.approx} ± ${(c.tolerance ?? 0) * 100}%, got ${value} (off by ${(((value - c.approx) / c.approx) * 100).toPrecision(3)}%)`;
    }
  }
  return null;
}

export interface Evaluation {
  /** The run, computed once per preset and shared by its checks. */
  result: SimulationResult;
  scenario: Scenario;
}

function rowsFor(c: Check, { result }: Evaluation): YearRow[] {
  if (!c.team) return result.years;
  const team = result.teams.find((t) => t.name === c.team);
  if (!team) throw new Error(`no team named ${JSON.stringify(c.team)} (teams: ${result.teams.map((t) => t.name).join(', ')})`);
  return team.years;
}

function selectRows(c: Check, rows: YearRow[]): YearRow[] {
  if (c.years === 'all') return rows;
  if (c.years) {
    const [from, to] = c.years;
    const picked = rows.filter((r) => r.year >= from && r.year <= to);
    if (picked.length !== to - from + 1) throw new Error(`years ${from}–${to} are not all simulated`);
    return picked;
  }
  if (c.year === 'final') return [rows[rows.length - 1]];
  if (c.year === 'first') return [rows[0]];
  const row = rows.find((r) => r.year === c.year);
  if (!row) throw new Error(`year ${c.year} is not simulated (${rows[0].year}–${rows[rows.length - 1].year})`);
  return [row];
}

/** Every failure of one check against a preset's run, as messages (empty: it holds). */
export function evaluate(c: Check, ev: Evaluation): string[] {
  if (c.metric) {
    const out: string[] = [];
    for (const row of selectRows(c, rowsFor(c, ev))) {
      const why = failure(c, row[c.metric as keyof YearRow]);
      if (why) out.push(`${row.year}: ${why}`);
    }
    return out;
  }
  if (c.summary) {
    if (!(c.summary in ev.result.summary)) return [`unknown summary figure "${c.summary}"`];
    const why = failure(c, ev.result.summary[c.summary as keyof SimulationResult['summary']]);
    return why ? [why] : [];
  }
  const year = typeof c.year === 'number' ? c.year : c.year === 'first' ? ev.scenario.startYear : undefined;
  const f = frontier(ev.scenario, { year });
  const curve = c.team ? f.teams.find((t) => t.name === c.team) : f;
  if (!curve) throw new Error(`no team named ${JSON.stringify(c.team)} (teams: ${f.teams.map((t) => t.name).join(', ')})`);
  const value = { optimumBudget: curve.optimum.budget, breakEvenBudget: curve.breakEven.budget, currentBudget: curve.current.budget }[c.frontier!];
  const why = failure(c, value);
  return why ? [why] : [];
}

export function evaluationOf(scenario: Scenario): Evaluation {
  return { result: simulate(scenario), scenario };
}
