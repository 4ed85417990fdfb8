// Turns a validated scenario into flat per-team parameters and per-year shock
// factors, once per run, so the year loop reads plain numbers.
import type { Scenario, TokensBlock, ProductivityBlock } from '../scenario/schema';
import { clampCurve, saturating, type CurveCompiler, type CurveFn } from './curve';

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
  policy: Scenario['policy'];
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
    return {
      engineers0: team.engineers,
      salary: team.salary,
      bonusRate: team.bonusRate,
      equityPerYear: team.equityPerYear,
      onCostRate: team.onCostRate,
      baseOutput: team.baseOutput,
      tokens,
      productivity,
      curve: curveFor(
        productivity,
        team.productivity?.expression !== undefined ? `teams[${k}].productivity.expression` : 'productivity.expression',
        options.compile,
        cache,
      ),
    };
  });
  return {
    years,
    startYear,
    salaryGrowth: scenario.salaryGrowth,
    spanOfControl: scenario.managers.spanOfControl,
    spanGrowth: scenario.managers.spanGrowth,
    managerSalaryRatio: scenario.managers.salaryRatio,
    specialistsPerMillion: scenario.specialists.perMillionSpend,
    specialistSalaryRatio: scenario.specialists.salaryRatio,
    demandGrowth: scenario.demand.growth,
    policy: scenario.policy,
    teams,
    tokenFactor,
    salaryFactor,
    headcountFactor,
  };
}
