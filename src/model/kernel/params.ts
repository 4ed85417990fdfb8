// A team's parameters as plain numbers, PARAM_COUNT of them per team in one
// reused Float64Array, so that the kernel's year loops read only typed arrays
// and numbers. Why: object shapes differ between scenarios (which overrides a
// team has, a custom curve or not), and V8 throws away optimised code that
// read a field through a shape that later widened, or that meets a branch it
// had not seen (the first holdBudget run). A function with a loop may then be
// entered through on-stack replacement on every call, its prologue
// interpreted each time: 2.5× slower when that was once per team (measured,
// Node 20, --trace-opt --trace-deopt; bench/uncertainty.bench.ts). loadParams,
// which reads the objects, has no loop and re-optimises at once; each stage of
// the kernel is entered once per run.
import type { Prepared, TeamParams } from '../prepare';
import { saturating, type CurveScope } from '../curve';
import { baseBudget, inUseBudget, net, perHeadCost } from './formulas';
import { bankedMeanGain, customCurve } from './gain';

export const E0 = 0, SALARY0 = 1, BASE_OUTPUT = 2, BONUS_RATE = 3, EQUITY_PER_YEAR = 4, ON_COST_RATE = 5;
export const PRICE0 = 6, PRICE_DECLINE = 7, BUDGET0 = 8, BUDGET_GROWTH = 9, COUNT_AS_PAY = 10, PER_ENGINEER_MODE = 11;
export const MAX_MULTIPLIER = 12, ASSUMED_MAX = 13, HALF0 = 14, HALF_GAIN_GROWTH = 15, ADOPTION_YEARS = 16;
export const SPAN0 = 17, MANAGER_SALARY_RATIO = 18, SPECIALISTS_PER_MILLION = 19, SPECIALIST_SALARY_RATIO = 20;
export const SALARY_GROWTH = 21, SPAN_GROWTH = 22, DEMAND_GROWTH = 23, POLICY = 24, ATTRITION = 25, LAYOFFS = 26;
export const BUDGET_B = 27, BUILT_IN = 28, IN_USE0 = 29, SPREAD = 30, BENEFIT_TAX = 31, PLAN_LEARNING = 32;
export const REWORK = 33, ELASTICITY = 34, HAS_HIRE_LIMIT = 35, HIRE_LIMIT = 36, SEVERANCE_MONTHS = 37, HIRING_COST_RATE = 38;
export const OTHER_COST = 39, PROMOTION_RATE = 40, BANKED = 41, JOBS0 = 42, PARAM_COUNT = 43;
export const HOLD = 0, MATCH_DEMAND = 1, HOLD_BUDGET = 2;
export const POLICY_CODE = { hold: HOLD, matchDemand: MATCH_DEMAND, holdBudget: HOLD_BUDGET } as const;
const setupScope: CurveScope = { T: 0, t: 0, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 };

/** Lays out one team's parameters as numbers in P from `at` (no loop: see above). */
export function loadParams(team: TeamParams, prep: Prepared, P: Float64Array, at: number): void {
  const { tokens, productivity: prod, demand, policy } = team;
  P[at + E0] = team.engineers0;
  P[at + SALARY0] = team.salary;
  P[at + BASE_OUTPUT] = team.baseOutput;
  P[at + BONUS_RATE] = team.bonusRate;
  P[at + EQUITY_PER_YEAR] = team.equityPerYear;
  P[at + ON_COST_RATE] = team.onCostRate;
  P[at + OTHER_COST] = team.otherCostPerHead;
  P[at + PRICE0] = tokens.pricePerMillion;
  P[at + PRICE_DECLINE] = tokens.priceDecline;
  P[at + BUDGET0] = tokens.budget;
  P[at + BUDGET_GROWTH] = tokens.budgetGrowth;
  P[at + COUNT_AS_PAY] = tokens.countAsPay ? 1 : 0;
  P[at + PER_ENGINEER_MODE] = tokens.budgetMode === 'perEngineer' ? 1 : 0;
  P[at + IN_USE0] = tokens.budgetInUse;
  P[at + SPREAD] = tokens.usageSpread;
  P[at + BENEFIT_TAX] = tokens.benefitTaxRate;
  P[at + MAX_MULTIPLIER] = prod.maxMultiplier;
  P[at + ASSUMED_MAX] = prod.assumedMaxMultiplier ?? prod.maxMultiplier;
  P[at + HALF0] = prod.halfGainTokens;
  P[at + HALF_GAIN_GROWTH] = prod.halfGainGrowth;
  P[at + ADOPTION_YEARS] = prod.adoptionYears;
  P[at + PLAN_LEARNING] = prod.planLearning;
  P[at + REWORK] = prod.reworkShare;
  P[at + SPAN0] = prep.spanOfControl;
  P[at + MANAGER_SALARY_RATIO] = prep.managerSalaryRatio;
  P[at + SPECIALISTS_PER_MILLION] = prep.specialistsPerMillion;
  P[at + SPECIALIST_SALARY_RATIO] = prep.specialistSalaryRatio;
  P[at + SALARY_GROWTH] = team.salaryGrowth;
  P[at + SPAN_GROWTH] = prep.spanGrowth;
  P[at + DEMAND_GROWTH] = demand.growth;
  P[at + ELASTICITY] = demand.elasticity;
  P[at + POLICY] = POLICY_CODE[policy.headcount];
  P[at + ATTRITION] = policy.attrition;
  P[at + LAYOFFS] = policy.layoffs ? 1 : 0;
  P[at + HAS_HIRE_LIMIT] = policy.hireLimit === null ? 0 : 1;
  P[at + HIRE_LIMIT] = policy.hireLimit ?? 0;
  P[at + SEVERANCE_MONTHS] = policy.severanceMonths;
  P[at + HIRING_COST_RATE] = policy.hiringCostRate;
  P[at + PROMOTION_RATE] = team.promotionRate;
  P[at + BUILT_IN] = team.curve === saturating ? 1 : 0;

  // Start-of-run figures, without shocks (MODEL.md §3 and §8).
  const budget0 = baseBudget(team, 0, team.salary);
  // holdBudget's B: the team's t = 0 total cost without shocks or one-off costs.
  P[at + BUDGET_B] = team.engineers0 * perHeadCost(team, prep, team.salary, budget0, prep.spanOfControl);
  // jobsChange's start: heads at t = 0 with no shock of any lever, by the year loop's own expressions.
  const tokenCost0 = team.engineers0 * budget0;
  P[at + JOBS0] = team.engineers0 + team.engineers0 / prep.spanOfControl + (prep.specialistsPerMillion * tokenCost0) / 1e6;
  // The gain already banked in today's output: today's spend, uncapped, fully adopted (MODEL.md §2).
  const inUse0 = inUseBudget(team, team.salary);
  let banked = 1;
  if (inUse0 > 0) {
    const tokens0 = inUse0 / tokens.pricePerMillion;
    if (team.curve === saturating) {
      const sigma = tokens.usageSpread;
      const gain = sigma === 0 ? 1 - Math.exp((-Math.LN2 * tokens0) / prod.halfGainTokens) : bankedMeanGain(tokens0 / prod.halfGainTokens, sigma);
      banked = 1 + (prod.maxMultiplier - 1) * gain;
    } else {
      const s = setupScope;
      s.t = 0;
      s.half = prod.halfGainTokens;
      s.price = tokens.pricePerMillion;
      s.budget = inUse0;
      s.salary = team.salary;
      banked = customCurve(team.curve, s, tokens0, prod.maxMultiplier, tokens.usageSpread);
    }
    banked = net(banked, prod.reworkShare);
  }
  P[at + BANKED] = banked;
}

/**
 * The numbers a range may name that only the headcount and costs stages read
 * (ATTRITION, HIRE_LIMIT, SEVERANCE_MONTHS, HIRING_COST_RATE, BENEFIT_TAX): a
 * Monte Carlo over these alone keeps every team's multipliers and demand from
 * its first sample (team.ts, TeamsState). test/unit/model/stages.test.ts
 * checks that each leaves the earlier stages' columns as they were.
 */
export const HEADCOUNT_AND_COSTS_PATHS: ReadonlySet<string> = new Set([
  'policy.attrition',
  'policy.hireLimit',
  'policy.severanceMonths',
  'policy.hiringCostRate',
  'tokens.benefitTaxRate',
]);
