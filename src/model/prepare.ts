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
import type { Scenario, TokensBlock, ProductivityBlock, DemandBlock, PolicyBlock } from '../scenario/schema';
import { clampCurve, saturating, type CurveCompiler, type CurveFn } from './curve';

export interface TeamParams {
  name: string;
  engineers0: number;
  salary: number;
  bonusRate: number;
  equityPerYear: number;
  onCostRate: number;
  otherCostPerHead: number;
  baseOutput: number;
  /** The team's own raises, or the shared ones. */
  salaryGrowth: number;
  /** The shared blocks with this team's overrides on top (MODEL.md §2). */
  tokens: TokensBlock;
  productivity: ProductivityBlock;
  demand: DemandBlock;
  policy: PolicyBlock;
  curve: CurveFn;
  /** Index of the team this one promotes into, or −1 (MODEL.md §3). */
  promoteTo: number;
  promotionRate: number;
}

export interface Prepared {
  years: number;
  startYear: number;
  spanOfControl: number;
  spanGrowth: number;
  managerSalaryRatio: number;
  specialistsPerMillion: number;
  specialistSalaryRatio: number;
  teams: TeamParams[];
  /**
   * The teams in the order they are run: every team after those that promote
   * into it (promotions form no cycle, parse.ts), so a team's inflow in year t
   * reads its sources' headcount of t − 1 already computed. Index order when
   * there are no promotions, as in version 1.
   */
  order: Int32Array;
  /** The teams promoting into team k are sourceTeam[i] at rate sourceRate[i] for i in [sourceStart[k], sourceStart[k + 1]). */
  sourceStart: Int32Array;
  sourceTeam: Int32Array;
  sourceRate: Float64Array;
  /** Per year: product of (1 − cut) over the active shocks of the lever (MODEL.md §4). */
  tokenFactor: Float64Array;
  salaryFactor: Float64Array;
  /**
   * Per year: product of (1 − cut) over the headcount shocks dated that year
   * (those dated before the start year act at t = 0). A headcount shock is an
   * event (MODEL.md §3, v2): it removes people once, and the policy acts on the
   * smaller team afterwards.
   */
  headcountEvent: Float64Array;
  /**
   * Read the spread of use's mean gain from a table per σ (spread.ts,
   * SpreadTable: within 1e-11 of the rule) rather than the rule itself: for
   * many runs at a few σ (the Monte Carlo when σ is not sampled, the flips).
   * False for a single run, which would not repay the table's 1 ms.
   */
  tabulateSpread: boolean;
}

export interface PrepareOptions {
  /** Compiles custom formulas; needed only when a curve is "custom". */
  compile?: CurveCompiler;
  /** Replace every token budget, and the budget already in use, by 0: the no-AI baseline (MODEL.md §5). */
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
 * A null override (assumedMaxMultiplier, hireLimit) replaces the shared value
 * (MODEL.md §8).
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
class PreparedTeam implements TeamParams {
  declare name: string;
  declare engineers0: number;
  declare salary: number;
  declare bonusRate: number;
  declare equityPerYear: number;
  declare onCostRate: number;
  declare otherCostPerHead: number;
  declare baseOutput: number;
  declare salaryGrowth: number;
  declare tokens: TokensBlock;
  declare productivity: ProductivityBlock;
  declare demand: DemandBlock;
  declare policy: PolicyBlock;
  declare curve: CurveFn;
  declare promoteTo: number;
  declare promotionRate: number;
  constructor(p: TeamParams) {
    this.name = p.name;
    this.engineers0 = p.engineers0;
    this.salary = p.salary;
    this.bonusRate = p.bonusRate;
    this.equityPerYear = p.equityPerYear;
    this.onCostRate = p.onCostRate;
    this.otherCostPerHead = p.otherCostPerHead;
    this.baseOutput = p.baseOutput;
    this.salaryGrowth = p.salaryGrowth;
    this.tokens = p.tokens;
    this.productivity = p.productivity;
    this.demand = p.demand;
    this.policy = p.policy;
    this.curve = p.curve;
    this.promoteTo = p.promoteTo;
    this.promotionRate = p.promotionRate;
  }
}

class PreparedScenario implements Prepared {
  declare years: number;
  declare startYear: number;
  declare spanOfControl: number;
  declare spanGrowth: number;
  declare managerSalaryRatio: number;
  declare specialistsPerMillion: number;
  declare specialistSalaryRatio: number;
  declare teams: TeamParams[];
  declare order: Int32Array;
  declare sourceStart: Int32Array;
  declare sourceTeam: Int32Array;
  declare sourceRate: Float64Array;
  declare tokenFactor: Float64Array;
  declare salaryFactor: Float64Array;
  declare headcountEvent: Float64Array;
  declare tabulateSpread: boolean;
  constructor(p: Prepared) {
    this.years = p.years;
    this.startYear = p.startYear;
    this.spanOfControl = p.spanOfControl;
    this.spanGrowth = p.spanGrowth;
    this.managerSalaryRatio = p.managerSalaryRatio;
    this.specialistsPerMillion = p.specialistsPerMillion;
    this.specialistSalaryRatio = p.specialistSalaryRatio;
    this.teams = p.teams;
    this.order = p.order;
    this.sourceStart = p.sourceStart;
    this.sourceTeam = p.sourceTeam;
    this.sourceRate = p.sourceRate;
    this.tokenFactor = p.tokenFactor;
    this.salaryFactor = p.salaryFactor;
    this.headcountEvent = p.headcountEvent;
    this.tabulateSpread = p.tabulateSpread;
  }
}

/** Index of the team a promotion names (the first of that name), or −1 for none. */
function promotionTarget(scenario: Scenario, k: number): number {
  const promotion = scenario.teams[k].promotion;
  if (!promotion) return -1;
  const to = scenario.teams.findIndex((team, j) => j !== k && team.name === promotion.to);
  if (to < 0) throw new Error(`teams[${k}].promotion.to: names no other team of the scenario, got ${JSON.stringify(promotion.to)}`);
  return to;
}

/**
 * Kahn's order of the promotion graph, smallest index first among the teams
 * that are ready, so a scenario without promotions runs in index order.
 */
export function promotionOrder(targets: readonly number[]): Int32Array {
  const n = targets.length;
  const waiting = new Int32Array(n);
  for (const to of targets) if (to >= 0) waiting[to]++;
  const order = new Int32Array(n);
  const done = new Uint8Array(n);
  for (let filled = 0; filled < n; filled++) {
    let next = -1;
    for (let k = 0; k < n && next < 0; k++) if (!done[k] && waiting[k] === 0) next = k;
    if (next < 0) {
      const k = done.findIndex((d) => !d);
      throw new Error(`teams[${k}].promotion: promotions between teams form a cycle`);
    }
    done[next] = 1;
    order[filled] = next;
    if (targets[next] >= 0) waiting[targets[next]]--;
  }
  return order;
}

/** For each team, the teams that promote into it and their rates, as flat arrays. */
function promotionSources(targets: readonly number[], teams: readonly TeamParams[]) {
  const n = targets.length;
  const sourceStart = new Int32Array(n + 1);
  for (const to of targets) if (to >= 0) sourceStart[to + 1]++;
  for (let k = 0; k < n; k++) sourceStart[k + 1] += sourceStart[k];
  const filled = sourceStart.slice(0, n);
  const sourceTeam = new Int32Array(sourceStart[n]);
  const sourceRate = new Float64Array(sourceStart[n]);
  targets.forEach((to, j) => {
    if (to < 0) return;
    sourceTeam[filled[to]] = j;
    sourceRate[filled[to]++] = teams[j].promotionRate;
  });
  return { sourceStart, sourceTeam, sourceRate };
}

export function prepare(scenario: Scenario, options: PrepareOptions = {}): Prepared {
  const { years, startYear } = scenario;
  const tokenFactor = new Float64Array(years).fill(1);
  const salaryFactor = new Float64Array(years).fill(1);
  const headcountEvent = new Float64Array(years).fill(1);
  if (!options.noShocks) {
    for (const shock of scenario.shocks) {
      const from = Math.max(0, shock.year - startYear);
      if (shock.lever === 'headcount') {
        if (from < years) headcountEvent[from] *= 1 - shock.cut;
        continue;
      }
      const factor = shock.lever === 'tokens' ? tokenFactor : salaryFactor;
      for (let t = from; t < years; t++) factor[t] *= 1 - shock.cut;
    }
  }
  const cache = new Map<string, CurveFn>();
  const targets = scenario.teams.map((_, k) => promotionTarget(scenario, k));
  const teams = scenario.teams.map((team, k): TeamParams => {
    const tokens = withOverrides(scenario.tokens, team.tokens);
    if (options.noTokens) {
      tokens.budget = 0;
      tokens.budgetInUse = 0;
    }
    const productivity = withOverrides(scenario.productivity, team.productivity);
    const curve = curveFor(
      productivity,
      team.productivity?.expression !== undefined ? `teams[${k}].productivity.expression` : 'productivity.expression',
      options.compile,
      cache,
    );
    return new PreparedTeam({
      name: team.name,
      engineers0: team.engineers,
      salary: team.salary,
      bonusRate: team.bonusRate,
      equityPerYear: team.equityPerYear,
      onCostRate: team.onCostRate,
      otherCostPerHead: team.otherCostPerHead,
      baseOutput: team.baseOutput,
      salaryGrowth: team.salaryGrowth ?? scenario.salaryGrowth,
      tokens,
      productivity,
      demand: withOverrides(scenario.demand, team.demand),
      policy: withOverrides(scenario.policy, team.policy),
      curve,
      promoteTo: targets[k],
      promotionRate: team.promotion ? team.promotion.rate : 0,
    });
  });
  return new PreparedScenario({
    years,
    startYear,
    spanOfControl: scenario.managers.spanOfControl,
    spanGrowth: scenario.managers.spanGrowth,
    managerSalaryRatio: scenario.managers.salaryRatio,
    specialistsPerMillion: scenario.specialists.perMillionSpend,
    specialistSalaryRatio: scenario.specialists.salaryRatio,
    teams,
    order: promotionOrder(targets),
    ...promotionSources(targets, teams),
    tokenFactor,
    salaryFactor,
    headcountEvent,
    tabulateSpread: false,
  });
}
