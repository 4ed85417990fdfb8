// The compact link's `teams`: columns, not rows. Twenty teams whose every
// number differs compress to about a quarter less this way (lz-string finds
// runs of similar values next to each other), which keeps a 20-team link
// inside its 2,000-character budget (PRODUCT.md; test/unit/link/budgets.test.ts).
//
//   "teams": { "length": 3, "name": ["A", "B", "C"], "engineers": [10, 12, 8],
//              "tokens.budget": [[], 5000, []] }
//
// A column is written, complete, when any team differs from its template in
// that field (the base's team at the same index; added teams: the base's last);
// other fields come from the template. Override fields are flattened to
// `<block>.<field>`, with `[]` for "no override of this field" (`null` is a
// value: assumedMaxMultiplier, hireLimit, promotion). A column named by the
// block alone (`tokens`: 1/0) marks an override block that is present but
// empty. Version 2's team fields (other cost per head, raises, promotion, the
// demand and policy overrides) are columns too.
import type { Scenario, Team } from '../schema';
import type { FieldError } from '../parse';

const SCALARS = ['name', 'engineers', 'salary', 'bonusRate', 'equityPerYear', 'onCostRate', 'otherCostPerHead', 'baseOutput'] as const;
// (v2) Team fields a team may leave out: `[]` when it does (`null` is a value of promotion).
const OPTIONAL = ['salaryGrowth', 'promotion'] as const;
const BLOCKS = ['tokens', 'productivity', 'demand', 'policy'] as const;
type BlockName = (typeof BLOCKS)[number];
const ABSENT: readonly never[] = [];
const MAX_TEAMS = 100;

const isAbsent = (v: unknown) => Array.isArray(v) && v.length === 0;
// Cells are numbers, text, booleans, null, `[]` or a promotion ({ to, rate }): JSON text compares the objects.
const same = (a: unknown, b: unknown) =>
  a === b || (isAbsent(a) && isAbsent(b)) || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The override fields a block may hold: the fields of the shared block of the same name. */
const blockFields = (base: Scenario, block: BlockName) => Object.keys(base[block]);
const template = (base: Scenario, i: number): Team => base.teams[Math.min(i, base.teams.length - 1)];

/** Every column a team has, by name, in a fixed order: scalars, override fields, empty-block marks. */
function columnsOf(base: Scenario, team: Team): [string, unknown][] {
  const out: [string, unknown][] = SCALARS.map((key) => [key, team[key]]);
  for (const key of OPTIONAL) out.push([key, team[key] !== undefined ? team[key] : ABSENT]);
  for (const block of BLOCKS) {
    const override = team[block] as Record<string, unknown> | undefined;
    for (const field of blockFields(base, block)) {
      // An override holding undefined (possible from code, never from JSON) is no override: JSON would write null.
      out.push([`${block}.${field}`, override && has(override, field) && override[field] !== undefined ? override[field] : ABSENT]);
    }
  }
  for (const block of BLOCKS) {
    const override = team[block];
    // Empty: no field, or (from code) only fields holding undefined, which JSON writes as none.
    const empty = override !== undefined && Object.values(override).every((v) => v === undefined);
    out.push([block, empty ? 1 : 0]);
  }
  return out;
}

export function teamsDiff(base: Scenario, teams: readonly Team[]): Record<string, unknown> {
  const rows = teams.map((team) => columnsOf(base, team));
  const templates = teams.map((_, i) => columnsOf(base, template(base, i)));
  const out: Record<string, unknown> = { length: teams.length };
  rows[0].forEach(([name], c) => {
    if (rows.some((row, i) => !same(row[c][1], templates[i][c][1]))) out[name] = rows.map((row) => row[c][1]);
  });
  return out;
}

/** The teams a columnar diff describes, as candidates for parseScenario; problems go to `errors`. */
export function applyTeamsDiff(base: Scenario, diff: unknown, errors: FieldError[]): unknown[] | null {
  if (diff === null || typeof diff !== 'object' || Array.isArray(diff)) {
    errors.push({ path: 'teams', message: 'must be an object of columns' });
    return null;
  }
  const columns = diff as Record<string, unknown>;
  const length = columns.length;
  if (!Number.isInteger(length) || (length as number) < 1 || (length as number) > MAX_TEAMS) {
    errors.push({ path: 'teams.length', message: `must be a whole number from 1 to ${MAX_TEAMS}` });
    return null;
  }
  const n = length as number;
  const names = new Set(['length', ...columnsOf(base, base.teams[0]).map(([name]) => name)]);
  const before = errors.length;
  for (const key of Object.keys(columns)) {
    if (!names.has(key)) errors.push({ path: `teams[${JSON.stringify(key)}]`, message: 'is not a known field' });
    else if (key !== 'length' && (!Array.isArray(columns[key]) || (columns[key] as unknown[]).length !== n)) {
      errors.push({ path: `teams[${JSON.stringify(key)}]`, message: `must be a list of ${n} values` });
    }
  }
  if (errors.length > before) return null;

  const teams: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const cells = new Map(columnsOf(base, template(base, i)));
    for (const name of cells.keys()) if (has(columns, name)) cells.set(name, (columns[name] as unknown[])[i]);
    const team: Record<string, unknown> = {};
    for (const key of SCALARS) team[key] = cells.get(key);
    for (const key of OPTIONAL) if (!isAbsent(cells.get(key))) team[key] = cells.get(key);
    for (const block of BLOCKS) {
      const override: Record<string, unknown> = {};
      let present = cells.get(block) === 1;
      for (const field of blockFields(base, block)) {
        const value = cells.get(`${block}.${field}`);
        if (isAbsent(value)) continue;
        override[field] = value;
        present = true;
      }
      if (present) team[block] = override;
    }
    teams.push(team);
  }
  return teams;
}
