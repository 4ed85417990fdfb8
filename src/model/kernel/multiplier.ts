// The kernel's first stage (team.ts): salary, price, budget and tokens of
// every team-year, and the curve's multipliers (MODEL.md §2): the realized
// one, the plan's, and the demand response's reference (bankedFull).
//
// Version 1 exactness: with every version 2 field at its neutral value, each
// expression below reduces to version 1's, operation for operation (an added
// term is exactly 0, a factor exactly 1), so the numbers are bit for bit those
// of test/reference/v1 (test/unit/model/neutral.test.ts).
import type { Prepared } from '../prepare';
import type { CurveScope } from '../curve';
import { M } from '../metrics';
import { BANKED_FULL_COLUMN, IN_USE_COLUMN, PLAN_MULTIPLIER_COLUMN, SALARY_COLUMN, SPAN_COLUMN } from './layout';
import { customCurve, customGross, saturatingGain } from './gain';
import {
  ADOPTION_YEARS, ASSUMED_MAX, BUDGET0, BUDGET_GROWTH, BUILT_IN, ELASTICITY, HALF0, HALF_GAIN_GROWTH, IN_USE0, MAX_MULTIPLIER,
  PARAM_COUNT, PER_ENGINEER_MODE, PLAN_LEARNING, PRICE0, PRICE_DECLINE, REWORK, SALARY0, SALARY_GROWTH, SPAN0, SPAN_GROWTH, SPREAD,
} from './params';

// The year loop's scope for custom curves: one object for every team and run
// (a fresh one per team was 100,000 objects of garbage a Monte Carlo). Every
// field a curve reads is written before each call.
const yearScope: CurveScope = { T: 0, t: 0, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 };

/** Team k's columns from k × stride in `out`, its parameters at P[k × PARAM_COUNT]; teams with skip[k] = 1 are left as they are. */
export function multipliers(prep: Prepared, P: Float64Array, skip: Uint8Array, out: Float64Array, stride: number): void {
  const { teams, salaryFactor, tokenFactor } = prep;
  const n = prep.years;
  const scope = yearScope;
  for (let k = 0; k < teams.length; k++) {
    if (skip[k] === 1) continue;
    const curve = teams[k].curve;
    const at = k * PARAM_COUNT;
    const base = k * stride;
    // Column starts as locals: V8 keeps them in registers (3× faster than an object's fields here).
    const oSalary = base + SALARY_COLUMN * n;
    const oPrice = base + M.pricePerMillion * n;
    const oBudget = base + M.budgetPerEngineer * n;
    const oInUse = base + IN_USE_COLUMN * n;
    const oTokens = base + M.tokensPerEngineer * n;
    const oSpan = base + SPAN_COLUMN * n;
    const oMultiplier = base + M.multiplier * n;
    const oPlanMultiplier = base + PLAN_MULTIPLIER_COLUMN * n;
    const oBankedFull = base + BANKED_FULL_COLUMN * n;
    const salary0 = P[at + SALARY0], price0 = P[at + PRICE0], priceDecline = P[at + PRICE_DECLINE];
    const budget0 = P[at + BUDGET0], budgetGrowthRate = P[at + BUDGET_GROWTH], perEngineerMode = P[at + PER_ENGINEER_MODE] === 1;
    const inUse0 = P[at + IN_USE0], sigma = P[at + SPREAD];
    const maxMultiplier = P[at + MAX_MULTIPLIER], assumedMax = P[at + ASSUMED_MAX], planLearning = P[at + PLAN_LEARNING], rework = P[at + REWORK];
    const half0 = P[at + HALF0], halfGainGrowth = P[at + HALF_GAIN_GROWTH], adoptionYears = P[at + ADOPTION_YEARS];
    const span0 = P[at + SPAN0], salaryGrowthRate = P[at + SALARY_GROWTH], spanGrowthRate = P[at + SPAN_GROWTH];
    // The demand response's reference is computed only where a response is (demand.ts).
    const responds = P[at + ELASTICITY] > 0;
    const builtIn = P[at + BUILT_IN] === 1;

    // Growth factors (1 + g)^t, advanced by one multiplication a year.
    let salaryGrowth = 1, priceGrowth = 1, budgetGrowth = 1, halfGrowth = 1, spanGrowth = 1, planDecay = 1;
    for (let t = 0; t < n; t++) {
      const salaryT = salary0 * salaryGrowth * salaryFactor[t];
      const priceT = price0 * priceGrowth;
      const budgetT = (perEngineerMode ? budget0 * budgetGrowth : budget0 * salaryT) * tokenFactor[t];
      const inUseT = perEngineerMode ? inUse0 : inUse0 * salaryT;
      const tokensT = budgetT / priceT;
      // A cut below today's spend loses adopted gain (MODEL.md §2).
      const tokensInUseT = inUseT > 0 ? (inUseT < budgetT ? inUseT : budgetT) / priceT : 0;
      const halfT = half0 * halfGrowth;
      const adoption = Math.min(1, (t + 1) / adoptionYears);
      // The plan's ceiling, corrected each year by planLearning; version 1's A while nothing is learned.
      const assumedT = planDecay === 1 ? assumedMax : maxMultiplier + (assumedMax - maxMultiplier) * planDecay;

      let gross: number;
      let planGross: number;
      // bankedFull_t = net(F(inUse_t / price_t, maxMultiplier)), fully adopted, before net().
      let bankedFull = 1;
      if (builtIn) {
        // F(T, M) = 1 + (M − 1) G(T) for the saturating curve, so one mean gain G serves every ceiling.
        const gain = saturatingGain(t, tokensT, halfT, sigma);
        const gainInUse = tokensInUseT > 0 ? saturatingGain(t, tokensInUseT, halfT, sigma) : 0;
        gross = 1 + ((maxMultiplier - 1) * gainInUse + (maxMultiplier - 1) * (gain - gainInUse) * adoption);
        planGross = 1 + ((assumedT - 1) * gainInUse + (assumedT - 1) * (gain - gainInUse) * adoption);
        if (responds && inUseT > 0) {
          // Today's spend within the budget: the key is the tokens in use, whose gain is known already (the
          // memo would give the same number, a pure function of its key; one lookup a team-year fewer).
          const fullGain = tokensInUseT > 0 && inUseT <= budgetT ? gainInUse : saturatingGain(t, inUseT / priceT, halfT, sigma);
          bankedFull = 1 + (maxMultiplier - 1) * fullGain;
        }
      } else {
        scope.t = t;
        scope.half = halfT;
        scope.price = priceT;
        scope.salary = salaryT;
        gross = customGross(curve, scope, tokensT, tokensInUseT, budgetT, inUseT, maxMultiplier, sigma, adoption);
        planGross = assumedT === maxMultiplier ? gross : customGross(curve, scope, tokensT, tokensInUseT, budgetT, inUseT, assumedT, sigma, adoption);
        if (responds && inUseT > 0) {
          scope.budget = inUseT;
          bankedFull = customCurve(curve, scope, inUseT / priceT, maxMultiplier, sigma);
        }
      }
      if (!(rework === 0 || bankedFull < 1)) bankedFull = 1 + (bankedFull - 1) * (1 - rework);

      out[oSalary + t] = salaryT;
      out[oPrice + t] = priceT;
      out[oBudget + t] = budgetT;
      out[oInUse + t] = inUseT;
      out[oTokens + t] = tokensT;
      out[oSpan + t] = span0 * spanGrowth;
      out[oMultiplier + t] = rework === 0 || gross < 1 ? gross : 1 + (gross - 1) * (1 - rework);
      out[oPlanMultiplier + t] = rework === 0 || planGross < 1 ? planGross : 1 + (planGross - 1) * (1 - rework);
      out[oBankedFull + t] = bankedFull;

      salaryGrowth *= 1 + salaryGrowthRate;
      priceGrowth *= 1 - priceDecline;
      budgetGrowth *= 1 + budgetGrowthRate;
      halfGrowth *= 1 + halfGainGrowth;
      spanGrowth *= 1 + spanGrowthRate;
      planDecay *= 1 - planLearning;
    }
  }
}
