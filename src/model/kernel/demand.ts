// The kernel's second stage (team.ts): demand and the engineers it needs
// (MODEL.md §2), from the multipliers stage's columns: the cost of one
// engineer-year, the demand response, demand, required and planned.
import type { Prepared } from '../prepare';
import { M } from '../metrics';
import { BANKED_FULL_COLUMN, DEMAND_AT_ONE_COLUMN, IN_USE_COLUMN, PER_HEAD_COLUMN, PLAN_MULTIPLIER_COLUMN, SALARY_COLUMN, SPAN_COLUMN } from './layout';
import { demandResponse, headCost } from './formulas';
import {
  BANKED, BASE_OUTPUT, BONUS_RATE, COUNT_AS_PAY, DEMAND_GROWTH, E0, ELASTICITY, EQUITY_PER_YEAR, HOLD_BUDGET, MANAGER_SALARY_RATIO,
  ON_COST_RATE, OTHER_COST, PARAM_COUNT, POLICY, SPECIALISTS_PER_MILLION, SPECIALIST_SALARY_RATIO,
} from './params';

/** Team k's columns from k × stride in `out`, its parameters at P[k × PARAM_COUNT]; teams with skip[k] = 1 are left as they are. */
export function demand(prep: Prepared, P: Float64Array, skip: Uint8Array, out: Float64Array, stride: number): void {
  const n = prep.years;
  for (let k = 0; k < prep.teams.length; k++) {
    if (skip[k] === 1) continue;
    const at = k * PARAM_COUNT;
    const base = k * stride;
    const oSalary = base + SALARY_COLUMN * n;
    const oBudget = base + M.budgetPerEngineer * n;
    const oInUse = base + IN_USE_COLUMN * n;
    const oSpan = base + SPAN_COLUMN * n;
    const oMultiplier = base + M.multiplier * n;
    const oPlanMultiplier = base + PLAN_MULTIPLIER_COLUMN * n;
    const oBankedFull = base + BANKED_FULL_COLUMN * n;
    const oPerHead = base + PER_HEAD_COLUMN * n;
    const oResponse = base + M.demandResponse * n;
    const oDemandAtOne = base + DEMAND_AT_ONE_COLUMN * n;
    const oDemand = base + M.demand * n;
    const oRequired = base + M.required * n;
    const oPlanned = base + M.planned * n;
    const e0 = P[at + E0], baseOutput = P[at + BASE_OUTPUT], bonusRate = P[at + BONUS_RATE];
    const equityPerYear = P[at + EQUITY_PER_YEAR], onCostRate = P[at + ON_COST_RATE], otherCostPerHead = P[at + OTHER_COST];
    const countAsPay = P[at + COUNT_AS_PAY] === 1, managerSalaryRatio = P[at + MANAGER_SALARY_RATIO];
    const specialistsPerMillion = P[at + SPECIALISTS_PER_MILLION], specialistSalaryRatio = P[at + SPECIALIST_SALARY_RATIO];
    const demandGrowthRate = P[at + DEMAND_GROWTH], elasticity = P[at + ELASTICITY], banked = P[at + BANKED];
    // perHeadCost_t: the demand response and holdBudget read it (MODEL.md §2, §3).
    const needsPerHead = elasticity > 0 || P[at + POLICY] === HOLD_BUDGET;
    let demandGrowth = 1;
    for (let t = 0; t < n; t++) {
      const salaryT = out[oSalary + t];
      const budgetT = out[oBudget + t];
      const spanT = out[oSpan + t];
      const perEngineer = baseOutput * out[oMultiplier + t];
      // Demand (MODEL.md §2): today's output carries the banked gain; it answers the realized cost
      // of a unit of output relative to a world where nothing changes from today.
      const demandAtOne = e0 * baseOutput * banked * demandGrowth;
      const perHead = needsPerHead
        ? headCost(salaryT, budgetT, spanT, specialistsPerMillion, managerSalaryRatio, specialistSalaryRatio, bonusRate, equityPerYear, onCostRate, countAsPay, otherCostPerHead)
        : 0;
      let response = 1;
      if (elasticity > 0) {
        const unitCost = perHead / perEngineer;
        const refCost =
          headCost(salaryT, out[oInUse + t], spanT, specialistsPerMillion, managerSalaryRatio, specialistSalaryRatio, bonusRate, equityPerYear, onCostRate, countAsPay, otherCostPerHead) /
          (baseOutput * out[oBankedFull + t]);
        response = demandResponse(unitCost, refCost, elasticity);
      }
      const demandT = demandAtOne * response;
      out[oPerHead + t] = perHead;
      out[oResponse + t] = response;
      out[oDemandAtOne + t] = demandAtOne;
      out[oDemand + t] = demandT;
      out[oRequired + t] = demandT / perEngineer;
      out[oPlanned + t] = demandT / (baseOutput * out[oPlanMultiplier + t]);
      demandGrowth *= 1 + demandGrowthRate;
    }
  }
}
