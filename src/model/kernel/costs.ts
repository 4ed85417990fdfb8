// The kernel's last stage: cost, output and pay of every team-year (MODEL.md
// §3, §5) from the columns the demand side and the headcount stage wrote.
import type { Prepared } from '../prepare';
import { M } from '../metrics';
import { DEMAND_MET_COLUMN, SALARY_COLUMN, SPAN_COLUMN } from './layout';
import { ratio } from './formulas';
import {
  BASE_OUTPUT, BENEFIT_TAX, BONUS_RATE, BUDGET_B, COUNT_AS_PAY, EQUITY_PER_YEAR, HIRING_COST_RATE, HOLD_BUDGET, JOBS0,
  MANAGER_SALARY_RATIO, ON_COST_RATE, OTHER_COST, PARAM_COUNT, POLICY, SEVERANCE_MONTHS, SPECIALISTS_PER_MILLION,
  SPECIALIST_SALARY_RATIO,
} from './params';

/**
 * Team k's columns from k × stride in `out`, its parameters at P[k × PARAM_COUNT].
 * Without `ratios`, the team's own ratios that no total is formed from (intensity,
 * expectationGap, costPerOutput, costPerDemandMet, tokensExceedSalary) are not
 * written: the Monte Carlo's path, four divisions a team-year fewer.
 */
export function costs(prep: Prepared, P: Float64Array, out: Float64Array, stride: number, ratios: boolean): void {
  const n = prep.years;
  for (let k = 0; k < prep.teams.length; k++) {
    const at = k * PARAM_COUNT;
    const base = k * stride;
    // Read: the earlier stages' columns.
    const oSalary = base + SALARY_COLUMN * n;
    const oBudget = base + M.budgetPerEngineer * n;
    const oSpan = base + SPAN_COLUMN * n;
    const oMultiplier = base + M.multiplier * n;
    const oDemand = base + M.demand * n;
    const oRequired = base + M.required * n;
    const oEngineers = base + M.engineers * n;
    const oHires = base + M.hires * n;
    const oLayoffs = base + M.layoffs * n;
    // Written.
    const oManagers = base + M.managers * n;
    const oSpecialists = base + M.specialists * n;
    const oRolesAtRisk = base + M.rolesAtRisk * n;
    const oManagerRolesAtRisk = base + M.managerRolesAtRisk * n;
    const oJobsChange = base + M.jobsChange * n;
    const oOutput = base + M.output * n;
    const oShortfall = base + M.shortfall * n;
    const oIntensity = base + M.intensity * n;
    const oExpectationGap = base + M.expectationGap * n;
    const oSalaryCost = base + M.salaryCost * n;
    const oBonusCost = base + M.bonusCost * n;
    const oEquityCost = base + M.equityCost * n;
    const oTokenCost = base + M.tokenCost * n;
    const oOnCost = base + M.onCost * n;
    const oOtherCost = base + M.otherCost * n;
    const oSeveranceCost = base + M.severanceCost * n;
    const oHiringCost = base + M.hiringCost * n;
    const oTotalCost = base + M.totalCost * n;
    const oCostPerOutput = base + M.costPerOutput * n;
    const oCostPerDemandMet = base + M.costPerDemandMet * n;
    const oCashPay = base + M.cashPay * n;
    const oAdvertisedPay = base + M.advertisedPay * n;
    const oTokenShare = base + M.tokenShare * n;
    const oTokenTax = base + M.tokenTax * n;
    const oCashAfterTokenTax = base + M.cashAfterTokenTax * n;
    const oOverBudget = base + M.overBudget * n;
    const oTokensExceedSalary = base + M.tokensExceedSalary * n;
    const oDemandMet = base + DEMAND_MET_COLUMN * n;
    const baseOutput = P[at + BASE_OUTPUT], bonusRate = P[at + BONUS_RATE], equityPerYear = P[at + EQUITY_PER_YEAR];
    const onCostRate = P[at + ON_COST_RATE], otherCostPerHead = P[at + OTHER_COST];
    const countAsPay = P[at + COUNT_AS_PAY] === 1, benefitTaxRate = P[at + BENEFIT_TAX];
    const managerSalaryRatio = P[at + MANAGER_SALARY_RATIO];
    const specialistsPerMillion = P[at + SPECIALISTS_PER_MILLION], specialistSalaryRatio = P[at + SPECIALIST_SALARY_RATIO];
    const severanceMonths = P[at + SEVERANCE_MONTHS], hiringCostRate = P[at + HIRING_COST_RATE];
    const holdBudget = P[at + POLICY] === HOLD_BUDGET, budgetB = P[at + BUDGET_B], jobs0 = P[at + JOBS0];
    for (let t = 0; t < n; t++) {
      const salaryT = out[oSalary + t];
      const budgetT = out[oBudget + t];
      const spanT = out[oSpan + t];
      const multiplier = out[oMultiplier + t];
      const demand = out[oDemand + t];
      const required = out[oRequired + t];
      const engineers = out[oEngineers + t];
      const hires = out[oHires + t];
      const layoffs = out[oLayoffs + t];
      const perEngineer = baseOutput * multiplier;

      const managers = engineers / spanT;
      const tokenCost = engineers * budgetT;
      const specialists = (specialistsPerMillion * tokenCost) / 1e6;
      const salaryCost = salaryT * (engineers + managers * managerSalaryRatio + specialists * specialistSalaryRatio);
      const bonusCost = bonusRate * salaryCost;
      const jobs = engineers + managers + specialists;
      const equityCost = jobs * equityPerYear;
      const onCost = onCostRate * (salaryCost + bonusCost + (countAsPay ? tokenCost : 0));
      const otherCost = jobs * otherCostPerHead;
      const cashPay = salaryT * (1 + bonusRate);
      // Only engineers count in layoffs and hires; severance on cash pay, hiring on base salary (MODEL.md §8).
      const severanceCost = ((layoffs * cashPay) * severanceMonths) / 12;
      const hiringCost = hires * salaryT * hiringCostRate;
      const totalCost = salaryCost + bonusCost + equityCost + tokenCost + onCost + otherCost + severanceCost + hiringCost;
      const output = engineers * perEngineer;
      const demandMet = output < demand ? output : demand;
      const tokenTax = countAsPay ? benefitTaxRate * budgetT : 0;

      out[oManagers + t] = managers;
      out[oSpecialists + t] = specialists;
      out[oRolesAtRisk + t] = Math.max(0, engineers - required);
      out[oManagerRolesAtRisk + t] = Math.max(0, managers - required / spanT);
      out[oJobsChange + t] = jobs - jobs0;
      out[oOutput + t] = output;
      out[oShortfall + t] = Math.max(0, demand - output);
      out[oSalaryCost + t] = salaryCost;
      out[oBonusCost + t] = bonusCost;
      out[oEquityCost + t] = equityCost;
      out[oTokenCost + t] = tokenCost;
      out[oOnCost + t] = onCost;
      out[oOtherCost + t] = otherCost;
      out[oSeveranceCost + t] = severanceCost;
      out[oHiringCost + t] = hiringCost;
      out[oTotalCost + t] = totalCost;
      out[oCashPay + t] = cashPay;
      out[oAdvertisedPay + t] = cashPay + equityPerYear + (countAsPay ? budgetT : 0);
      out[oTokenShare + t] = ratio(budgetT, cashPay + equityPerYear + budgetT);
      out[oTokenTax + t] = tokenTax;
      out[oCashAfterTokenTax + t] = cashPay - tokenTax;
      out[oOverBudget + t] = holdBudget ? Math.max(0, totalCost - budgetB) : 0;
      out[oDemandMet + t] = demandMet;
      if (ratios) {
        const intensity = ratio(demand, engineers * baseOutput);
        out[oIntensity + t] = intensity;
        // ratio(): NaN, reported as null, when the quotient is beyond a double (found by npm run fuzz).
        out[oExpectationGap + t] = ratio(intensity, multiplier) - 1;
        out[oCostPerOutput + t] = ratio(totalCost, output);
        out[oCostPerDemandMet + t] = ratio(totalCost, demandMet);
        out[oTokensExceedSalary + t] = budgetT > 0 && budgetT >= salaryT ? 1 : 0;
      }
    }
  }
}
