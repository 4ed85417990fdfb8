// One team, year by year (MODEL.md §2–4), written into a column buffer:
// out[column * years + t]. Plain loops over numbers, no allocation per year:
// the Monte Carlo runs this a million times (PRODUCT.md budgets).
import type { Prepared, TeamParams } from './prepare';
import { saturating, type CurveScope } from './curve';
import { M, METRIC_COUNT } from './metrics';

/** Extra column after the metrics: base salary per engineer that year (for totals). */
export const SALARY_COLUMN = METRIC_COUNT;
export const COLUMNS = METRIC_COUNT + 1;

/**
 * Total cost of one engineer-year with its share of managers and specialists
 * (MODEL.md §3), from plain numbers: the year loop calls this form.
 */
function headCost(
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
): number {
  const managers = 1 / spanT;
  const specialists = (specialistsPerMillion * budgetT) / 1e6;
  const salaryCost = salaryT * (1 + managers * managerSalaryRatio + specialists * specialistSalaryRatio);
  const bonusCost = bonusRate * salaryCost;
  const equityCost = (1 + managers + specialists) * equityPerYear;
  const onCost = onCostRate * (salaryCost + bonusCost + (countAsPay ? budgetT : 0));
  return salaryCost + bonusCost + equityCost + budgetT + onCost;
}

/** Total cost of one engineer-year with its share of managers and specialists (MODEL.md §3). */
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
  );
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

// The saturating curve's gain, 1 − 2^(−T/half), remembered per year index for
// the last (T, half) seen there. Teams that share their token settings (the
// usual case: overrides are sparse) have the same T and half each year, so
// one Math.exp serves them all; Math.exp is the dearest step of a team-year in
// the Monte Carlo (bench/uncertainty.bench.ts). The memo is a pure function of
// its key: it never goes stale, and results are bit for bit those without it
// (test/unit/uncertainty/totals.test.ts). One JavaScript call runs at a time, so one
// module-level memo is safe; the worker has its own module instance.
let memoTokens = new Float64Array(0);
let memoHalf = new Float64Array(0);
let memoGain = new Float64Array(0);

function saturatingGain(t: number, tokensT: number, halfT: number): number {
  if (memoTokens[t] === tokensT && memoHalf[t] === halfT) return memoGain[t];
  const gain = 1 - Math.exp((-Math.LN2 * tokensT) / halfT);
  memoTokens[t] = tokensT;
  memoHalf[t] = halfT;
  memoGain[t] = gain;
  return gain;
}

function growMemo(years: number): void {
  if (memoTokens.length >= years) return;
  // NaN never equals a key, so fresh slots always miss.
  memoTokens = new Float64Array(years).fill(NaN);
  memoHalf = new Float64Array(years).fill(NaN);
  memoGain = new Float64Array(years);
}

// A team's parameters as plain numbers, in one reused Float64Array, so that
// the year loop reads only typed arrays and numbers. Why: object shapes differ
// between scenarios (which overrides a team has, a custom curve or not), and
// V8 throws away optimised code that read a field through a shape that later
// widened, or that meets a branch it had not seen (the first holdBudget run).
// A function with a loop may then be entered through on-stack replacement on
// every call, its prologue interpreted each time: 2.5× slower when that was
// once per team (measured, Node 20, --trace-opt --trace-deopt;
// bench/uncertainty.bench.ts). loadParams, which reads the objects, has no
// loop and re-optimises at once; runTeams is entered once per run.
const E0 = 0, SALARY0 = 1, BASE_OUTPUT = 2, BONUS_RATE = 3, EQUITY_PER_YEAR = 4, ON_COST_RATE = 5;
const PRICE0 = 6, PRICE_DECLINE = 7, BUDGET0 = 8, BUDGET_GROWTH = 9, COUNT_AS_PAY = 10, PER_ENGINEER_MODE = 11;
const MAX_MULTIPLIER = 12, ASSUMED_MAX = 13, HALF0 = 14, HALF_GAIN_GROWTH = 15, ADOPTION_YEARS = 16;
const SPAN0 = 17, MANAGER_SALARY_RATIO = 18, SPECIALISTS_PER_MILLION = 19, SPECIALIST_SALARY_RATIO = 20;
const SALARY_GROWTH = 21, SPAN_GROWTH = 22, DEMAND_GROWTH = 23, POLICY = 24, ATTRITION = 25, LAYOFFS = 26;
const BUDGET_B = 27, BUILT_IN = 28, PARAM_COUNT = 29;
const HOLD = 0, MATCH_DEMAND = 1, HOLD_BUDGET = 2;
const POLICY_CODE = { hold: HOLD, matchDemand: MATCH_DEMAND, holdBudget: HOLD_BUDGET } as const;
const params = new Float64Array(PARAM_COUNT);

/** Lays out one team's parameters as numbers in P (no loop: see above). */
function loadParams(team: TeamParams, prep: Prepared, P: Float64Array): void {
  const { tokens, productivity: prod } = team;
  P[E0] = team.engineers0;
  P[SALARY0] = team.salary;
  P[BASE_OUTPUT] = team.baseOutput;
  P[BONUS_RATE] = team.bonusRate;
  P[EQUITY_PER_YEAR] = team.equityPerYear;
  P[ON_COST_RATE] = team.onCostRate;
  P[PRICE0] = tokens.pricePerMillion;
  P[PRICE_DECLINE] = tokens.priceDecline;
  P[BUDGET0] = tokens.budget;
  P[BUDGET_GROWTH] = tokens.budgetGrowth;
  P[COUNT_AS_PAY] = tokens.countAsPay ? 1 : 0;
  P[PER_ENGINEER_MODE] = tokens.budgetMode === 'perEngineer' ? 1 : 0;
  P[MAX_MULTIPLIER] = prod.maxMultiplier;
  P[ASSUMED_MAX] = prod.assumedMaxMultiplier ?? prod.maxMultiplier;
  P[HALF0] = prod.halfGainTokens;
  P[HALF_GAIN_GROWTH] = prod.halfGainGrowth;
  P[ADOPTION_YEARS] = prod.adoptionYears;
  P[SPAN0] = prep.spanOfControl;
  P[MANAGER_SALARY_RATIO] = prep.managerSalaryRatio;
  P[SPECIALISTS_PER_MILLION] = prep.specialistsPerMillion;
  P[SPECIALIST_SALARY_RATIO] = prep.specialistSalaryRatio;
  P[SALARY_GROWTH] = prep.salaryGrowth;
  P[SPAN_GROWTH] = prep.spanGrowth;
  P[DEMAND_GROWTH] = prep.demandGrowth;
  P[POLICY] = POLICY_CODE[prep.policy.headcount];
  P[ATTRITION] = prep.policy.attrition;
  P[LAYOFFS] = prep.policy.layoffs ? 1 : 0;
  // holdBudget: each team keeps its t = 0 total cost, computed without shocks (MODEL.md §3).
  P[BUDGET_B] = team.engineers0 * perHeadCost(team, prep, team.salary, baseBudget(team, 0, team.salary), prep.spanOfControl);
  P[BUILT_IN] = team.curve === saturating ? 1 : 0;
}

/**
 * Runs every team, year by year. Team k's columns go to `out` from
 * base + k × stride; with `addToTotals` (stride 0), `base` is the start of the
 * totals block instead, and each team's figures are added to it as
 * aggregate() sums the columns (then finishTotals() forms the ratios): the
 * Monte Carlo's path, which needs only the totals and skips writing and
 * re-reading every team's columns. One call runs all the teams, so a run
 * enters this function once (on-stack replacement, when V8 uses it, costs
 * one entry per run, not one per team).
 */
export function runTeams(prep: Prepared, out: Float64Array, firstBase: number, stride: number, addToTotals: boolean): void {
  const P = params;
  const { teams, salaryFactor, tokenFactor, headcountFactor } = prep;
  const n = prep.years;
  for (let k = 0; k < teams.length; k++) {
    const curve = teams[k].curve;
    loadParams(teams[k], prep, P);
    const base = firstBase + k * stride;
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
    const e0 = P[E0], salary0 = P[SALARY0], baseOutput = P[BASE_OUTPUT], bonusRate = P[BONUS_RATE];
    const equityPerYear = P[EQUITY_PER_YEAR], onCostRate = P[ON_COST_RATE];
    const price0 = P[PRICE0], priceDecline = P[PRICE_DECLINE], budget0 = P[BUDGET0], budgetGrowthRate = P[BUDGET_GROWTH];
    const countAsPay = P[COUNT_AS_PAY] === 1, perEngineerMode = P[PER_ENGINEER_MODE] === 1;
    const maxMultiplier = P[MAX_MULTIPLIER], assumedMax = P[ASSUMED_MAX];
    const half0 = P[HALF0], halfGainGrowth = P[HALF_GAIN_GROWTH], adoptionYears = P[ADOPTION_YEARS];
    const span0 = P[SPAN0], managerSalaryRatio = P[MANAGER_SALARY_RATIO];
    const specialistsPerMillion = P[SPECIALISTS_PER_MILLION], specialistSalaryRatio = P[SPECIALIST_SALARY_RATIO];
    const salaryGrowthRate = P[SALARY_GROWTH], spanGrowthRate = P[SPAN_GROWTH], demandGrowthRate = P[DEMAND_GROWTH];
    const policy = P[POLICY], attrition = P[ATTRITION], layoffs = P[LAYOFFS] === 1;
    const budgetB = P[BUDGET_B];
    const builtIn = P[BUILT_IN] === 1;
    const scope: CurveScope = { T: 0, t: 0, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 };

    // Growth factors (1 + g)^t, advanced by one multiplication a year.
    let salaryGrowth = 1, priceGrowth = 1, budgetGrowth = 1, halfGrowth = 1, spanGrowth = 1, demandGrowth = 1;
    let p = e0;
    let jobs0 = 0;
    if (builtIn) growMemo(n);
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
        const gain = saturatingGain(t, tokensT, halfT);
        multiplier = 1 + (maxMultiplier - 1) * gain * adoption;
        assumed = 1 + (assumedMax - 1) * gain * adoption;
      } else {
        scope.T = tokensT;
        scope.t = t;
        scope.half = halfT;
        scope.price = priceT;
        scope.budget = budgetT;
        scope.salary = salaryT;
        scope.maxMultiplier = maxMultiplier;
        multiplier = 1 + (curve(scope) - 1) * adoption;
        if (assumedMax === maxMultiplier) assumed = multiplier;
        else {
          scope.maxMultiplier = assumedMax;
          assumed = 1 + (curve(scope) - 1) * adoption;
        }
      }
      const perEngineer = baseOutput * multiplier;
      const demand = e0 * baseOutput * demandGrowth;
      const required = demand / perEngineer;
      const planned = demand / (baseOutput * assumed);

      if (t > 0) {
        const floor = layoffs ? 0 : p * (1 - attrition);
        if (policy === MATCH_DEMAND) p = Math.max(planned, floor);
        else if (policy === HOLD_BUDGET) {
          // A head that costs nothing (salary and tokens cut to 0) sets no bound:
          // B / 0 is not a headcount, so the team keeps its size (docs/model.md).
          const target =
            budgetB /
            headCost(salaryT, budgetT, spanT, specialistsPerMillion, managerSalaryRatio, specialistSalaryRatio, bonusRate, equityPerYear, onCostRate, countAsPay);
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
      const overBudget = policy === HOLD_BUDGET ? Math.max(0, totalCost - budgetB) : 0;

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
}
