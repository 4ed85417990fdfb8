// Schema version 1 → 2 (2026-12-02): MODEL.md version 2 added mechanisms that
// version 1 did not have (each with a neutral value that reproduces version 1)
// and recalibrated some defaults (evidence §10). A version 1 file or link must
// keep meaning what it meant, so this migration
//   1. writes out, where the document leaves them to their default, the
//      version 1 defaults that version 2 changed (V1_DEFAULTS), and
//   2. sets every field version 2 added to its neutral value (V2_NEUTRAL),
// then marks the document as version 2. It is data: the tables below are the
// whole change: test/unit/model/neutral.test.ts checks that every migrated
// version 1 document simulates to version 1's numbers (the frozen engine in
// test/reference/v1), test/unit/scenario/parse.test.ts the migration itself.
//
// The input is untrusted JSON (a file, a link's diff, stored data): only plain
// objects are written into, and anything else is left for the schema to refuse
// with its own message naming the field.
import V1_PRESETS from './v1-presets.json';

/** Version 1's defaults of the fields whose default changed in version 2 (src/scenario/defaults.ts). */
export const V1_DEFAULTS = {
  team: { salary: 145_000, onCostRate: 0.42 },
  productivity: { maxMultiplier: 1.35 },
  demand: { growth: 0.05 },
} as const;

/** The neutral value of every field version 2 added (MODEL.md §0). */
export const V2_NEUTRAL = {
  team: { otherCostPerHead: 0 },
  tokens: { budgetInUse: 0, usageSpread: 0, benefitTaxRate: 0 },
  productivity: { planLearning: 0, reworkShare: 0 },
  demand: { elasticity: 0 },
  policy: { hireLimit: null, severanceMonths: 0, hiringCostRate: 0 },
} as const;

type Json = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** `block` filled with `values` where it has no field of that name; a missing block is created, a non-object one left alone. */
function fill(doc: Json, key: string, values: Json): void {
  if (!has(doc, key)) doc[key] = {};
  const block = doc[key];
  if (!isPlainObject(block)) return;
  const out: Json = { ...block };
  for (const [field, value] of Object.entries(values)) if (!has(out, field)) out[field] = value;
  doc[key] = out;
}

/** A version 1 document as version 2 (a new object; the input is not changed). */
export function migrateV1(input: Json): Json {
  const doc: Json = { ...input, schemaVersion: 2 };
  // Version 1's default team list was one team of defaults.
  if (!has(doc, 'teams')) doc.teams = [{}];
  if (Array.isArray(doc.teams)) {
    doc.teams = doc.teams.map((team) => (isPlainObject(team) ? { ...V2_NEUTRAL.team, ...V1_DEFAULTS.team, ...team } : team));
  }
  fill(doc, 'tokens', V2_NEUTRAL.tokens);
  fill(doc, 'productivity', { ...V1_DEFAULTS.productivity, ...V2_NEUTRAL.productivity });
  fill(doc, 'demand', { ...V1_DEFAULTS.demand, ...V2_NEUTRAL.demand });
  fill(doc, 'policy', V2_NEUTRAL.policy);
  return doc;
}

/** Whether a document says it is version 1 (a number field; anything else is for the schema to judge). */
export const isV1 = (input: unknown) => isPlainObject(input) && input.schemaVersion === 1;

export type V1Difference = 'headcountShockWithPolicy' | 'startYearShock';

/**
 * Where a migrated version 1 scenario's numbers still differ from version 1's
 * (MODEL.md §0: the one change without a neutral value). A headcount shock is
 * now an event the staffing policy answers (it rehires under matchDemand and
 * holdBudget); and jobsChange counts from the start before any shock, so a
 * shock in the start year moves it.
 */
export function v1Differences(scenario: {
  startYear: number;
  policy: { headcount: string };
  teams: readonly { policy?: { headcount?: string } }[];
  shocks: readonly { year: number; lever: string }[];
}): V1Difference[] {
  const out: V1Difference[] = [];
  const responsive = scenario.teams.some((team) => (team.policy?.headcount ?? scenario.policy.headcount) !== 'hold');
  if (responsive && scenario.shocks.some((s) => s.lever === 'headcount')) out.push('headcountShockWithPolicy');
  if (scenario.shocks.some((s) => s.year <= scenario.startYear)) out.push('startYearShock');
  return out;
}

/** The notice's catalogue code and values (`link.modelV1Same` / `link.modelV1Differs`), for the app to say it in the reader's language. */
export function v1NoticeCode(differences: readonly V1Difference[]): { code: string; values?: Record<string, string> } {
  if (differences.length === 0) return { code: 'modelV1Same' };
  const events = differences.includes('headcountShockWithPolicy');
  const startYear = differences.includes('startYearShock');
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return { code: 'modelV1Differs', values: { events: yes(events), startYear: yes(startYear), both: yes(events && startYear) } };
}

/**
 * The notice a version 1 link or file gets when it opens (issue 8): a warning where its numbers
 * differ from version 1's, else a note that they are the same. The same for links
 * (link/codec.ts), files in the app (ShareBar, saved scenarios) and the command line (src/cli/input.ts).
 */
export function v1MigrationNotice(differences: readonly V1Difference[]): { kind: 'info' | 'warning'; text: string; code: string; values?: Record<string, string> } {
  return { kind: differences.length ? 'warning' : 'info', text: v1Notice(differences), ...v1NoticeCode(differences) };
}

/** The notice for a scenario made with model version 1, in plain words (English; the app uses v1NoticeCode). */
export function v1Notice(differences: readonly V1Difference[]): string {
  if (differences.length === 0) {
    return 'This scenario was made with model version 1. It opens with the settings of that time, and the mechanisms added since (demand that responds to cost, rework, uneven use and others) are off, so its numbers are the same.';
  }
  const why = differences.map((d) =>
    d === 'headcountShockWithPolicy'
      ? 'a headcount cut is now a one-off event that the staffing policy answers in later years (version 1 kept it as a permanent cut)'
      : 'jobs change is now counted from the start before any cut',
  );
  return `This scenario was made with model version 1, and some of its numbers differ now: ${why.join('; ')}.`;
}

// The presets as version 1 released them (numbers only: their texts are the
// current presets'), so that a version 1 link, a diff from one of them, opens
// on the numbers it was made from. 1 kB gzip.

/** A version 1 preset as a version 1 document, or undefined; `null` asks for version 1's defaults (`{}`). */
export function v1PresetDocument(id: string | null): Record<string, unknown> | undefined {
  if (id === null) return { schemaVersion: 1 };
  return Object.prototype.hasOwnProperty.call(V1_PRESETS, id) ? (V1_PRESETS as Record<string, Record<string, unknown>>)[id] : undefined;
}
