// Turns a validated scenario into flat per-team parameters and per-year shock
// factors, once per run, so the year loop reads plain numbers.
//
// The objects are class instances, not object literals, and every one is
// fresh (nothing is shared with the scenario, so the Monte Carlo's setters may
// write into them). Why classes: V8 tracks the type of each field of an
// object literal's map and widens it when the literal is built a second time;
// code optimised during the first Monte Carlo run depended on the narrow type
// and was thrown away in the second, and about every other process then ran
// the engine from on-stack-replacement code, 2.5× slower for good (measured with
// --trace-generalization and --trace-deopt, Node 20; bench/uncertainty.bench.ts).
// A class's instances keep one map and one field type from the start.
import type { Scenario, TokensBlock, ProductivityBlock } from './schema';
import { clampCurve, saturating, type CurveCompiler, type CurveFn } from './curve';

type Policy = Scenario['policy'];

export interface TeamParams {
  engineers0: number;
  salary: number;
  bonusRate: number;
  equityPerYear: number;
  onCostRate: number;
  baseOutput: number;
  tokens: TokensBlock;
  productivity: ProductivityBlock;
  curve: CurveFn;
}

export interface Prepared {
  years: number;
  startYear: number;
  salaryGrowth: number;
  spanOfControl: number;
  spanGrowth: number;
  managerSalaryRatio: number;
  specialistsPerMillion: number;
  specialistSalaryRatio: number;
  demandGrowth: number;
  policy: Policy;
  teams: TeamParams[];
  /** Per year: product of (1 - cut) over the active shocks of each lever (MODEL.md §4). */
  tokenFactor: Float64Array;
  salaryFactor: Float64Array;
  headcountFactor: Float64Array;
}

export interface PrepareOptions {
  /** Compiles custom formulas; needed only when a curve is "custom". */
  compile?: CurveCompiler;
  /** Replace every token budget by 0: the no-AI baseline (MODEL.md §5). */
  noTokens?: boolean;
  /** Ignore the shocks: the baseline of costSaved (MODEL.md §4). */
  noShocks?: boolean;
}

/**
 * The team's curve. `path` names the field the formula came from (the shared
 * block or a team's override), so a refused formula's error points at it.
 */
function curveFor(productivity: ProductivityBlock, path: string, compile: CurveCompiler | undefined, cache: Map<string, CurveFn>): CurveFn {
  if (productivity.curve !== 'custom') return saturating;
  const expression = productivity.expression;
  let fn = cache.get(expression);
  if (!fn) {
    if (!compile) throw new Error(`${path}: a custom curve needs the formula engine (pass \`compile\`)`);
    try {
      fn = clampCurve(compile(expression));
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('productivity.expression')) {
        error.message = path + error.message.slice('productivity.expression'.length);
      }
      throw error;
    }
    cache.set(expression, fn);
  }
  return fn;
}

/**
 * The shared block with a team's overrides on top. An override whose value is
 * undefined (a key kept after the user cleared it) falls back to the shared
 * value, as JSON would after a round trip, instead of reaching the formulas.
 */
function withOverrides<T extends object>(shared: T, overrides: Partial<T> | undefined): T {
  const out = { ...shared };
  if (overrides) {
    for (const key of Object.keys(overrides) as (keyof T)[]) {
      if (overrides[key] !== undefined) out[key] = overrides[key] as T[keyof T];
    }
  }
  return out;
}

// `declare` fields: no class-field definition (which would store undefined
// first and widen every number field to a boxed one); the constructor's
// assignments are the only stores.
class PreparedPolicy implements Policy {
  declare headcount: Policy['headcount'];
  declare attrition: number;
  declare layoffs: boolean;
  constructor(p: Policy) {
    this.headcount = p.headcount;
    this.attrition = p.attrition;
    this.layoffs = p.layoffs;
  }
}

class PreparedTeam implements TeamParams {
  declare engineers0: number;
  declare salary: number;
  declare bonusRate: number;
  declare equityPerYear: number;
  declare onCostRate: number;
  declare baseOutput: number;
  declare tokens: TokensBlock;
  declare productivity: ProductivityBlock;
  declare curve: CurveFn;
  constructor(p: TeamParams) {
    this.engineers0 = p.engineers0;
    this.salary = p.salary;
    this.bonusRate = p.bonusRate;
    this.equityPerYear = p.equityPerYear;
    this.onCostRate = p.onCostRate;
    this.baseOutput = p.baseOutput;
    this.tokens = p.tokens;
    this.productivity = p.productivity;
    this.curve = p.curve;
  }
}

class PreparedScenario implements Prepared {
  declare years: number;
  declare startYear: number;
  declare salaryGrowth: number;
  declare spanOfControl: number;
  declare spanGrowth: number;
  declare managerSalaryRatio: number;
  declare specialistsPerMillion: number;
  declare specialistSalaryRatio: number;
  declare demandGrowth: number;
  declare policy: Policy;
  declare teams: TeamParams[];
  declare tokenFactor: Float64Array;
  declare salaryFactor: Float64Array;
  declare headcountFactor: Float64Array;
  constructor(p: Prepared) {
    this.years = p.years;
    this.startYear = p.startYear;
    this.salaryGrowth = p.salaryGrowth;
    this.spanOfControl = p.spanOfControl;
    this.spanGrowth = p.spanGrowth;
    this.managerSalaryRatio = p.managerSalaryRatio;
    this.specialistsPerMillion = p.specialistsPerMillion;
    this.specialistSalaryRatio = p.specialistSalaryRatio;
    this.demandGrowth = p.demandGrowth;
    this.policy = p.policy;
    this.teams = p.teams;
    this.tokenFactor = p.tokenFactor;
    this.salaryFactor = p.salaryFactor;
    this.headcountFactor = p.headcountFactor;
  }
}

export function prepare(scenario: Scenario, options: PrepareOptions = {}): Prepared {
  const { years, startYear } = scenario;
  const tokenFactor = new Float64Array(years).fill(1);
  const salaryFactor = new Float64Array(years).fill(1);
  const headcountFactor = new Float64Array(years).fill(1);
  if (!options.noShocks) {
    const byLever = { tokens: tokenFactor, salary: salaryFactor, headcount: headcountFactor };
    for (const shock of scenario.shocks) {
      const factor = byLever[shock.lever];
      for (let t = Math.max(0, shock.year - startYear); t < years; t++) factor[t] *= 1 - shock.cut;
    }
  }
  const cache = new Map<string, CurveFn>();
  const teams = scenario.teams.map((team, k): TeamParams => {
    const tokens = withOverrides(scenario.tokens, team.tokens);
    if (options.noTokens) tokens.budget = 0;
    const productivity = withOverrides(scenario.productivity, team.productivity);
    const curve = curveFor(
      productivity,
      team.productivity?.expression !== undefined ? `teams[${k}].productivity.expression` : 'productivity.expression',
      options.compile,
      cache,
    );
    return new PreparedTeam({
      engineers0: team.engineers,
      salary: team.salary,
      bonusRate: team.bonusRate,
      equityPerYear: team.equityPerYear,
      onCostRate: team.onCostRate,
      baseOutput: team.baseOutput,
      tokens,
      productivity,
      curve,
    });
  });
  return new PreparedScenario({
    years,
    startYear,
    salaryGrowth: scenario.salaryGrowth,
    spanOfControl: scenario.managers.spanOfControl,
    spanGrowth: scenario.managers.spanGrowth,
    managerSalaryRatio: scenario.managers.salaryRatio,
    specialistsPerMillion: scenario.specialists.perMillionSpend,
    specialistSalaryRatio: scenario.specialists.salaryRatio,
    demandGrowth: scenario.demand.growth,
    policy: new PreparedPolicy(scenario.policy),
    teams,
    tokenFactor,
    salaryFactor,
    headcountFactor,
  });
}
