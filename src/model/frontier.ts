// The trade-off frontier between headcount and compute (MODEL.md §6, v2): for
// one year, sweep a token budget b per engineer from 0 upward at full
// adoption, with the scenario's curve, spread, rework and costs. The engineers
// needed are n(b) = demand(b) / (baseOutput · mult_full(b / price)), where
// demand(b) answers the cost of a unit of output at that budget (the demand
// response), and the cost is n(b) × perHeadCost(b). Reported for the whole
// organisation (one budget for every team; engineers and costs add up) and
// for each team on its own.
import type { Scenario } from '../scenario/schema';
import type { CurveCompiler, CurveScope } from './curve';
import { prepare, type Prepared, type TeamParams } from './prepare';
import { baseBudget, demandResponse, inUseBudget, net, perHeadCost } from './kernel/formulas';
import { customCurve } from './kernel/gain';
import { meanSaturatingGain, spreadScales, NODE_COUNT } from './spread';
import { saturating } from './curve';

export interface FrontierPoint {
  /** Token budget per engineer-year, in the scenario's currency. */
  budget: number;
  /** Engineers needed to meet demand at full adoption. */
  engineersNeeded: number;
  /** Total cost of those engineers, their managers and specialists, their other costs and their tokens. */
  totalCost: number;
  /** Demand at this budget (it responds to the cost of output when demand.elasticity > 0). */
  demand: number;
  /** totalCost / demand: at full adoption the engineers meet demand, so this is also the cost per unit of demand met. */
  costPerOutput: number | null;
}

export interface FrontierCurve {
  points: FrontierPoint[];
  /** The budget the scenario sets that year (for several teams: the mean weighted by their engineers at t = 0). */
  current: FrontierPoint;
  /** The budget with the lowest cost per output (with demand fixed, the lowest total cost). */
  optimum: FrontierPoint;
  /** The largest budget whose cost per output is no worse than at b = 0. */
  breakEven: FrontierPoint;
  /** True when cost per output was still at or below the no-AI one at the end of the sweep. */
  breakEvenBeyondSweep: boolean;
}

export interface TeamFrontier extends FrontierCurve {
  name: string;
}

export interface Frontier extends FrontierCurve {
  year: number;
  /** Each team's own frontier, its budget swept alone (MODEL.md §6: per team and for the organisation). */
  teams: TeamFrontier[];
}

export interface FrontierOptions {
  /** Calendar year; the final year when omitted. */
  year?: number;
  /** Number of grid points of the sweep. */
  points?: number;
  compile?: CurveCompiler;
}

/** One team's figures of the frontier's year that do not depend on the swept budget. */
interface TeamYear {
  team: TeamParams;
  salary: number;
  price: number;
  half: number;
  /** demand without the response: engineers_0 × baseOutput × banked × (1 + growth)^t. */
  demand: number;
  /** refCost_t of the demand response (MODEL.md §2), or 0 when the response is off. */
  refCost: number;
  currentBudget: number;
  scales: Float64Array | null;
}

interface YearView {
  prep: Prepared;
  t: number;
  span: number;
  teams: TeamYear[];
}

const scratchScope = (t: number): CurveScope => ({ T: 0, t, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 });

/** The team's multiplier at full adoption for a budget b (MODEL.md §2: net(F(b / price, M))). */
function fullMultiplier(y: TeamYear, scope: CurveScope, budget: number): number {
  const { team } = y;
  const T = budget / y.price;
  const sigma = team.tokens.usageSpread;
  const M = team.productivity.maxMultiplier;
  scope.half = y.half;
  scope.price = y.price;
  scope.salary = y.salary;
  scope.budget = budget;
  // The saturating curve's mean over the spread, or the curve itself (σ = 0: version 1's single call).
  const f = sigma > 0 && team.curve === saturating ? 1 + (M - 1) * meanSaturatingGain(T / y.half, y.scales!) : customCurve(team.curve, scope, T, M, sigma);
  return net(f, team.productivity.reworkShare);
}

function teamYear(prep: Prepared, team: TeamParams, t: number, span: number): TeamYear {
  const salary = team.salary * Math.pow(1 + team.salaryGrowth, t) * prep.salaryFactor[t];
  const price = team.tokens.pricePerMillion * Math.pow(1 - team.tokens.priceDecline, t);
  const half = team.productivity.halfGainTokens * Math.pow(1 + team.productivity.halfGainGrowth, t);
  const sigma = team.tokens.usageSpread;
  const y: TeamYear = {
    team,
    salary,
    price,
    half,
    demand: 0,
    refCost: 0,
    currentBudget: baseBudget(team, t, salary) * prep.tokenFactor[t],
    scales: sigma > 0 ? spreadScales(sigma, new Float64Array(NODE_COUNT)) : null,
  };
  const scope = scratchScope(0);
  // banked: today's spend, fully adopted, at t = 0 before shocks (MODEL.md §2).
  const inUse0 = inUseBudget(team, team.salary);
  let banked = 1;
  if (inUse0 > 0) {
    const y0: TeamYear = { ...y, salary: team.salary, price: team.tokens.pricePerMillion, half: team.productivity.halfGainTokens };
    banked = fullMultiplier(y0, scope, inUse0);
  }
  y.demand = team.engineers0 * team.baseOutput * banked * Math.pow(1 + team.demand.growth, t);
  if (team.demand.elasticity > 0) {
    const inUse = inUseBudget(team, salary);
    scope.t = t;
    const bankedFull = inUse > 0 ? fullMultiplier(y, scope, inUse) : 1;
    y.refCost = perHeadCost(team, prep, salary, inUse, span) / (team.baseOutput * bankedFull);
  }
  return y;
}

function yearView(prep: Prepared, t: number): YearView {
  const span = prep.spanOfControl * Math.pow(1 + prep.spanGrowth, t);
  return { prep, t, span, teams: prep.teams.map((team) => teamYear(prep, team, t, span)) };
}

/** The frontier's point at budget b for a set of teams sharing it. */
function pointAt(view: YearView, teams: readonly TeamYear[], budget: number): FrontierPoint {
  const scope = scratchScope(view.t);
  let engineersNeeded = 0;
  let totalCost = 0;
  let demand = 0;
  for (const y of teams) {
    const { team } = y;
    const perEngineer = team.baseOutput * fullMultiplier(y, scope, budget);
    const perHead = perHeadCost(team, view.prep, y.salary, budget, view.span);
    let teamDemand = y.demand;
    if (y.refCost > 0) teamDemand *= demandResponse(perHead / perEngineer, y.refCost, team.demand.elasticity);
    const needed = teamDemand / perEngineer;
    engineersNeeded += needed;
    totalCost += needed * perHead;
    demand += teamDemand;
  }
  return { budget, engineersNeeded, totalCost, demand, costPerOutput: demand > 0 ? totalCost / demand : null };
}

/** The quantity the optimum minimises and the break-even compares: cost per output (∞ when undefined). */
const unitCost = (p: FrontierPoint) => (p.costPerOutput === null ? Infinity : p.costPerOutput);

/**
 * End of the sweep: at least twice the current budget and far enough that the
 * saturating curve gives 99% of its gain (T = half · log2(100)) for every team,
 * then doubled until cost per output passes the no-AI one, so the break-even
 * budget lies inside the sweep (a curve that never stops paying ends after 40 doublings).
 */
function sweepEnd(view: YearView, teams: readonly TeamYear[], current: number): number {
  let end = Math.max(1, 2 * current);
  for (const y of teams) end = Math.max(end, y.half * Math.log2(100) * y.price);
  const limit = unitCost(pointAt(view, teams, 0));
  // No demand (no engineers): every budget costs 0, and no sweep ends the tie.
  for (let i = 0; i < 40 && limit > 0 && limit < Infinity && unitCost(pointAt(view, teams, end)) <= limit; i++) end *= 2;
  return end;
}

/**
 * Golden-section search for the lowest cost per output in [a, b], to a
 * relative 1e-12 of b; 100 steps shrink the bracket by 1e-21 when the minimum sits at a = 0.
 */
function refineMinimum(view: YearView, teams: readonly TeamYear[], a: number, b: number): FrontierPoint {
  const g = (Math.sqrt(5) - 1) / 2;
  const f = (x: number) => unitCost(pointAt(view, teams, x));
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 100 && b - a > 1e-12 * b; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return pointAt(view, teams, (a + b) / 2);
}

/**
 * Where to look for the minimum besides the grid: the current budget, and the
 * powers of two from 2^-12 to 2^12 times each team's own scale b = half · price
 * (where its curve turns). Teams whose scales differ by orders of magnitude can
 * put the minimum deep inside the grid's first cell. Teams of similar scale
 * share their powers of two, so many teams add few candidates.
 */
function candidates(view: YearView, teams: readonly TeamYear[], points: readonly FrontierPoint[], end: number, current: number): FrontierPoint[] {
  const out = [...points, pointAt(view, teams, current)];
  const exponents = new Set<number>();
  for (const y of teams) {
    const e = Math.round(Math.log2(y.half * y.price));
    if (Number.isFinite(e)) for (let j = -12; j <= 12; j++) exponents.add(e + j);
  }
  for (const e of exponents) {
    const b = Math.pow(2, e);
    if (b > 0 && b < end) out.push(pointAt(view, teams, b));
  }
  return out.sort((p, q) => p.budget - q.budget);
}

/** Bisection for the largest budget in [a, b] whose cost per output is at most `limit` (f(a) ≤ limit < f(b)). */
function refineBreakEven(view: YearView, teams: readonly TeamYear[], a: number, b: number, limit: number): FrontierPoint {
  for (let i = 0; i < 100 && b - a > 1e-12 * b; i++) {
    const mid = (a + b) / 2;
    if (unitCost(pointAt(view, teams, mid)) <= limit) a = mid;
    else b = mid;
  }
  return pointAt(view, teams, a);
}

/** The frontier of a set of teams sharing one budget; `current` is the budget the scenario gives them. */
function curveOf(view: YearView, teams: readonly TeamYear[], current: number, count: number): FrontierCurve {
  const end = sweepEnd(view, teams, current);
  const points = Array.from({ length: count }, (_, i) => pointAt(view, teams, (end * i) / (count - 1)));

  // Refine between the neighbours of the cheapest candidate, also when it is
  // b = 0: a large current budget stretches the grid past the minimum.
  const tried = candidates(view, teams, points, end, current);
  let best = 0;
  for (let i = 1; i < tried.length; i++) if (unitCost(tried[i]) < unitCost(tried[best])) best = i;
  const refined = refineMinimum(view, teams, tried[Math.max(0, best - 1)].budget, tried[Math.min(tried.length - 1, best + 1)].budget);
  const optimum = unitCost(refined) < unitCost(tried[best]) ? refined : tried[best];

  const limit = unitCost(points[0]);
  let last = 0;
  for (let i = 1; i < count; i++) if (unitCost(points[i]) <= limit) last = i;
  // With no demand nothing is worth buying: break-even at 0, not "beyond the sweep".
  const noDemand = !(limit > 0 && limit < Infinity);
  const beyond = !noDemand && last === count - 1;
  const breakEven = noDemand ? points[0] : beyond ? points[last] : refineBreakEven(view, teams, points[last].budget, points[last + 1].budget, limit);
  return { points, current: pointAt(view, teams, current), optimum, breakEven, breakEvenBeyondSweep: beyond };
}

export function frontier(scenario: Scenario, options: FrontierOptions = {}): Frontier {
  const prep = prepare(scenario, { compile: options.compile });
  const year = options.year ?? scenario.startYear + scenario.years - 1;
  const t = Math.min(Math.max(0, year - scenario.startYear), scenario.years - 1);
  const view = yearView(prep, t);
  const count = Math.max(3, options.points ?? 241);
  let weighted = 0;
  let engineers = 0;
  for (const y of view.teams) {
    weighted += y.team.engineers0 * y.currentBudget;
    engineers += y.team.engineers0;
  }
  const organisation = curveOf(view, view.teams, engineers > 0 ? weighted / engineers : 0, count);
  return {
    year: scenario.startYear + t,
    ...organisation,
    teams: view.teams.map((y) => ({ name: y.team.name, ...curveOf(view, [y], y.currentBudget, count) })),
  };
}
