// The readable link's parameters: one short, stable name per scenario field,
// each with its own parser that answers valid, invalid or missing (STYLE.md,
// after Our World in Data's grapher and En-ROADS).
//
// Names are the field names of MODEL.md (one vocabulary: a reader who knows the
// model can read a link) without their block, since the leaf names are unique:
// `budget` is tokens.budget, `maxMultiplier` productivity.maxMultiplier. The
// few that would clash carry their block: `demandGrowth`, `managerSalaryRatio`,
// `specialistSalaryRatio`. Team fields are `t<i>.<name>` with the team's index
// from 0: `t0.engineers`, `t1.salary`, and a team's override of a shared token
// or productivity field uses the shared name: `t1.budget` is teams[1].tokens.budget.
//
// A name is never reused for another meaning: when a field goes away, its name
// moves to RETIRED_PARAMS (and a migration rewrites old links).

export type Parsed<T> = { kind: 'valid'; value: T } | { kind: 'invalid'; reason: string } | { kind: 'missing' };
export type ParamValue = string | number | boolean | null;

export interface ParamDef {
  /** The name in the query string (without `t<i>.` for team fields). */
  id: string;
  /** Field path inside the scenario (`tokens.budget`) or inside a team (`salary`, `tokens.budget`). */
  path: string;
  parse(raw: string | undefined): Parsed<ParamValue>;
  format(value: ParamValue): string;
}

// A JavaScript number literal as String(n) writes it: round-trips every double exactly.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Untrusted text is capped before the schema sees it: no field allows more than 5,000 characters.
const MAX_TEXT = 5000;

const missing = { kind: 'missing' } as const;
const valid = <T>(value: T): Parsed<T> => ({ kind: 'valid', value });
const invalid = (reason: string): Parsed<never> => ({ kind: 'invalid', reason });
const shown = (raw: string) => (raw.length > 24 ? `“${raw.slice(0, 21)}…”` : `“${raw}”`);

function parseNumber(raw: string | undefined): Parsed<number> {
  if (raw === undefined) return missing;
  if (!NUMBER.test(raw)) return invalid(`must be a number, got ${shown(raw)}`);
  const value = Number(raw);
  return Number.isFinite(value) ? valid(value) : invalid(`must be a finite number, got ${shown(raw)}`);
}

const kinds = {
  number: { parse: parseNumber, format: (v: ParamValue) => String(v) },
  int: {
    parse: (raw: string | undefined): Parsed<number> => {
      const n = parseNumber(raw);
      return n.kind === 'valid' && !Number.isInteger(n.value) ? invalid(`must be a whole number, got ${shown(raw!)}`) : n;
    },
    format: (v: ParamValue) => String(v),
  },
  nullableNumber: {
    parse: (raw: string | undefined): Parsed<number | null> => (raw === 'null' ? valid(null) : parseNumber(raw)),
    format: (v: ParamValue) => (v === null ? 'null' : String(v)),
  },
  boolean: {
    parse: (raw: string | undefined): Parsed<boolean> =>
      raw === undefined ? missing : raw === 'true' ? valid(true) : raw === 'false' ? valid(false) : invalid(`must be true or false, got ${shown(raw)}`),
    format: (v: ParamValue) => String(v),
  },
  text: {
    parse: (raw: string | undefined): Parsed<string> =>
      raw === undefined ? missing : raw.length > MAX_TEXT ? invalid(`must have at most ${MAX_TEXT} characters`) : valid(raw),
    format: (v: ParamValue) => String(v),
  },
};

function enumKind(values: readonly string[]) {
  return {
    parse: (raw: string | undefined): Parsed<string> =>
      raw === undefined ? missing : values.includes(raw) ? valid(raw) : invalid(`must be one of ${values.join(', ')}, got ${shown(raw)}`),
    format: (v: ParamValue) => String(v),
  };
}

type Kind = { parse(raw: string | undefined): Parsed<ParamValue>; format(v: ParamValue): string };
const def = (id: string, path: string, kind: Kind): ParamDef => ({ id, path, parse: kind.parse, format: kind.format });

// Token and productivity fields: shared (`budget`) and per team (`t1.budget`).
const TOKEN_PARAMS: [string, Kind][] = [
  ['budgetMode', enumKind(['perEngineer', 'shareOfSalary'])],
  ['budget', kinds.number],
  ['budgetGrowth', kinds.number],
  ['pricePerMillion', kinds.number],
  ['priceDecline', kinds.number],
  ['countAsPay', kinds.boolean],
  // (v2, 2026-12-02) model version 2's token fields.
  ['budgetInUse', kinds.number],
  ['usageSpread', kinds.number],
  ['benefitTaxRate', kinds.number],
];
const PRODUCTIVITY_PARAMS: [string, Kind][] = [
  ['curve', enumKind(['saturating', 'custom'])],
  ['expression', kinds.text],
  ['maxMultiplier', kinds.number],
  ['halfGainTokens', kinds.number],
  ['halfGainGrowth', kinds.number],
  ['adoptionYears', kinds.number],
  ['assumedMaxMultiplier', kinds.nullableNumber],
  // (v2, 2026-12-02)
  ['planLearning', kinds.number],
  ['reworkShare', kinds.number],
];
// Demand and policy: `demandGrowth` keeps its block (a bare `growth` would read as any growth).
const DEMAND_PARAMS: [string, string, Kind][] = [
  ['demandGrowth', 'growth', kinds.number],
  ['elasticity', 'elasticity', kinds.number],
];
const POLICY_PARAMS: [string, Kind][] = [
  ['headcount', enumKind(['hold', 'matchDemand', 'holdBudget'])],
  ['attrition', kinds.number],
  ['layoffs', kinds.boolean],
  // (v2, 2026-12-02) `null`: no limit.
  ['hireLimit', kinds.nullableNumber],
  ['severanceMonths', kinds.number],
  ['hiringCostRate', kinds.number],
];
const overrideParams = [
  ...TOKEN_PARAMS.map(([id, kind]) => def(id, `tokens.${id}`, kind)),
  ...PRODUCTIVITY_PARAMS.map(([id, kind]) => def(id, `productivity.${id}`, kind)),
];
// (v2) Teams override demand and policy too (MODEL.md §2): `t1.elasticity`, `t1.headcount`.
const demandPolicyParams = [
  ...DEMAND_PARAMS.map(([id, field, kind]) => def(id, `demand.${field}`, kind)),
  ...POLICY_PARAMS.map(([id, kind]) => def(id, `policy.${id}`, kind)),
];

/** Fields of the scenario's shared blocks, in the order links write them. */
export const SCENARIO_PARAMS: readonly ParamDef[] = [
  def('title', 'title', kinds.text),
  def('currency', 'currency', kinds.text),
  def('startYear', 'startYear', kinds.int),
  def('years', 'years', kinds.int),
  def('salaryGrowth', 'salaryGrowth', kinds.number),
  def('spanOfControl', 'managers.spanOfControl', kinds.number),
  def('spanGrowth', 'managers.spanGrowth', kinds.number),
  def('managerSalaryRatio', 'managers.salaryRatio', kinds.number),
  def('perMillionSpend', 'specialists.perMillionSpend', kinds.number),
  def('specialistSalaryRatio', 'specialists.salaryRatio', kinds.number),
  ...overrideParams,
  ...demandPolicyParams,
  def('samples', 'uncertainty.samples', kinds.int),
  def('seed', 'uncertainty.seed', kinds.int),
];

/** A team's own fields and its overrides, written `t<i>.<id>`. */
export const TEAM_PARAMS: readonly ParamDef[] = [
  def('name', 'name', kinds.text),
  ...['engineers', 'salary', 'bonusRate', 'equityPerYear', 'onCostRate', 'baseOutput'].map((id) => def(id, id, kinds.number)),
  // (v2, 2026-12-02) A team's other costs and its own raises. A promotion (a target and a rate) has no
  // parameter: a link with one takes the compact form.
  def('otherCostPerHead', 'otherCostPerHead', kinds.number),
  def('salaryGrowth', 'salaryGrowth', kinds.number),
  ...overrideParams,
  ...demandPolicyParams,
];

/** Names that once meant a field and must never mean another (none yet). */
export const RETIRED_PARAMS: readonly string[] = [];

/**
 * The page's own parameters beside the scenario: the embedded chart, the
 * threshold questions (src/state/linkThresholds.ts), the reader's language
 * (src/i18n), and the rest of the view (src/state/linkView.ts: lens, year of
 * the figures, downturn question, pinned baseline).
 */
export const VIEW_PARAMS: readonly string[] = ['embed', 'thresholds', 'lang', 'lens', 'year', 'savings', 'downturnYear', 'baseline'];

/** Parameters the link itself uses, and the page's own. */
export const RESERVED_PARAMS: readonly string[] = ['p', 'v', 'm', 's', ...VIEW_PARAMS];

/** Parameters other sites add to links; dropped silently. */
export const IGNORED_PARAMS = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref)$/;

export interface ParamTable {
  scenario: readonly ParamDef[];
  team: readonly ParamDef[];
}
export const PARAMS: ParamTable = { scenario: SCENARIO_PARAMS, team: TEAM_PARAMS };

const TEAM_KEY = /^t(0|[1-9]\d{0,2})\.([A-Za-z]+)$/;

/** Which parameter a query name means: a shared field, a team's, or none. */
export function lookupParam(name: string, table: ParamTable = PARAMS): { def: ParamDef; team: number | null } | null {
  const shared = table.scenario.find((d) => d.id === name);
  if (shared) return { def: shared, team: null };
  const m = TEAM_KEY.exec(name);
  if (!m) return null;
  const team = table.team.find((d) => d.id === m[2]);
  return team ? { def: team, team: Number(m[1]) } : null;
}

/** The query name of a parameter. */
export const paramName = (def: ParamDef, team: number | null) => (team === null ? def.id : `t${team}.${def.id}`);
