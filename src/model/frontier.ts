// The trade-off frontier between headcount and compute (MODEL.md §6): for one
// year, sweep a token budget b per engineer from 0 upward; at full adoption the
// engineers needed are n(b) = demand / (baseOutput · raw(b / price)) and the
// cost is n(b) × (loaded cost of an engineer with managers and specialists + b).
// Several teams share the same b; their engineers and costs add up.
import type { Scenario } from '../scenario/schema';
import type { CurveCompiler, CurveScope } from './curve';
import { prepare, type Prepared } from './prepare';
import { baseBudget, perHeadCost, rawMultiplier } from './team';

export interface FrontierPoint {
  /** Token budget per engineer-year, in the scenario's currency. */
  budget: number;
  /** Engineers needed to meet demand at full adoption. */
  engineersNeeded: number;
  /** Total cost of those engineers, their managers and specialists, and their tokens. */
  totalCost: number;
  costPerOutput: number | null;
}

export interface Frontier {
  year: number;
  points: FrontierPoint[];
  /** The budget the scenario sets that year (engineer-weighted mean over teams). */
  current: FrontierPoint;
  /** The budget with the lowest total cost. */
  optimum: FrontierPoint;
  /** The largest budget whose cost per output is no worse than b = 0. */
  breakEven: FrontierPoint;
  /** True when cost was still at or below the no-AI cost at the end of the sweep. */
  breakEvenBeyondSweep: boolean;
}

export interface FrontierOptions {
  /** Calendar year; the final year when omitted. */
  year?: number;
  /** Number of grid points of the sweep. */
  points?: number;
  compile?: CurveCompiler;
}

interface YearView {
  prep: Prepared;
  t: number;
  demand: number[];
  salary: number[];
  price: number[];
  half: number[];
  span: number;
  currentBudget: number;
}

function yearView(prep: Prepared, t: number): YearView {
  const salary = prep.teams.map((team) => team.salary * Math.pow(1 + prep.salaryGrowth, t) * prep.salaryFactor[t]);
  let weighted = 0;
  let engineers = 0;
  prep.teams.forEach((team, k) => {
    weighted += team.engineers0 * baseBudget(team, t, salary[k]) * prep.tokenFactor[t];
    engineers += team.engineers0;
  });
  return {
    prep,
    t,
    salary,
    demand: prep.teams.map((team) => team.engineers0 * team.baseOutput * Math.pow(1 + prep.demandGrowth, t)),
    price: prep.teams.map((team) => team.tokens.pricePerMillion * Math.pow(1 - team.tokens.priceDecline, t)),
    half: prep.teams.map((team) => team.productivity.halfGainTokens * Math.pow(1 + team.productivity.halfGainGrowth, t)),
    span: prep.spanOfControl * Math.pow(1 + prep.spanGrowth, t),
    currentBudget: engineers > 0 ? weighted / engineers : 0,
  };
}

function pointAt(view: YearView, budget: number): FrontierPoint {
  const { prep, t } = view;
  const scope: CurveScope = { T: 0, t, half: 0, maxMultiplier: 0, price: 0, budget, salary: 0 };
  let engineersNeeded = 0;
  let totalCost = 0;
  let demand = 0;
  prep.teams.forEach((team, k) => {
    scope.T = budget / view.price[k];
    scope.half = view.half[k];
    scope.price = view.price[k];
    scope.salary = view.salary[k];
    const raw = rawMultiplier(team, scope, team.productivity.maxMultiplier);
    const needed = view.demand[k] / (team.baseOutput * raw);
    engineersNeeded += needed;
    totalCost += needed * perHeadCost(team, prep, view.salary[k], budget, view.span);
    demand += view.demand[k];
  });
  return { budget, engineersNeeded, totalCost, costPerOutput: demand > 0 ? totalCost / demand : null };
}

/**
 * End of the sweep: at least twice the current budget and far enough that the
 * saturating curve gives 99% of its gain (T = half · log2(100)) for every team,
 * then doubled until the cost passes the no-AI cost, so the break-even budget
 * lies inside the sweep (a curve that never stops paying ends after 40 doublings).
 */
function sweepEnd(view: YearView): number {
  let end = Math.max(1, 2 * view.currentBudget);
  view.prep.teams.forEach((_, k) => {
    end = Math.max(end, view.half[k] * Math.log2(100) * view.price[k]);
  });
  const limit = pointAt(view, 0).totalCost;
  // No demand (no engineers): every budget costs 0, and no sweep ends the tie.
  for (let i = 0; i < 40 && limit > 0 && pointAt(view, end).totalCost <= limit; i++) end *= 2;
  return end;
}

/**
 * Golden-section search for the minimum cost in [a, b], to a relative 1e-12 of
 * b; 100 steps shrink the bracket by 1e-21 when the minimum sits at a = 0.
 */
function refineMinimum(view: YearView, a: number, b: number): FrontierPoint {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = pointAt(view, c).totalCost;
  let fd = pointAt(view, d).totalCost;
  for (let i = 0; i < 100 && b - a > 1e-12 * b; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = pointAt(view, c).totalCost;
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = pointAt(view, d).totalCost;
    }
  }
  return pointAt(view, (a + b) / 2);
}

/**
 * Where to look for the minimum besides the grid: the current budget, and the
 * powers of two from 2^-12 to 2^12 times each team's own scale b = half · price
 * (where its curve turns). Teams whose scales differ by orders of magnitude can
 * put the minimum deep inside the grid's first cell. Teams of similar scale
 * share their powers of two, so many teams add few candidates.
 */
function candidates(view: YearView, points: readonly FrontierPoint[], end: number): FrontierPoint[] {
  const out = [...points, pointAt(view, view.currentBudget)];
  const exponents = new Set<number>();
  view.half.forEach((half, k) => {
    const e = Math.round(Math.log2(half * view.price[k]));
    if (Number.isFinite(e)) for (let j = -12; j <= 12; j++) exponents.add(e + j);
  });
  for (const e of exponents) {
    const b = Math.pow(2, e);
    if (b > 0 && b < end) out.push(pointAt(view, b));
  }
  return out.sort((p, q) => p.budget - q.budget);
}

/** Bisection for the largest budget in [a, b] whose cost is at most `limit` (cost(a) ≤ limit < cost(b)). */
function refineBreakEven(view: YearView, a: number, b: number, limit: number): FrontierPoint {
  for (let i = 0; i < 100 && b - a > 1e-12 * b; i++) {
    const mid = (a + b) / 2;
    if (pointAt(view, mid).totalCost <= limit) a = mid;
    else b = mid;
  }
  return pointAt(view, a);
}

export function frontier(scenario: Scenario, options: FrontierOptions = {}): Frontier {
  const prep = prepare(scenario, { compile: options.compile });
  const year = options.year ?? scenario.startYear + scenario.years - 1;
  const t = Math.min(Math.max(0, year - scenario.startYear), scenario.years - 1);
  const view = yearView(prep, t);
  const count = Math.max(3, options.points ?? 241);
  const end = sweepEnd(view);
  const points = Array.from({ length: count }, (_, i) => pointAt(view, (end * i) / (count - 1)));

  // Refine between the neighbours of the cheapest candidate, also when it is
  // b = 0: a large current budget stretches the grid past the minimum.
  const tried = candidates(view, points, end);
  let best = 0;
  for (let i = 1; i < tried.length; i++) if (tried[i].totalCost < tried[best].totalCost) best = i;
  const refined = refineMinimum(view, tried[Math.max(0, best - 1)].budget, tried[Math.min(tried.length - 1, best + 1)].budget);
  const optimum = refined.totalCost < tried[best].totalCost ? refined : tried[best];

  const limit = points[0].totalCost;
  let last = 0;
  for (let i = 1; i < count; i++) if (points[i].totalCost <= limit) last = i;
  // With no demand nothing is worth buying: break-even at 0, not "beyond the sweep".
  const beyond = limit > 0 && last === count - 1;
  const breakEven = limit === 0 ? points[0] : beyond ? points[last] : refineBreakEven(view, points[last].budget, points[last + 1].budget, limit);

  return {
    year: scenario.startYear + t,
    points,
    current: pointAt(view, view.currentBudget),
    optimum,
    breakEven,
    breakEvenBeyondSweep: beyond,
  };
}
