// The formulas of one team-year that several places share (MODEL.md §2–3):
// the kernel's stages (kernel/), loadParams and the frontier. Plain numbers in,
// a number out, so that V8 inlines them into the year loops.
import type { Prepared, TeamParams } from '../prepare';
import type { CurveScope } from '../curve';

/**
 * Total cost of one engineer-year with its share of managers, specialists and
 * other costs, without one-off costs (MODEL.md §3's perHeadCost), from plain
 * numbers: the year loop calls this form.
 */
export function headCost(
  salaryT: number,
  budgetT: number,
  spanT: number,
  specialistsPerMillion: number,
  managerSalaryRatio: number,
  specialistSalaryRatio: number,
  bonusRate: number,
  equityPerYear: number,
  onCostRate: number,
  countAsPay: boolean,
  otherCostPerHead: number,
): number {
  const managers = 1 / spanT;
  const specialists = (specialistsPerMillion * budgetT) / 1e6;
  const salaryCost = salaryT * (1 + managers * managerSalaryRatio + specialists * specialistSalaryRatio);
  const bonusCost = bonusRate * salaryCost;
  const equityCost = (1 + managers + specialists) * equityPerYear;
  const onCost = onCostRate * (salaryCost + bonusCost + (countAsPay ? budgetT : 0));
  return salaryCost + bonusCost + equityCost + budgetT + onCost + (1 + managers + specialists) * otherCostPerHead;
}

/** Total cost of one engineer-year with its share of managers, specialists and other costs (MODEL.md §3). */
export function perHeadCost(team: TeamParams, prep: Prepared, salaryT: number, budgetT: number, spanT: number): number {
  return headCost(
    salaryT,
    budgetT,
    spanT,
    prep.specialistsPerMillion,
    prep.managerSalaryRatio,
    prep.specialistSalaryRatio,
    team.bonusRate,
    team.equityPerYear,
    team.onCostRate,
    team.tokens.countAsPay,
    team.otherCostPerHead,
  );
}

/** Budget per engineer-year before shocks (MODEL.md §2). */
export function baseBudget(team: TeamParams, t: number, salaryT: number): number {
  const { budgetMode, budget, budgetGrowth } = team.tokens;
  return budgetMode === 'perEngineer' ? budget * Math.pow(1 + budgetGrowth, t) : budget * salaryT;
}

/** Spend already adopted before the start year, per engineer-year (MODEL.md §2: `inUse_t`). */
export function inUseBudget(team: TeamParams, salaryT: number): number {
  const { budgetMode, budgetInUse } = team.tokens;
  return budgetMode === 'perEngineer' ? budgetInUse : budgetInUse * salaryT;
}

/** The multiplier at full adoption for T Mtok, with a given ceiling (one person, no spread). */
export function rawMultiplier(team: TeamParams, scope: CurveScope, maxMultiplier: number): number {
  scope.maxMultiplier = maxMultiplier;
  return team.curve(scope);
}

/**
 * Bounds of the demand response (docs/model.md §10): demand moves at most a
 * millionfold either way, so that every number stays finite for every valid
 * scenario (a unit cost near 0, as with a salary of 1e-300, would otherwise
 * send (unitCost / refCost)^(−elasticity) to infinity). No realistic scenario
 * comes near: a unit cost ten times lower with elasticity 1.5 gives ×31.6.
 */
export const RESPONSE_MIN = 1e-6;
export const RESPONSE_MAX = 1e6;

/**
 * response_t = (unitCost / refCost)^(−elasticity) (MODEL.md §2), within the
 * bounds above; 1 when either cost is 0 or not finite (MODEL.md §8). A ratio
 * that underflows to 0 or overflows (a unit cost of 1e-320) is a bound, not
 * "no answer": cheaper output never lowers demand (MODEL.md §7).
 */
export function demandResponse(unitCost: number, refCost: number, elasticity: number): number {
  if (!(unitCost > 0 && unitCost < Infinity && refCost > 0 && refCost < Infinity)) return 1;
  const relative = unitCost / refCost;
  // exp(−ε log x) rather than pow(x, −ε): the same number to a few ulps, in half the time (V8, Node 20).
  // A ratio of 0 gives the upper bound, one of ∞ the lower.
  const r = relative === 0 ? Infinity : relative === Infinity ? 0 : Math.exp(-elasticity * Math.log(relative));
  // Math.min and max, not r < MIN ? MIN : …: V8 reads a module's constant as a boxed value, and a
  // result that may be one is boxed too, one allocation per team-year. The same number either way.
  return Math.min(RESPONSE_MAX, Math.max(RESPONSE_MIN, r));
}

/** Rework (MODEL.md §2): part of a gain is lost to review and rework; a slowdown is not made smaller. */
export const net = (m: number, reworkShare: number) => (reworkShare === 0 || m < 1 ? m : 1 + (m - 1) * (1 - reworkShare));

/**
 * a / b, or NaN when b is 0 or so close to 0 that the ratio is beyond the range
 * of doubles (a team of 1e-310 FTE facing real demand: docs/model.md §9).
 * Written without a NaN literal: in V8 a branch that yields the constant NaN
 * turns the result into a boxed number, one allocation per call (about 13% of
 * a Monte Carlo run). For a finite q, q − q is 0; for ±Infinity or NaN it is NaN.
 */
export const ratio = (a: number, b: number) => {
  const q = a / b;
  return q - q === 0 ? q : q - q;
};
