// Scenario generators for the link, file and storage round trips.
// `anyScenario`: every field anywhere within its schema bounds (full-precision
// doubles, any UTF-16 text incl. lone surrogates and markup). `presetWithChanges`:
// a preset plus a few edits of the kind a person makes (values as typed).
// `realisticTeams`: 20 teams with ~20-character names and varied, typed numbers.
import fc from 'fast-check';
import { parseScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import { PRESETS } from '../../../src/scenario/allPresets';
import { setIn, parseFieldPath } from '../../../src/state/fieldPath';

/** -0 is written as 0 in JSON and links: generate 0 (the same number to the engine). */
export const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const SPECIAL = ['<', '>', '&', '"', "'", '%', '+', '=', '#', '?', '/', ' ', '\\', '\u0000', '\u2028', '😀', '\uD800', '\uDC00', '__proto__'];
/** Any UTF-16 text up to max code units: markup, URL syntax, lone surrogates. */
export const anyText = (max: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', 'Z', '1', ' ')), { maxLength: max })
    .map((parts) => parts.join('').slice(0, max));

const tokenOverride = fc.record(
  {
    budgetMode: fc.constantFrom('perEngineer', 'shareOfSalary'),
    budget: dbl(0, 1e9),
    budgetGrowth: dbl(-0.9, 10),
    pricePerMillion: dbl(1e-6, 1e6),
    priceDecline: dbl(-1, 0.99),
    countAsPay: fc.boolean(),
  },
  { requiredKeys: [] },
);
const productivityOverride = fc.record(
  {
    maxMultiplier: dbl(0.1, 100),
    halfGainTokens: dbl(1e-6, 1e12),
    halfGainGrowth: dbl(-0.9, 10),
    adoptionYears: dbl(1, 30),
    assumedMaxMultiplier: fc.option(dbl(0.1, 100), { nil: null }),
  },
  { requiredKeys: [] },
);
const team = fc.record(
  {
    name: anyText(80),
    engineers: dbl(0, 1e6),
    salary: dbl(0, 1e9),
    bonusRate: dbl(0, 10),
    equityPerYear: dbl(0, 1e9),
    onCostRate: dbl(0, 5),
    baseOutput: dbl(1e-6, 1e6),
    tokens: tokenOverride,
    productivity: productivityOverride,
  },
  { requiredKeys: ['name', 'engineers', 'salary', 'bonusRate', 'equityPerYear', 'onCostRate', 'baseOutput'] },
);

export const anyScenario: fc.Arbitrary<Scenario> = fc
  .record({
    title: anyText(200),
    description: anyText(300),
    sources: fc.array(fc.record({ label: anyText(60), url: fc.constantFrom('https://example.org/a?b=1&c=<2>', 'http://x.y') }, { requiredKeys: ['label'] }), { maxLength: 3 }),
    currency: fc.constantFrom('USD', 'EUR', 'SEK', 'JPY'),
    startYear: fc.integer({ min: 1900, max: 2200 }),
    years: fc.integer({ min: 1, max: 30 }),
    teams: fc.array(team, { minLength: 1, maxLength: 12 }),
    salaryGrowth: dbl(-0.5, 1),
    managers: fc.record({ spanOfControl: dbl(0.5, 1000), spanGrowth: dbl(-0.5, 1), salaryRatio: dbl(0, 20) }),
    specialists: fc.record({ perMillionSpend: dbl(0, 1000), salaryRatio: dbl(0, 20) }),
    tokens: fc.record({
      budgetMode: fc.constantFrom('perEngineer', 'shareOfSalary'),
      budget: dbl(0, 1e9),
      budgetGrowth: dbl(-0.9, 10),
      pricePerMillion: dbl(1e-6, 1e6),
      priceDecline: dbl(-1, 0.99),
      countAsPay: fc.boolean(),
    }),
    productivity: fc.record({
      curve: fc.constantFrom('saturating', 'custom'),
      expression: fc.constantFrom('1 + T / (T + half)', 'maxMultiplier', ' 2 '),
      maxMultiplier: dbl(0.1, 100),
      halfGainTokens: dbl(1e-6, 1e12),
      halfGainGrowth: dbl(-0.9, 10),
      adoptionYears: dbl(1, 30),
      assumedMaxMultiplier: fc.option(dbl(0.1, 100), { nil: null }),
    }),
    demand: fc.record({ growth: dbl(-0.9, 10) }),
    policy: fc.record({ headcount: fc.constantFrom('hold', 'matchDemand', 'holdBudget'), attrition: dbl(0, 1), layoffs: fc.boolean() }),
    shocks: fc.array(fc.record({ year: fc.integer({ min: 1900, max: 2200 }), cut: dbl(0, 1), lever: fc.constantFrom('tokens', 'salary', 'headcount') }), { maxLength: 4 }),
    uncertainty: fc.record({
      samples: fc.integer({ min: 1, max: 100_000 }),
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
      ranges: fc.option(fc.tuple(dbl(0.1, 100), dbl(0.1, 100)).map(([a, b]) => ({ 'productivity.maxMultiplier': [Math.min(a, b), Math.max(a, b)] })), { nil: {} }),
    }),
  })
  .map((input) => parseScenario(input))
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; scenario: Scenario }).scenario);

export const PRESET_IDS = PRESETS.map((p) => p.id);

/** A value with a few decimals, as a person types it. */
const typed = (min: number, max: number, decimals = 2) => {
  const scale = 10 ** decimals;
  return fc.integer({ min: Math.round(min * scale), max: Math.round(max * scale) }).map((x) => x / scale);
};
const word = fc.constantFrom('Platform', 'Data', 'Mobile', 'Web', 'Infra', 'Payments', 'Search', 'Growth', 'Core', 'ML', 'Ops', 'API', 'Team', 'North', 'EU', '2');
export const teamName = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ').slice(0, 24));

/** Edits a person makes, by field path: values as typed. */
export const EDITS: [string, fc.Arbitrary<unknown>][] = [
  ['title', teamName],
  ['years', fc.integer({ min: 1, max: 30 })],
  ['startYear', fc.integer({ min: 2020, max: 2040 })],
  ['salaryGrowth', typed(-0.1, 0.2, 2)],
  ['managers.spanOfControl', typed(3, 15, 2)],
  ['specialists.perMillionSpend', typed(0, 5, 2)],
  ['tokens.budget', fc.integer({ min: 0, max: 400 }).map((x) => x * 500)],
  ['tokens.budgetGrowth', typed(0, 1, 2)],
  ['tokens.pricePerMillion', typed(0.05, 50, 3)],
  ['tokens.priceDecline', typed(-0.2, 0.8, 2)],
  ['tokens.countAsPay', fc.boolean()],
  ['productivity.maxMultiplier', typed(0.8, 5, 3)],
  ['productivity.halfGainTokens', fc.integer({ min: 1, max: 100 }).map((x) => x * 100)],
  ['productivity.halfGainGrowth', typed(0, 1, 2)],
  ['productivity.adoptionYears', typed(1, 5, 2)],
  ['productivity.assumedMaxMultiplier', fc.option(typed(0.8, 6, 3), { nil: null })],
  ['demand.growth', typed(-0.3, 0.3, 2)],
  ['policy.headcount', fc.constantFrom('hold', 'matchDemand', 'holdBudget')],
  ['policy.attrition', typed(0, 0.4, 2)],
  ['policy.layoffs', fc.boolean()],
  ['teams[0].engineers', fc.integer({ min: 1, max: 2000 })],
  ['teams[0].salary', fc.integer({ min: 40, max: 400 }).map((x) => x * 1000)],
  ['teams[0].bonusRate', typed(0, 0.3, 2)],
  ['teams[0].equityPerYear', fc.integer({ min: 0, max: 100 }).map((x) => x * 1000)],
  ['teams[0].name', teamName],
  ['teams[0].tokens.budget', fc.integer({ min: 0, max: 400 }).map((x) => x * 500)],
  ['teams[0].productivity.assumedMaxMultiplier', typed(0.8, 6, 3)],
];

/** A preset and up to `max` typed edits; returns the preset id and the valid edited scenario. */
export const presetWithChanges = (max = 5) =>
  fc
    .record({
      id: fc.constantFrom(...PRESET_IDS),
      edits: fc.uniqueArray(fc.constantFrom(...EDITS.map((_, i) => i)), { minLength: 0, maxLength: max }).chain((idx) => fc.tuple(...idx.map((i) => EDITS[i][1].map((v) => [EDITS[i][0], v] as const)))),
    })
    .map(({ id, edits }) => {
      let draft: unknown = PRESETS.find((p) => p.id === id)!.scenario;
      for (const [path, value] of edits) draft = setIn(draft, parseFieldPath(path), value);
      const parsed = parseScenario(draft);
      return { id, edits, parsed };
    })
    .filter((x) => x.parsed.ok)
    .map(({ id, edits, parsed }) => ({ id, edits, scenario: (parsed as { ok: true; scenario: Scenario }).scenario }));

/** 20 teams as a person would enter them: names of ~20 characters, typed numbers, some overrides. */
export const realisticTeams = (count = 20) =>
  fc.array(
    fc.record(
      {
        name: fc.tuple(teamName, fc.integer({ min: 1, max: 99 })).map(([n, k]) => `${n} ${k}`.padEnd(18, ' x').slice(0, 24)),
        engineers: fc.integer({ min: 1, max: 400 }),
        salary: fc.integer({ min: 40, max: 400 }).map((x) => x * 1000),
        bonusRate: typed(0, 0.3, 2),
        equityPerYear: fc.integer({ min: 0, max: 150 }).map((x) => x * 1000),
        onCostRate: typed(0.1, 0.6, 2),
        baseOutput: fc.constantFrom(0.8, 1, 1.2, 1.5),
        tokens: fc.record({ budget: fc.integer({ min: 0, max: 400 }).map((x) => x * 500), pricePerMillion: typed(0.1, 20, 2) }, { requiredKeys: [] }),
        productivity: fc.record({ maxMultiplier: typed(0.8, 4, 3), assumedMaxMultiplier: typed(1, 5, 3) }, { requiredKeys: [] }),
      },
      { requiredKeys: ['name', 'engineers', 'salary', 'bonusRate', 'equityPerYear', 'onCostRate', 'baseOutput'] },
    ),
    { minLength: count, maxLength: count },
  );
