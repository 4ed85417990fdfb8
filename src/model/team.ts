// One team, year by year (MODEL.md §2–4), written into a column buffer:
// out[column * years + t]. Plain loops over numbers, no allocation per year:
// the Monte Carlo runs this a million times (PRODUCT.md budgets).
import type { Prepared, TeamParams } from './prepare';
import { saturating, type CurveScope } from './curve';
import { M, METRIC_COUNT } from './metrics';

/** Extra column after the metrics: base salary per engineer that year (for totals). */
export const SALARY_COLUMN = METRIC_COUNT;
export const COLUMNS = METRIC_COUNT + 1;

/** Total cost of one engineer-year with its share of managers and specialists (MODEL.md §3). */
export function perHeadCost(team: TeamParams, prep: Prepared, salaryT: number, budgetT: number, spanT: number): number {
  const managers = 1 / spanT;
  const specialists = (prep.specialistsPerMillion * budgetT) / 1e6;
  const salaryCost = salaryT * (1 + managers * prep.managerSalaryRatio + specialists * prep.specialistSalaryRatio);
  const bonusCost = team.bonusRate * salaryCost;
  const equityCost = (1 + managers + specialists) * team.equityPerYear;
  const onCost = team.onCostRate * (salaryCost + bonusCost + (team.tokens.countAsPay ? budgetT : 0));
  return salaryCost + bonusCost + equityCost + budgetT + onCost;
}

/** Budget per engineer-year before shocks (MODEL.md §2). */
export function baseBudget(team: TeamParams, t: number, salaryT: number): number {
  const { budgetMode, budget, budgetGrowth } = team.tokens;
  return budgetMode === 'perEngineer' ? budget * Math.pow(1 + budgetGrowth, t) : budget * salaryT;
}

/** The multiplier at full adoption for T Mtok, with a given ceiling. */
export function rawMultiplier(team: TeamParams, scope: CurveScope, maxMultiplier: number): number {
  scope.maxMultiplier = maxMultiplier;
  return team.curve(scope);
}

/**
 * a / b, or NaN when b is 0. Written without a NaN literal: in V8 a branch
 * that yields the constant NaN turns the result into a boxed number, one
 * allocation per call (about 13% of a Monte Carlo run). With b = 0, q is
 * ±Infinity or NaN, and q − q is NaN.
 */
const ratio = (a: number, b: number) => {
  const q = a / b;
  return b === 0 ? q - q : q;
};

/**
 * Writes the team's columns into `out`, starting at index `base`. With
 * `addToTotals`, `base` is the start of the totals block instead, and the
 * team's figures are added to it as aggregate() sums the columns (then
 * finishTotals() forms the ratios): the Monte Carlo's path, which needs only
 * the totals and skips writing and re-reading every team's columns.
 */
export function runTeam(team: TeamParams, prep: Prepared, out: Float64Array, base = 0, addToTotals = false): void {
  const n = prep.years;
  // Column starts as locals: V8 keeps them in registers (3× faster than an object's fields here).
  const oEngineers = base + M.engineers * n;
  const oManagers = base + M.managers * n;
  const oSpecialists = base + M.specialists * n;
  const oRequired = base + M.required * n;
  const oPlanned = base + M.planned * n;
  const oRolesAtRisk = base + M.rolesAtRisk * n;
  const oJobsChange = base + M.jobsChange * n;
  const oOutput = base + M.output * n;
  const oDemand = base + M.demand * n;
  const oShortfall = base + M.shortfall * n;
  const oMultiplier = base + M.multiplier * n;
  const oIntensity = base + M.intensity * n;
  const oExpectationGap = base + M.expectationGap * n;
  const oTokensPerEngineer = base + M.tokensPerEngineer * n;
  const oPricePerMillion = base + M.pricePerMillion * n;
  const oBudgetPerEngineer = base + M.budgetPerEngineer * n;
  const oSalaryCost = base + M.salaryCost * n;
  const oBonusCost = base + M.bonusCost * n;
  const oEquityCost = base + M.equityCost * n;
  const oTokenCost = base + M.tokenCost * n;
  const oOnCost = base + M.onCost * n;
  const oTotalCost = base + M.totalCost * n;
  const oCostPerOutput = base + M.costPerOutput * n;
  const oCashPay = base + M.cashPay * n;
  const oAdvertisedPay = base + M.advertisedPay * n;
  const oTokenShare = base + M.tokenShare * n;
  const oOverBudget = base + M.overBudget * n;
  const oTokensExceedSalary = base + M.tokensExceedSalary * n;
  const oSalary = base + SALARY_COLUMN * n;
  const { tokens, productivity: prod } = team;
  const { headcount: policy, attrition, layoffs } = prep.policy;
  const scope: CurveScope = { T: 0, t: 0, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 };
  const builtIn = team.curve === saturating;
  const maxMultiplier = prod.maxMultiplier;
  const assumedMax = prod.assumedMaxMultiplier ?? maxMultiplier;
  const e0 = team.engineers0;
  const perEngineerMode = tokens.budgetMode === 'perEngineer';
  // holdBudget: each team keeps its t = 0 total cost, computed without shocks (MODEL.md §3).
  const budgetB = e0 * perHeadCost(team, prep, team.salary, baseBudget(team, 0, team.salary), prep.spanOfControl);
  // The year loop reads plain locals: the blocks' shapes differ between scenarios
  // and samples, and a field read each year through a shape V8 has seen in
  // several forms costs more than the arithmetic around it.
  const salary0 = team.salary, baseOutput = team.baseOutput, bonusRate = team.bonusRate;
  const equityPerYear = team.equityPerYear, onCostRate = team.onCostRate;
  const price0 = tokens.pricePerMillion, priceDecline = tokens.priceDecline, budget0 = tokens.budget;
  const budgetGrowthRate = tokens.budgetGrowth, countAsPay = tokens.countAsPay;
  const half0 = prod.halfGainTokens, halfGainGrowth = prod.halfGainGrowth, adoptionYears = prod.adoptionYears;
  const { salaryFactor, tokenFactor, headcountFactor, spanOfControl: span0, managerSalaryRatio, specialistsPerMillion, specialistSalaryRatio } = prep;
  const salaryGrowthRate = prep.salaryGrowth, spanGrowthRate = prep.spanGrowth, demandGrowthRate = prep.demandGrowth;

  // Growth factors (1 + g)^t, advanced by one multiplication a year.
  let salaryGrowth = 1, priceGrowth = 1, budgetGrowth = 1, halfGrowth = 1, spanGrowth = 1, demandGrowth = 1;
  let p = e0;
  let jobs0 = 0;
  for (let t = 0; t < n; t++) {
    const salaryT = salary0 * salaryGrowth * salaryFactor[t];
    const priceT = price0 * priceGrowth;
    const budgetT = (perEngineerMode ? budget0 * budgetGrowth : budget0 * salaryT) * tokenFactor[t];
    const tokensT = budgetT / priceT;
    const halfT = half0 * halfGrowth;
    const spanT = span0 * spanGrowth;
    const adoption = Math.min(1, (t + 1) / adoptionYears);

    let multiplier: number;
    let assumed: number;
    if (builtIn) {
      // saturating(), inlined: 1 + (max − 1)(1 − 2^(−T/half)).
      const gain = 1 - Math.exp((-Math.LN2 * tokensT) / halfT);
      multiplier = 1 + (maxMultiplier - 1) * gain * adoption;
      assumed = 1 + (assumedMax - 1) * gain * adoption;
    } else {
      scope.T = tokensT;
      scope.t = t;
      scope.half = halfT;
      scope.price = priceT;
      scope.budget = budgetT;
      scope.salary = salaryT;
      multiplier = 1 + (rawMultiplier(team, scope, maxMultiplier) - 1) * adoption;
      assumed = assumedMax === maxMultiplier ? multiplier : 1 + (rawMultiplier(team, scope, assumedMax) - 1) * adoption;
    }
    const perEngineer = baseOutput * multiplier;
    const demand = e0 * baseOutput * demandGrowth;
    const required = demand / perEngineer;
    const planned = demand / (baseOutput * assumed);

    if (t > 0) {
      const floor = layoffs ? 0 : p * (1 - attrition);
      if (policy === 'matchDemand') p = Math.max(planned, floor);
      else if (policy === 'holdBudget') {
        // A head that costs nothing (salary and tokens cut to 0) sets no bound:
        // B / 0 is not a headcount, so the team keeps its size (docs/model.md).
        const target = budgetB / perHeadCost(team, prep, salaryT, budgetT, spanT);
        p = Math.max(Number.isFinite(target) ? target : p, floor);
      }
    }
    const engineers = p * headcountFactor[t];
    const managers = engineers / spanT;
    const tokenCost = engineers * budgetT;
    const specialists = (specialistsPerMillion * tokenCost) / 1e6;
    const salaryCost = salaryT * (engineers + managers * managerSalaryRatio + specialists * specialistSalaryRatio);
    const bonusCost = bonusRate * salaryCost;
    const equityCost = (engineers + managers + specialists) * equityPerYear;
    const onCost = onCostRate * (salaryCost + bonusCost + (countAsPay ? tokenCost : 0));
    const totalCost = salaryCost + bonusCost + equityCost + tokenCost + onCost;
    const output = engineers * perEngineer;
    const intensity = ratio(demand, engineers * baseOutput);
    const cashPay = salaryT * (1 + bonusRate);
    const jobs = engineers + managers + specialists;
    if (t === 0) jobs0 = jobs;

    const rolesAtRisk = Math.max(0, engineers - required);
    const shortfall = Math.max(0, demand - output);
    const advertisedPay = cashPay + equityPerYear + (countAsPay ? budgetT : 0);
    const tokenShare = ratio(budgetT, cashPay + equityPerYear + budgetT);
    const overBudget = policy === 'holdBudget' ? Math.max(0, totalCost - budgetB) : 0;

    if (addToTotals) {
      // The same sums, in the same order, as aggregate(): the totals are bit-identical.
      out[oEngineers + t] += engineers;
      out[oManagers + t] += managers;
      out[oSpecialists + t] += specialists;
      out[oRequired + t] += required;
      out[oPlanned + t] += planned;
      out[oRolesAtRisk + t] += rolesAtRisk;
      out[oJobsChange + t] += jobs - jobs0;
      out[oOutput + t] += output;
      out[oDemand + t] += demand;
      out[oShortfall + t] += shortfall;
      out[oSalaryCost + t] += salaryCost;
      out[oBonusCost + t] += bonusCost;
      out[oEquityCost + t] += equityCost;
      out[oTokenCost + t] += tokenCost;
      out[oOnCost + t] += onCost;
      out[oTotalCost + t] += totalCost;
      out[oOverBudget + t] += overBudget;
      // Capacity, sum(engineers × baseOutput), waits in the multiplier column.
      out[oMultiplier + t] += engineers * baseOutput;
      if (engineers > 0) {
        out[oCashPay + t] += engineers * cashPay;
        out[oAdvertisedPay + t] += engineers * advertisedPay;
        out[oBudgetPerEngineer + t] += engineers * budgetT;
        out[oTokensPerEngineer + t] += engineers * tokensT;
        out[oTokenShare + t] += engineers * tokenShare;
        out[oPricePerMillion + t] += engineers * priceT;
        out[oSalary + t] += engineers * salaryT;
      }
    } else {
      out[oEngineers + t] = engineers;
      out[oManagers + t] = managers;
      out[oSpecialists + t] = specialists;
      out[oRequired + t] = required;
      out[oPlanned + t] = planned;
      out[oRolesAtRisk + t] = rolesAtRisk;
      out[oJobsChange + t] = jobs - jobs0;
      out[oOutput + t] = output;
      out[oDemand + t] = demand;
      out[oShortfall + t] = shortfall;
      out[oMultiplier + t] = multiplier;
      out[oIntensity + t] = intensity;
      out[oExpectationGap + t] = intensity / multiplier - 1;
      out[oTokensPerEngineer + t] = tokensT;
      out[oPricePerMillion + t] = priceT;
      out[oBudgetPerEngineer + t] = budgetT;
      out[oSalaryCost + t] = salaryCost;
      out[oBonusCost + t] = bonusCost;
      out[oEquityCost + t] = equityCost;
      out[oTokenCost + t] = tokenCost;
      out[oOnCost + t] = onCost;
      out[oTotalCost + t] = totalCost;
      out[oCostPerOutput + t] = ratio(totalCost, output);
      out[oCashPay + t] = cashPay;
      out[oAdvertisedPay + t] = advertisedPay;
      out[oTokenShare + t] = tokenShare;
      out[oOverBudget + t] = overBudget;
      out[oTokensExceedSalary + t] = budgetT > 0 && budgetT >= salaryT ? 1 : 0;
      out[oSalary + t] = salaryT;
    }

    salaryGrowth *= 1 + salaryGrowthRate;
    priceGrowth *= 1 - priceDecline;
    budgetGrowth *= 1 + budgetGrowthRate;
    halfGrowth *= 1 + halfGainGrowth;
    spanGrowth *= 1 + spanGrowthRate;
    demandGrowth *= 1 + demandGrowthRate;
  }
}
