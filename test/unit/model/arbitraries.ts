// fast-check generators of valid scenario inputs (schema version 2): every
// field within the bounds of src/scenario/schema.ts, mostly at everyday values,
// sometimes at the bounds or anywhere in them (including denormals), with
// several teams, overrides of every block, promotions between teams, all
// policies, shocks on every lever and both budget modes.
import fc from 'fast-check';

const STEPS = 1_000_000;
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v)) + 0; // + 0 drops −0

/** Evenly spread over [min, max]. */
const linear = (min: number, max: number) =>
  fc.integer({ min: 0, max: STEPS }).map((i) => clamp(min + ((max - min) * i) / STEPS, min, max));

/** A number within the schema bounds [min, max], usually within `typical`. */
export function num(min: number, max: number, typical: [number, number] = [min, max]): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 6, arbitrary: linear(typical[0], typical[1]) },
    { weight: 2, arbitrary: linear(min, max) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
    // Bit-uniform doubles: mostly tiny magnitudes and denormals.
    { weight: 1, arbitrary: fc.double({ min, max, noNaN: true }).map((x) => clamp(x, min, max)) },
  );
}

/** Names understood by stubCompile (helpers.ts). */
export const EXPRESSIONS = ['nan', 'huge', 'inf', 'negInf', 'negative', 'half', 'wild', 'ceiling'] as const;

const tokenFields = {
  budgetMode: fc.constantFrom('perEngineer', 'shareOfSalary'),
  // currency per engineer-year, or a fraction of salary: both ranges are valid in either mode
  budget: fc.oneof(num(0, 1e9, [0, 300_000]), num(0, 1e9, [0, 2])),
  budgetGrowth: num(-0.9, 10, [-0.2, 0.5]),
  pricePerMillion: num(1e-6, 1e6, [0.05, 20]),
  priceDecline: num(-1, 0.999, [-0.2, 0.7]),
  // A money amount or a share of salary: either is valid in either mode.
  budgetInUse: fc.oneof(num(0, 1e9, [0, 5_000]), num(0, 1e9, [0, 1])),
  usageSpread: num(0, 3, [0, 2]),
  countAsPay: fc.boolean(),
  benefitTaxRate: num(0, 1, [0, 0.6]),
};

const productivityFields = {
  curve: fc.constantFrom('saturating', 'saturating', 'custom'),
  expression: fc.constantFrom(...EXPRESSIONS),
  maxMultiplier: num(0.1, 100, [0.5, 5]),
  halfGainTokens: num(1e-6, 1e12, [10, 100_000]),
  halfGainGrowth: num(-0.9, 10, [-0.2, 0.5]),
  adoptionYears: num(0.25, 30, [0.25, 5]),
  assumedMaxMultiplier: fc.option(num(0.1, 100, [0.5, 5]), { nil: null }),
  planLearning: num(0, 1, [0, 0.5]),
  reworkShare: num(0, 0.95, [0, 0.5]),
};

const demandFields = {
  growth: num(-0.9, 10, [-0.2, 0.3]),
  elasticity: num(0, 3, [0, 1.5]),
};

const policyFields = {
  headcount: fc.constantFrom('hold', 'matchDemand', 'holdBudget'),
  attrition: num(0, 1, [0, 0.3]),
  layoffs: fc.boolean(),
  hireLimit: fc.option(num(0, 10, [0, 0.3]), { nil: null }),
  severanceMonths: num(0, 120, [0, 12]),
  hiringCostRate: num(0, 10, [0, 0.5]),
};

const team = fc.record(
  {
    name: fc.string({ maxLength: 80 }),
    engineers: fc.oneof(num(0, 1_000_000, [0, 200]), fc.constant(0)),
    salary: num(0, 1e9, [0, 400_000]),
    bonusRate: num(0, 10, [0, 0.5]),
    equityPerYear: num(0, 1e9, [0, 100_000]),
    onCostRate: num(0, 5, [0, 0.6]),
    otherCostPerHead: num(0, 1e9, [0, 30_000]),
    baseOutput: num(1e-6, 1e6, [0.5, 3]),
    salaryGrowth: num(-0.5, 1, [-0.05, 0.1]),
    tokens: fc.record(tokenFields, { requiredKeys: [] }),
    productivity: fc.record(productivityFields, { requiredKeys: [] }),
    demand: fc.record(demandFields, { requiredKeys: [] }),
    policy: fc.record(policyFields, { requiredKeys: [] }),
    // Resolved into a promotion to a later team by withPromotions (later only: no cycle).
    promote: fc.option(fc.record({ ahead: fc.integer({ min: 1, max: 5 }), share: num(0, 1, [0, 0.3]) }), { nil: undefined }),
  },
  { requiredKeys: [] },
);

type TeamDraft = { name?: string; policy?: { attrition?: number }; promote?: { ahead: number; share: number } } & Record<string, unknown>;

/**
 * Turns each team's drawn `promote` into a valid promotion: to a later team,
 * at a rate within 1 − attrition (MODEL.md §3); teams get distinct names when
 * any promotion names one.
 */
function withPromotions(teams: TeamDraft[], sharedAttrition: number | undefined): Record<string, unknown>[] {
  const promoting = teams.some((t, k) => t.promote && k + t.promote.ahead < teams.length);
  const named = promoting ? teams.map((t, k) => ({ ...t, name: `Team ${k}` })) : teams;
  return named.map(({ promote, ...team }, k) => {
    if (!promote || k + promote.ahead >= teams.length) return team;
    const attrition = team.policy?.attrition ?? sharedAttrition ?? 0.1;
    return { ...team, promotion: { to: `Team ${k + promote.ahead}`, rate: promote.share * (1 - attrition) } };
  });
}

const shock = (startYear: number, years: number) =>
  fc.record({
    year: fc.oneof(
      fc.integer({ min: Math.max(1900, startYear - 2), max: Math.min(2200, startYear + years + 1) }),
      fc.integer({ min: 1900, max: 2200 }),
    ),
    cut: num(0, 1, [0, 0.6]),
    lever: fc.constantFrom('tokens', 'salary', 'headcount'),
  });

/** A scenario input (JSON-like object) that loadScenario accepts. */
export const scenarioInput = fc
  .record({
    startYear: fc.oneof(fc.constant(2026), fc.integer({ min: 1900, max: 2200 })),
    years: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 30 })),
  })
  .chain(({ startYear, years }) =>
    fc.record(
      {
        startYear: fc.constant(startYear),
        years: fc.constant(years),
        currency: fc.constantFrom('USD', 'EUR', 'SEK'),
        teams: fc.array(team, { minLength: 1, maxLength: 6 }),
        salaryGrowth: num(-0.5, 1, [-0.05, 0.1]),
        managers: fc.record(
          { spanOfControl: num(0.5, 1000, [3, 12]), spanGrowth: num(-0.5, 1, [-0.1, 0.2]), salaryRatio: num(0, 20, [1, 2]) },
          { requiredKeys: [] },
        ),
        specialists: fc.record({ perMillionSpend: num(0, 1000, [0, 3]), salaryRatio: num(0, 20, [1, 2]) }, { requiredKeys: [] }),
        // The shared expression is always a known name, so any team whose curve is custom has one.
        tokens: fc.record(tokenFields, { requiredKeys: [] }),
        productivity: fc.record(productivityFields, { requiredKeys: ['expression'] }),
        demand: fc.record(demandFields, { requiredKeys: [] }),
        policy: fc.record(policyFields, { requiredKeys: [] }),
        shocks: fc.array(shock(startYear, years), { maxLength: 5 }),
      },
      { requiredKeys: ['startYear', 'years', 'teams', 'productivity'] },
    ),
  )
  .map((input) => ({ ...input, teams: withPromotions(input.teams as TeamDraft[], input.policy?.attrition) }));

export type ScenarioInputValue = typeof scenarioInput extends fc.Arbitrary<infer T> ? T : never;
