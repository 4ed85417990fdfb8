// The scenario schema (MODEL.md §1, schema version 2): every field has a
// default and bounds, and unknown fields are refused (except a top-level
// `$schema`, which editors use to find the JSON Schema). Bounds keep every
// formula of the engine finite; docs/model.md lists them with the reasons.
// Defaults cite research/evidence.md (tags: [P] primary, [S] secondary,
// [D] derived, [A] assumption).
import * as z from 'zod/mini';
import { DEFAULTS } from './defaults';
import { SCHEMA_VERSION } from './schemaVersion';
import { MAX_TEAMS } from './limits';

export { SCHEMA_VERSION };

/** A finite number within [min, max] (zod rejects NaN and ±Infinity). */
const num = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const text = (max: number) => z.string().check(z.maxLength(max));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) =>
  z._default(schema, value as never);

// ---- field schemas, shared by the shared blocks and the per-team overrides ----

const tokenFields = {
  budgetMode: z.enum(['perEngineer', 'shareOfSalary']),
  // perEngineer: currency per engineer-year; shareOfSalary: fraction of salary.
  budget: num(0, 1e9),
  budgetGrowth: num(-0.9, 10),
  // > 0 keeps tokens_t = budget_t / price_t finite.
  pricePerMillion: num(1e-6, 1e6),
  // < 1 keeps price_t > 0; negative values are price rises. Epoch AI's fastest measured decline
  // is 900× a year (1 − 1/900 = 0.99889).
  priceDecline: num(-1, 0.999),
  // (v2) Spend already adopted before startYear, in the unit of budget.
  budgetInUse: num(0, 1e9),
  // (v2) σ of log token use across people; 3 is a 90-fold spread between the median and the mean.
  usageSpread: num(0, 3),
  countAsPay: z.boolean(),
  // (v2) The employee's marginal tax on an allowance counted as pay.
  benefitTaxRate: num(0, 1),
};

const productivityFields = {
  curve: z.enum(['saturating', 'custom']),
  expression: text(500),
  // A ceiling below 1 (a measured slowdown, METR 2025: 0.84) is allowed.
  maxMultiplier: num(0.1, 100),
  // > 0: half_t is a divisor.
  halfGainTokens: num(1e-6, 1e12),
  halfGainGrowth: num(-0.9, 10),
  // (v2) From a quarter: below 1 the tools are adopted within the first year.
  adoptionYears: num(0.25, 30),
  assumedMaxMultiplier: z.nullable(num(0.1, 100)),
  // (v2) Share of the plan's error corrected each year.
  planLearning: num(0, 1),
  // (v2) Share of the gross gain lost to review and rework; below 1 keeps a gain a gain.
  reworkShare: num(0, 0.95),
};

const demandFields = {
  growth: num(-0.9, 10),
  // (v2) Response of demand to the cost of a unit of output.
  elasticity: num(0, 3),
};

const policyFields = {
  headcount: z.enum(['hold', 'matchDemand', 'holdBudget']),
  attrition: num(0, 1),
  layoffs: z.boolean(),
  // (v2) External hires a year ≤ hireLimit × last year's team; null: no limit.
  hireLimit: z.nullable(num(0, 10)),
  // (v2) Months of cash pay per FTE laid off.
  severanceMonths: num(0, 120),
  // (v2) Cost of an external hire as a fraction of a salary.
  hiringCostRate: num(0, 10),
};

type Shape = Record<string, z.ZodMiniType>;
/** A strict block whose every field defaults to the value in `defaults`. */
function defaulted<S extends Shape>(shape: S, defaults: { [K in keyof S]: z.output<S[K]> }) {
  const out = {} as { [K in keyof S]: z.ZodMiniDefault<S[K]> };
  for (const key of Object.keys(shape) as (keyof S)[]) {
    out[key] = withDefault(shape[key], defaults[key]) as never;
  }
  // prefault: the {} default is itself parsed, so its fields get their defaults.
  return z.prefault(z.strictObject(out), {} as never);
}
/** A strict block of optional fields: a team's overrides of a shared block. */
function overrides<S extends Shape>(shape: S) {
  const out = {} as { [K in keyof S]: z.ZodMiniOptional<S[K]> };
  for (const key of Object.keys(shape) as (keyof S)[]) out[key] = z.optional(shape[key]);
  return z.optional(z.strictObject(out));
}

const D = DEFAULTS;

export const teamSchema = z.strictObject({
  name: withDefault(text(80), D.team.name),
  engineers: withDefault(num(0, 1_000_000), D.team.engineers),
  salary: withDefault(num(0, 1e9), D.team.salary),
  bonusRate: withDefault(num(0, 10), D.team.bonusRate),
  equityPerYear: withDefault(num(0, 1e9), D.team.equityPerYear),
  onCostRate: withDefault(num(0, 5), D.team.onCostRate),
  // (v2) Office, equipment, non-AI software, per head-year.
  otherCostPerHead: withDefault(num(0, 1e9), D.team.otherCostPerHead),
  // > 0: intensity divides by engineers * baseOutput.
  baseOutput: withDefault(num(1e-6, 1e6), D.team.baseOutput),
  // (v2) This team's raises, when they differ from the shared ones.
  salaryGrowth: z.optional(num(-0.5, 1)),
  // (v2) A share of this team promoted each year into another team, named by `to` (parse.ts checks
  // that it names another team and that promotions form no cycle).
  promotion: z.optional(z.nullable(z.strictObject({ to: text(80), rate: num(0, 1) }))),
  tokens: overrides(tokenFields),
  productivity: overrides(productivityFields),
  demand: overrides(demandFields),
  policy: overrides(policyFields),
});

const sourceSchema = z.strictObject({
  label: text(300),
  url: z.optional(text(2000).check(z.regex(/^https?:\/\/[^\s<>"]+$/, 'must be an http(s) address'))),
  date: z.optional(text(40)),
});

const shockSchema = z.strictObject({
  year: z.int().check(z.gte(1900), z.lte(2200)),
  cut: num(0, 1),
  lever: z.enum(['tokens', 'salary', 'headcount']),
});

const rangeSchema = z.tuple([num(-1e12, 1e12), num(-1e12, 1e12)]);

export const scenarioSchema = z.strictObject({
  $schema: z.optional(text(2000)),
  schemaVersion: withDefault(z.literal(SCHEMA_VERSION), SCHEMA_VERSION),
  title: withDefault(text(200), D.title),
  description: withDefault(text(5000), ''),
  sources: withDefault(z.array(sourceSchema).check(z.maxLength(50)), []),
  currency: withDefault(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 code such as USD')), D.currency),
  startYear: withDefault(z.int().check(z.gte(1900), z.lte(2200)), D.startYear),
  years: withDefault(z.int().check(z.gte(1), z.lte(30)), D.years),
  teams: z.prefault(z.array(teamSchema).check(z.minLength(1), z.maxLength(MAX_TEAMS)), [{}]),
  salaryGrowth: withDefault(num(-0.5, 1), D.salaryGrowth),
  managers: defaulted(
    // spanOfControl > 0: managers_t divides by it.
    { spanOfControl: num(0.5, 1000), spanGrowth: num(-0.5, 1), salaryRatio: num(0, 20) },
    D.managers,
  ),
  specialists: defaulted({ perMillionSpend: num(0, 1000), salaryRatio: num(0, 20) }, D.specialists),
  tokens: defaulted(tokenFields, D.tokens),
  productivity: defaulted(productivityFields, D.productivity),
  demand: defaulted(demandFields, D.demand),
  policy: defaulted(policyFields, D.policy),
  shocks: withDefault(z.array(shockSchema).check(z.maxLength(50)), []),
  uncertainty: defaulted(
    {
      samples: z.int().check(z.gte(1), z.lte(100_000)),
      seed: z.int().check(z.gte(0), z.lte(4_294_967_295)),
      ranges: z.record(z.string().check(z.maxLength(100)), rangeSchema),
    },
    D.uncertainty,
  ),
});

/** A scenario as written (fields optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario with every default filled in: what the engine takes. */
export type Scenario = z.output<typeof scenarioSchema>;
export type Team = Scenario['teams'][number];
export type TokensBlock = Scenario['tokens'];
export type ProductivityBlock = Scenario['productivity'];
export type DemandBlock = Scenario['demand'];
export type PolicyBlock = Scenario['policy'];
export type Promotion = NonNullable<Team['promotion']>;
export type Shock = Scenario['shocks'][number];
export type Lever = Shock['lever'];
export type HeadcountPolicy = Scenario['policy']['headcount'];
