// The kernel's second stage: the headcount policy and the pipeline
// (MODEL.md §3), the one part of a team-year that depends on the year before.
// Reads the demand side's planned and perHeadCost columns, writes engineers,
// hires, layoffs and promotionsOut. Teams run in prep.order, so a team's
// promotions in year t read its sources' engineers of t − 1 already written.
import type { Prepared } from '../prepare';
import { M } from '../metrics';
import { PER_HEAD_COLUMN } from './layout';
import { ATTRITION, BUDGET_B, E0, HAS_HIRE_LIMIT, HIRE_LIMIT, HOLD_BUDGET, LAYOFFS, MATCH_DEMAND, PARAM_COUNT, POLICY, PROMOTION_RATE } from './params';

/** Team k's columns from k × stride in `out`, its parameters at P[k × PARAM_COUNT]. */
export function headcount(prep: Prepared, P: Float64Array, out: Float64Array, stride: number): void {
  const { order, sourceStart, sourceTeam, sourceRate, headcountEvent } = prep;
  const n = prep.years;
  const engineersAt = M.engineers * n;
  for (let position = 0; position < order.length; position++) {
    const k = order[position];
    const at = k * PARAM_COUNT;
    const base = k * stride;
    const oEngineers = base + engineersAt;
    const oHires = base + M.hires * n;
    const oLayoffs = base + M.layoffs * n;
    const oPromotionsOut = base + M.promotionsOut * n;
    const oPlanned = base + M.planned * n;
    const oPerHead = base + PER_HEAD_COLUMN * n;
    const policy = P[at + POLICY], attrition = P[at + ATTRITION], layoffsAllowed = P[at + LAYOFFS] === 1;
    const hasHireLimit = P[at + HAS_HIRE_LIMIT] === 1, hireLimit = P[at + HIRE_LIMIT];
    const promotionRate = P[at + PROMOTION_RATE], budgetB = P[at + BUDGET_B];
    let p = P[at + E0];
    for (let t = 0; t < n; t++) {
      // Flows start at t = 1.
      let hires = 0;
      let layoffs = 0;
      let promotionsOut = 0;
      if (t > 0) {
        promotionsOut = promotionRate * p;
        let inflow = 0;
        for (let i = sourceStart[k]; i < sourceStart[k + 1]; i++) inflow += sourceRate[i] * out[sourceTeam[i] * stride + engineersAt + t - 1];
        const floor = p * (1 - attrition) - promotionsOut + inflow;
        let target: number;
        if (policy === MATCH_DEMAND) target = out[oPlanned + t];
        else if (policy === HOLD_BUDGET) {
          // A head that costs nothing (salary and tokens cut to 0) sets no bound:
          // B / 0 is not a headcount, so the team keeps its size (docs/model.md).
          const bound = budgetB / out[oPerHead + t];
          target = Number.isFinite(bound) ? bound : p;
        } else target = p;
        let next = layoffsAllowed ? target : Math.max(target, floor);
        if (next > floor) {
          hires = next - floor;
          // The hire limit caps external hires, never promotions (MODEL.md §8).
          if (hasHireLimit && hires > hireLimit * p) {
            hires = hireLimit * p;
            next = floor + hires;
          }
        } else layoffs = floor - next;
        p = next;
      }
      // A headcount shock is an event: after the policy, in its year (MODEL.md §3).
      const event = headcountEvent[t];
      if (event !== 1) {
        layoffs += p * (1 - event);
        p = p * event;
      }
      out[oEngineers + t] = p;
      out[oHires + t] = hires;
      out[oLayoffs + t] = layoffs;
      out[oPromotionsOut + t] = promotionsOut;
    }
  }
}
