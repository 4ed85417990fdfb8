// The engine's kernel: every team, year by year (MODEL.md §2–4, version 2),
// written into a column buffer: out[column * years + t]. Plain loops over
// numbers, no allocation per year: the Monte Carlo runs this a million times
// (PRODUCT.md budgets). Longer than our usual file: the loop's locals must sit
// in one function for V8 to keep them in registers (see runTeams).
//
// Version 1 exactness: with every version 2 field at its neutral value, each
// expression below reduces to version 1's, operation for operation (an added
// term is exactly 0, a factor exactly 1), so the numbers are bit for bit those
// of test/reference/v1 (test/unit/model/neutral.test.ts).
import type { Prepared, TeamParams } from './prepare';
import { saturating, type CurveFn, type CurveScope } from './curve';
import { M, METRIC_COUNT } from './metrics';
import { meanSaturatingGain, spreadScales, spreadTable, tableGain, GH_WEIGHTS, NODE_COUNT, type SpreadTable } from './spread';

/** Extra columns after the metrics, for the totals: base salary per engineer, demand at response 1, min(output, demand). */
export const SALARY_COLUMN = METRIC_COUNT;
export const DEMAND_AT_ONE_COLUMN = METRIC_COUNT + 1;
export const DEMAND_MET_COLUMN = METRIC_COUNT + 2;
export const COLUMNS = METRIC_COUNT + 3;

/**
 * Total cost of one engineer-year with its share of managers, specialists and
 * other costs, without one-off costs (MODEL.md §3's perHeadCost), from plain
 * numbers: the year loop calls this form.
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
  if (relative === 0) return RESPONSE_MAX;
  if (relative === Infinity) return RESPONSE_MIN;
  // exp(−ε log x) rather than pow(x, −ε): the same number to a few ulps, in half the time (V8, Node 20).
  const r = Math.exp(-elasticity * Math.log(relative));
  return r < RESPONSE_MIN ? RESPONSE_MIN : r > RESPONSE_MAX ? RESPONSE_MAX : r;
}

/** Rework (MODEL.md §2): part of a gain is lost to review and rework; a slowdown is not made smaller. */
export const net = (m: number, reworkShare: number) => (reworkShare === 0 || m < 1 ? m : 1 + (m - 1) * (1 - reworkShare));

// Use multipliers of the spread's nodes for the last σ seen (teams usually share it).
const scales = new Float64Array(NODE_COUNT);
let scalesSigma = Number.NaN;
function scalesFor(sigma: number): Float64Array {
  if (sigma !== scalesSigma) {
    spreadScales(sigma, scales);
    scalesSigma = sigma;
  }
  return scales;
}

/**
 * The team's curve F(T, M) = E[f(T·X, M)] for a custom formula (MODEL.md §2);
 * `scope` holds every variable but T and maxMultiplier. σ = 0 is one call, as in version 1.
 */
export function customCurve(curve: CurveFn, scope: CurveScope, T: number, maxMultiplier: number, sigma: number): number {
  scope.maxMultiplier = maxMultiplier;
  if (sigma === 0) {
    scope.T = T;
    return curve(scope);
  }
  const c = scalesFor(sigma);
  let sum = 0;
  for (let i = 0; i < NODE_COUNT; i++) {
    scope.T = T * c[i];
    sum += GH_WEIGHTS[i] * curve(scope);
  }
  return sum;
}

/**
 * a / b, or NaN when b is 0 or so close to 0 that the ratio is beyond the range
 * of doubles (a team of 1e-310 FTE facing real demand: docs/model.md §9).
 * Written without a NaN literal: in V8 a branch that yields the constant NaN
 * turns the result into a boxed number, one allocation per call (about 13% of
 * a Monte Carlo run). For a finite q, q − q is 0; for ±Infinity or NaN it is NaN.
 */
const ratio = (a: number, b: number) => {
  const q = a / b;
  return q - q === 0 ? q : q - q;
};

// The saturating curve's mean gain E[1 − 2^(−T·X/half)], remembered per year
// index for the last MEMO_WAYS keys (T, half, σ) seen there, whatever the use
// (the budget's tokens, the tokens already in use, the demand response's
// reference: the last two are often the same number). Teams that share their
// token settings (the usual case: overrides are sparse) have the same keys
// each year, so one evaluation serves them all, and a few teams with a budget
// of their own do not evict the others'. The exponentials are the dearest step
// of a team-year in the Monte Carlo (bench/uncertainty.bench.ts). The memo is a
// pure function of its key: it never goes stale, and results are bit for bit
// those without it (test/unit/uncertainty/totals.test.ts). One JavaScript call
// runs at a time, so one module-level memo is safe; the worker has its own
// module instance.
// Four ways, written out in saturatingGain.
const MEMO_WAYS = 4;
// One interleaved array, a slot of MEMO_STRIDE numbers each (tokens, half, σ,
// gain), so that a lookup touches one cache line instead of four arrays; and
// `const` views of it are reloaded only when it grows (growMemo).
const MEMO_STRIDE = 4;
let memo = new Float64Array(0);
let memoNext = new Uint8Array(0);

// Tables of the mean gain for the few σ a run of many samples meets (SpreadTable).
const tables = new Map<number, SpreadTable>();
let tabulate = false;
function tableFor(sigma: number): SpreadTable {
  let table = tables.get(sigma);
  if (!table) {
    if (tables.size >= 8) tables.clear();
    table = spreadTable(sigma);
    tables.set(sigma, table);
  }
  return table;
}

function saturatingGain(t: number, tokensT: number, halfT: number, sigma: number): number {
  const m = memo;
  const first = t * MEMO_WAYS * MEMO_STRIDE;
  // The four ways written out, not a loop: this function is inlined three
  // times into runTeams, and every loop there makes TurboFan's compile of it,
  // which the first Monte Carlo run waits for, longer (issue 11).
  if (m[first] === tokensT && m[first + 1] === halfT && m[first + 2] === sigma) return m[first + 3];
  if (m[first + 4] === tokensT && m[first + 5] === halfT && m[first + 6] === sigma) return m[first + 7];
  if (m[first + 8] === tokensT && m[first + 9] === halfT && m[first + 10] === sigma) return m[first + 11];
  if (m[first + 12] === tokensT && m[first + 13] === halfT && m[first + 14] === sigma) return m[first + 15];
  // σ = 0: version 1's expression exactly.
  const gain =
    sigma === 0 ? 1 - Math.exp((-Math.LN2 * tokensT) / halfT)
    : tabulate ? tableGain(tableFor(sigma), tokensT / halfT)
    : meanSaturatingGain(tokensT / halfT, scalesFor(sigma));
  const way = memoNext[t];
  memoNext[t] = way + 1 === MEMO_WAYS ? 0 : way + 1;
  const slot = first + way * MEMO_STRIDE;
  m[slot] = tokensT;
  m[slot + 1] = halfT;
  m[slot + 2] = sigma;
  m[slot + 3] = gain;
  return gain;
}

function growMemo(years: number): void {
  if (memo.length >= MEMO_WAYS * MEMO_STRIDE * years) return;
  // NaN never equals a key, so fresh slots always miss.
  memo = new Float64Array(MEMO_WAYS * MEMO_STRIDE * years).fill(NaN);
  memoNext = new Uint8Array(years);
}

/** Forgets every remembered gain (fresh slots miss: NaN equals no key). */
function clearMemo(): void {
  memo.fill(NaN);
}

// The gain already banked (loadParams) for the last few (a, σ) seen: the exact
// 18-node rule, never the table, so its numbers are those without the memo.
// Every sample of a Monte Carlo loads every team's parameters again, and the
// teams usually share today's spend: without it, 18 exponentials per team and
// sample, a tenth of a run (issue 11's profile).
const BANKED_WAYS = 4;
const bankedKey = new Float64Array(2 * BANKED_WAYS).fill(NaN);
const bankedGain = new Float64Array(BANKED_WAYS);
let bankedNext = 0;
function bankedMeanGain(a: number, sigma: number): number {
  for (let i = 0; i < BANKED_WAYS; i++) {
    if (bankedKey[2 * i] === a && bankedKey[2 * i + 1] === sigma) return bankedGain[i];
  }
  const gain = meanSaturatingGain(a, scalesFor(sigma));
  bankedKey[2 * bankedNext] = a;
  bankedKey[2 * bankedNext + 1] = sigma;
  bankedGain[bankedNext] = gain;
  bankedNext = (bankedNext + 1) % BANKED_WAYS;
  return gain;
}

// Each team's headcount p_t after its events, for the promotions into other
// teams (they read p_{t−1} of their sources), in one reused buffer.
let headcounts = new Float64Array(0);

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
const BUDGET_B = 27, BUILT_IN = 28, IN_USE0 = 29, SPREAD = 30, BENEFIT_TAX = 31, PLAN_LEARNING = 32;
const REWORK = 33, ELASTICITY = 34, HAS_HIRE_LIMIT = 35, HIRE_LIMIT = 36, SEVERANCE_MONTHS = 37, HIRING_COST_RATE = 38;
const OTHER_COST = 39, PROMOTION_RATE = 40, BANKED = 41, JOBS0 = 42, PARAM_COUNT = 43;
const HOLD = 0, MATCH_DEMAND = 1, HOLD_BUDGET = 2;
const POLICY_CODE = { hold: HOLD, matchDemand: MATCH_DEMAND, holdBudget: HOLD_BUDGET } as const;
const params = new Float64Array(PARAM_COUNT);
const setupScope: CurveScope = { T: 0, t: 0, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 };
// The year loop's scope for custom curves: one object for every team and run
// (a fresh one per team was 100,000 objects of garbage a Monte Carlo). Every
// field a curve reads is written before each call.
const yearScope: CurveScope = { T: 0, t: 0, half: 0, maxMultiplier: 0, price: 0, budget: 0, salary: 0 };

/** Lays out one team's parameters as numbers in P (no loop: see above). */
function loadParams(team: TeamParams, prep: Prepared, P: Float64Array): void {
  const { tokens, productivity: prod, demand, policy } = team;
  P[E0] = team.engineers0;
  P[SALARY0] = team.salary;
  P[BASE_OUTPUT] = team.baseOutput;
  P[BONUS_RATE] = team.bonusRate;
  P[EQUITY_PER_YEAR] = team.equityPerYear;
  P[ON_COST_RATE] = team.onCostRate;
  P[OTHER_COST] = team.otherCostPerHead;
  P[PRICE0] = tokens.pricePerMillion;
  P[PRICE_DECLINE] = tokens.priceDecline;
  P[BUDGET0] = tokens.budget;
  P[BUDGET_GROWTH] = tokens.budgetGrowth;
  P[COUNT_AS_PAY] = tokens.countAsPay ? 1 : 0;
  P[PER_ENGINEER_MODE] = tokens.budgetMode === 'perEngineer' ? 1 : 0;
  P[IN_USE0] = tokens.budgetInUse;
  P[SPREAD] = tokens.usageSpread;
  P[BENEFIT_TAX] = tokens.benefitTaxRate;
  P[MAX_MULTIPLIER] = prod.maxMultiplier;
  P[ASSUMED_MAX] = prod.assumedMaxMultiplier ?? prod.maxMultiplier;
  P[HALF0] = prod.halfGainTokens;
  P[HALF_GAIN_GROWTH] = prod.halfGainGrowth;
  P[ADOPTION_YEARS] = prod.adoptionYears;
  P[PLAN_LEARNING] = prod.planLearning;
  P[REWORK] = prod.reworkShare;
  P[SPAN0] = prep.spanOfControl;
  P[MANAGER_SALARY_RATIO] = prep.managerSalaryRatio;
  P[SPECIALISTS_PER_MILLION] = prep.specialistsPerMillion;
  P[SPECIALIST_SALARY_RATIO] = prep.specialistSalaryRatio;
  P[SALARY_GROWTH] = team.salaryGrowth;
  P[SPAN_GROWTH] = prep.spanGrowth;
  P[DEMAND_GROWTH] = demand.growth;
  P[ELASTICITY] = demand.elasticity;
  P[POLICY] = POLICY_CODE[policy.headcount];
  P[ATTRITION] = policy.attrition;
  P[LAYOFFS] = policy.layoffs ? 1 : 0;
  P[HAS_HIRE_LIMIT] = policy.hireLimit === null ? 0 : 1;
  P[HIRE_LIMIT] = policy.hireLimit ?? 0;
  P[SEVERANCE_MONTHS] = policy.severanceMonths;
  P[HIRING_COST_RATE] = policy.hiringCostRate;
  P[PROMOTION_RATE] = team.promotionRate;
  P[BUILT_IN] = team.curve === saturating ? 1 : 0;

  // Start-of-run figures, without shocks (MODEL.md §3 and §8).
  const budget0 = baseBudget(team, 0, team.salary);
  // holdBudget's B: the team's t = 0 total cost without shocks or one-off costs.
  P[BUDGET_B] = team.engineers0 * perHeadCost(team, prep, team.salary, budget0, prep.spanOfControl);
  // jobsChange's start: heads at t = 0 with no shock of any lever, by the year loop's own expressions.
  const tokenCost0 = team.engineers0 * budget0;
  P[JOBS0] = team.engineers0 + team.engineers0 / prep.spanOfControl + (prep.specialistsPerMillion * tokenCost0) / 1e6;
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
  P[BANKED] = banked;
}

/**
 * Runs every team, year by year. Team k's columns go to `out` from
 * base + k × stride; with `addToTotals` (stride 0), `base` is the start of the
 * totals block instead, and each team's figures are added to it as
 * aggregate() sums the columns (then finishTotals() forms the ratios): the
 * Monte Carlo's path, which needs only the totals and skips writing and
 * re-reading every team's columns. One call runs all the teams, in
 * prep.order, so a run enters this function once (on-stack replacement, when
 * V8 uses it, costs one entry per run, not one per team), and a team's
 * promotions in year t read its sources' headcounts of t − 1.
 */
export function runTeams(prep: Prepared, out: Float64Array, firstBase: number, stride: number, addToTotals: boolean): void {
  const P = params;
  const { teams, salaryFactor, tokenFactor, headcountEvent, order, sourceStart, sourceTeam, sourceRate } = prep;
  const n = prep.years;
  if (headcounts.length < teams.length * n) headcounts = new Float64Array(teams.length * n);
  if (tabulate !== prep.tabulateSpread) {
    tabulate = prep.tabulateSpread;
    // The memo's gains were computed the other way: forget them (a pure function of its key per mode).
    clearMemo();
  }
  const heads = headcounts;
  growMemo(n);
  for (let position = 0; position < order.length; position++) {
    const k = order[position];
    const team = teams[k];
    const curve = team.curve;
    loadParams(team, prep, P);
    const base = firstBase + k * stride;
    // Column starts as locals: V8 keeps them in registers (3× faster than an object's fields here).
    const oEngineers = base + M.engineers * n;
    const oManagers = base + M.managers * n;
    const oSpecialists = base + M.specialists * n;
    const oRequired = base + M.required * n;
    const oPlanned = base + M.planned * n;
    const oRolesAtRisk = base + M.rolesAtRisk * n;
    const oManagerRolesAtRisk = base + M.managerRolesAtRisk * n;
    const oHires = base + M.hires * n;
    const oLayoffs = base + M.layoffs * n;
    const oPromotionsOut = base + M.promotionsOut * n;
    const oJobsChange = base + M.jobsChange * n;
    const oOutput = base + M.output * n;
    const oDemand = base + M.demand * n;
    const oDemandResponse = base + M.demandResponse * n;
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
    const oSalary = base + SALARY_COLUMN * n;
    const oDemandAtOne = base + DEMAND_AT_ONE_COLUMN * n;
    const oDemandMet = base + DEMAND_MET_COLUMN * n;
    const e0 = P[E0], salary0 = P[SALARY0], baseOutput = P[BASE_OUTPUT], bonusRate = P[BONUS_RATE];
    const equityPerYear = P[EQUITY_PER_YEAR], onCostRate = P[ON_COST_RATE], otherCostPerHead = P[OTHER_COST];
    const price0 = P[PRICE0], priceDecline = P[PRICE_DECLINE], budget0 = P[BUDGET0], budgetGrowthRate = P[BUDGET_GROWTH];
    const countAsPay = P[COUNT_AS_PAY] === 1, perEngineerMode = P[PER_ENGINEER_MODE] === 1;
    const inUse0 = P[IN_USE0], sigma = P[SPREAD], benefitTaxRate = P[BENEFIT_TAX];
    const maxMultiplier = P[MAX_MULTIPLIER], assumedMax = P[ASSUMED_MAX], planLearning = P[PLAN_LEARNING], rework = P[REWORK];
    const half0 = P[HALF0], halfGainGrowth = P[HALF_GAIN_GROWTH], adoptionYears = P[ADOPTION_YEARS];
    const span0 = P[SPAN0], managerSalaryRatio = P[MANAGER_SALARY_RATIO];
    const specialistsPerMillion = P[SPECIALISTS_PER_MILLION], specialistSalaryRatio = P[SPECIALIST_SALARY_RATIO];
    const salaryGrowthRate = P[SALARY_GROWTH], spanGrowthRate = P[SPAN_GROWTH], demandGrowthRate = P[DEMAND_GROWTH];
    const elasticity = P[ELASTICITY];
    const policy = P[POLICY], attrition = P[ATTRITION], layoffsAllowed = P[LAYOFFS] === 1;
    const hasHireLimit = P[HAS_HIRE_LIMIT] === 1, hireLimit = P[HIRE_LIMIT];
    const severanceMonths = P[SEVERANCE_MONTHS], hiringCostRate = P[HIRING_COST_RATE], promotionRate = P[PROMOTION_RATE];
    const budgetB = P[BUDGET_B], jobs0 = P[JOBS0], banked = P[BANKED];
    const builtIn = P[BUILT_IN] === 1;
    const scope = yearScope;
    const headsAt = k * n;

    // Growth factors (1 + g)^t, advanced by one multiplication a year.
    let salaryGrowth = 1, priceGrowth = 1, budgetGrowth = 1, halfGrowth = 1, spanGrowth = 1, demandGrowth = 1, planDecay = 1;
    let p = e0;
    for (let t = 0; t < n; t++) {
      const salaryT = salary0 * salaryGrowth * salaryFactor[t];
      const priceT = price0 * priceGrowth;
      const budgetT = (perEngineerMode ? budget0 * budgetGrowth : budget0 * salaryT) * tokenFactor[t];
      const inUseT = perEngineerMode ? inUse0 : inUse0 * salaryT;
      const tokensT = budgetT / priceT;
      // A cut below today's spend loses adopted gain (MODEL.md §2).
      const tokensInUseT = inUseT > 0 ? (inUseT < budgetT ? inUseT : budgetT) / priceT : 0;
      const halfT = half0 * halfGrowth;
      const spanT = span0 * spanGrowth;
      const adoption = Math.min(1, (t + 1) / adoptionYears);
      // The plan's ceiling, corrected each year by planLearning; version 1's A while nothing is learned.
      const assumedT = planDecay === 1 ? assumedMax : maxMultiplier + (assumedMax - maxMultiplier) * planDecay;

      let gross: number;
      let planGross: number;
      if (builtIn) {
        // F(T, M) = 1 + (M − 1) G(T) for the saturating curve, so one mean gain G serves every ceiling.
        const gain = saturatingGain(t, tokensT, halfT, sigma);
        const gainInUse = tokensInUseT > 0 ? saturatingGain(t, tokensInUseT, halfT, sigma) : 0;
        gross = 1 + ((maxMultiplier - 1) * gainInUse + (maxMultiplier - 1) * (gain - gainInUse) * adoption);
        planGross = 1 + ((assumedT - 1) * gainInUse + (assumedT - 1) * (gain - gainInUse) * adoption);
      } else {
        scope.t = t;
        scope.half = halfT;
        scope.price = priceT;
        scope.salary = salaryT;
        scope.budget = budgetT;
        const fT = customCurve(curve, scope, tokensT, maxMultiplier, sigma);
        // No tokens in use: the no-AI baseline, 1, whatever the formula says at T = 0 (docs/model.md).
        let fInUse = 1;
        if (tokensInUseT > 0) {
          scope.budget = inUseT < budgetT ? inUseT : budgetT;
          fInUse = customCurve(curve, scope, tokensInUseT, maxMultiplier, sigma);
        }
        gross = fInUse + (fT - fInUse) * adoption;
        if (assumedT === maxMultiplier) planGross = gross;
        else {
          scope.budget = budgetT;
          const aT = customCurve(curve, scope, tokensT, assumedT, sigma);
          let aInUse = 1;
          if (tokensInUseT > 0) {
            scope.budget = inUseT < budgetT ? inUseT : budgetT;
            aInUse = customCurve(curve, scope, tokensInUseT, assumedT, sigma);
          }
          planGross = aInUse + (aT - aInUse) * adoption;
        }
      }
      const multiplier = rework === 0 || gross < 1 ? gross : 1 + (gross - 1) * (1 - rework);
      const planMultiplier = rework === 0 || planGross < 1 ? planGross : 1 + (planGross - 1) * (1 - rework);
      const perEngineer = baseOutput * multiplier;

      // Demand (MODEL.md §2): today's output carries the banked gain; it answers the realized cost
      // of a unit of output relative to a world where nothing changes from today.
      const demandAtOne = e0 * baseOutput * banked * demandGrowth;
      // perHeadCost_t: the demand response and holdBudget read it (MODEL.md §2, §3).
      const perHead =
        elasticity > 0 || policy === HOLD_BUDGET
          ? headCost(salaryT, budgetT, spanT, specialistsPerMillion, managerSalaryRatio, specialistSalaryRatio, bonusRate, equityPerYear, onCostRate, countAsPay, otherCostPerHead)
          : 0;
      let response = 1;
      if (elasticity > 0) {
        const unitCost = perHead / perEngineer;
        let bankedFull = 1;
        if (inUseT > 0) {
          if (builtIn) bankedFull = 1 + (maxMultiplier - 1) * saturatingGain(t, inUseT / priceT, halfT, sigma);
          else {
            scope.budget = inUseT;
            bankedFull = customCurve(curve, scope, inUseT / priceT, maxMultiplier, sigma);
          }
          if (!(rework === 0 || bankedFull < 1)) bankedFull = 1 + (bankedFull - 1) * (1 - rework);
        }
        const refCost =
          headCost(salaryT, inUseT, spanT, specialistsPerMillion, managerSalaryRatio, specialistSalaryRatio, bonusRate, equityPerYear, onCostRate, countAsPay, otherCostPerHead) /
          (baseOutput * bankedFull);
        response = demandResponse(unitCost, refCost, elasticity);
      }
      const demand = demandAtOne * response;
      const required = demand / perEngineer;
      const planned = demand / (baseOutput * planMultiplier);

      // Headcount policy and the pipeline (MODEL.md §3). Flows start at t = 1.
      let hires = 0;
      let layoffs = 0;
      let promotionsOut = 0;
      if (t > 0) {
        promotionsOut = promotionRate * p;
        let inflow = 0;
        for (let i = sourceStart[k]; i < sourceStart[k + 1]; i++) inflow += sourceRate[i] * heads[sourceTeam[i] * n + t - 1];
        const floor = p * (1 - attrition) - promotionsOut + inflow;
        let target: number;
        if (policy === MATCH_DEMAND) target = planned;
        else if (policy === HOLD_BUDGET) {
          // A head that costs nothing (salary and tokens cut to 0) sets no bound:
          // B / 0 is not a headcount, so the team keeps its size (docs/model.md).
          const bound = budgetB / perHead;
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
      heads[headsAt + t] = p;

      const engineers = p;
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
      const intensity = ratio(demand, engineers * baseOutput);

      const rolesAtRisk = Math.max(0, engineers - required);
      const managerRolesAtRisk = Math.max(0, managers - required / spanT);
      const shortfall = Math.max(0, demand - output);
      const demandMet = output < demand ? output : demand;
      const advertisedPay = cashPay + equityPerYear + (countAsPay ? budgetT : 0);
      const tokenShare = ratio(budgetT, cashPay + equityPerYear + budgetT);
      const tokenTax = countAsPay ? benefitTaxRate * budgetT : 0;
      const cashAfterTokenTax = cashPay - tokenTax;
      const overBudget = policy === HOLD_BUDGET ? Math.max(0, totalCost - budgetB) : 0;

      if (addToTotals) {
        // The same sums, in the same order, as aggregate(): the totals are bit-identical.
        out[oEngineers + t] += engineers;
        out[oManagers + t] += managers;
        out[oSpecialists + t] += specialists;
        out[oRequired + t] += required;
        out[oPlanned + t] += planned;
        out[oRolesAtRisk + t] += rolesAtRisk;
        out[oManagerRolesAtRisk + t] += managerRolesAtRisk;
        out[oHires + t] += hires;
        out[oLayoffs + t] += layoffs;
        out[oPromotionsOut + t] += promotionsOut;
        out[oJobsChange + t] += jobs - jobs0;
        out[oOutput + t] += output;
        out[oDemand + t] += demand;
        out[oShortfall + t] += shortfall;
        out[oSalaryCost + t] += salaryCost;
        out[oBonusCost + t] += bonusCost;
        out[oEquityCost + t] += equityCost;
        out[oTokenCost + t] += tokenCost;
        out[oOnCost + t] += onCost;
        out[oOtherCost + t] += otherCost;
        out[oSeveranceCost + t] += severanceCost;
        out[oHiringCost + t] += hiringCost;
        out[oTotalCost + t] += totalCost;
        out[oOverBudget + t] += overBudget;
        out[oDemandAtOne + t] += demandAtOne;
        out[oDemandMet + t] += demandMet;
        // Capacity, sum(engineers × baseOutput), waits in the multiplier column.
        out[oMultiplier + t] += engineers * baseOutput;
        // One price for all teams, or none (MODEL.md §8).
        if (position === 0) out[oPricePerMillion + t] = priceT;
        else if (out[oPricePerMillion + t] !== priceT) out[oPricePerMillion + t] = NaN;
        if (engineers > 0) {
          out[oCashPay + t] += engineers * cashPay;
          out[oAdvertisedPay + t] += engineers * advertisedPay;
          out[oBudgetPerEngineer + t] += engineers * budgetT;
          out[oTokensPerEngineer + t] += engineers * tokensT;
          out[oTokenShare + t] += engineers * tokenShare;
          out[oTokenTax + t] += engineers * tokenTax;
          out[oCashAfterTokenTax + t] += engineers * cashAfterTokenTax;
          out[oSalary + t] += engineers * salaryT;
        }
      } else {
        out[oEngineers + t] = engineers;
        out[oManagers + t] = managers;
        out[oSpecialists + t] = specialists;
        out[oRequired + t] = required;
        out[oPlanned + t] = planned;
        out[oRolesAtRisk + t] = rolesAtRisk;
        out[oManagerRolesAtRisk + t] = managerRolesAtRisk;
        out[oHires + t] = hires;
        out[oLayoffs + t] = layoffs;
        out[oPromotionsOut + t] = promotionsOut;
        out[oJobsChange + t] = jobs - jobs0;
        out[oOutput + t] = output;
        out[oDemand + t] = demand;
        out[oDemandResponse + t] = response;
        out[oShortfall + t] = shortfall;
        out[oMultiplier + t] = multiplier;
        out[oIntensity + t] = intensity;
        // ratio(): NaN, reported as null, when the quotient is beyond a double (found by npm run fuzz).
        out[oExpectationGap + t] = ratio(intensity, multiplier) - 1;
        out[oTokensPerEngineer + t] = tokensT;
        out[oPricePerMillion + t] = priceT;
        out[oBudgetPerEngineer + t] = budgetT;
        out[oSalaryCost + t] = salaryCost;
        out[oBonusCost + t] = bonusCost;
        out[oEquityCost + t] = equityCost;
        out[oTokenCost + t] = tokenCost;
        out[oOnCost + t] = onCost;
        out[oOtherCost + t] = otherCost;
        out[oSeveranceCost + t] = severanceCost;
        out[oHiringCost + t] = hiringCost;
        out[oTotalCost + t] = totalCost;
        out[oCostPerOutput + t] = ratio(totalCost, output);
        out[oCostPerDemandMet + t] = ratio(totalCost, demandMet);
        out[oCashPay + t] = cashPay;
        out[oAdvertisedPay + t] = advertisedPay;
        out[oTokenShare + t] = tokenShare;
        out[oTokenTax + t] = tokenTax;
        out[oCashAfterTokenTax + t] = cashAfterTokenTax;
        out[oOverBudget + t] = overBudget;
        out[oTokensExceedSalary + t] = budgetT > 0 && budgetT >= salaryT ? 1 : 0;
        out[oSalary + t] = salaryT;
        out[oDemandAtOne + t] = demandAtOne;
        out[oDemandMet + t] = demandMet;
      }

      salaryGrowth *= 1 + salaryGrowthRate;
      priceGrowth *= 1 - priceDecline;
      budgetGrowth *= 1 + budgetGrowthRate;
      halfGrowth *= 1 + halfGainGrowth;
      spanGrowth *= 1 + spanGrowthRate;
      demandGrowth *= 1 + demandGrowthRate;
      planDecay *= 1 - planLearning;
    }
  }
}
