// simulate(scenario) → per-year rows per team and in total, plus the summary
// (MODEL.md §5). A pure function: same scenario, same numbers.
import type { Scenario } from '../scenario/schema';
import { prepare, type PrepareOptions, type Prepared } from './prepare';
import { allocateColumns, runColumns, columnSum, teamBase, totalsBase, type Columns } from './run';
import { M, type YearRow } from './metrics';
import { toRows } from './rows';
import type { CurveCompiler } from './curve';

export interface TeamResult {
  name: string;
  years: YearRow[];
}

export interface Summary {
  /** First calendar year in which the token budget per engineer reaches the base salary (totals), or null. */
  firstYearTokensExceedSalary: number | null;
  /** Cumulative total cost without the shocks minus with them (MODEL.md §4). */
  costSaved: number;
  /** Cumulative total cost over all years. */
  cumulativeCost: number;
  /** Cumulative total cost of the same scenario with every token budget set to 0. */
  noAICumulativeCost: number;
  /** cumulativeCost − noAICumulativeCost: > 0 means AI costs more than it saves. */
  costVsNoAI: number;
  /** Cumulative output over all years (engineer-years of pre-AI work). */
  cumulativeOutput: number;
  /** (v2) External hires and layoffs summed over all years (FTE). */
  cumulativeHires: number;
  cumulativeLayoffs: number;
  /** (v2) Final year: cost per output of this run over the no-AI baseline's, minus 1 (null when either is undefined). */
  costPerOutputVsNoAI: number | null;
  /** (v2) Final year: cost per unit of demand met, over the no-AI baseline's, minus 1. */
  costPerDemandMetVsNoAI: number | null;
  /**
   * Cash pay forgone per engineer when each year's raise is paid as tokens:
   * sum_t (salary_t − salary_0)(1 + bonusRate), weighted by engineers at t = 0;
   * null unless some year has a token budget above 0 (MODEL.md §5).
   */
  payForgone: number | null;
}

export interface SimulationResult {
  years: YearRow[];
  teams: TeamResult[];
  summary: Summary;
}

export interface SimulateOptions {
  compile?: CurveCompiler;
}

function cumulativeCost(prep: Prepared, reuse: Columns): number {
  const cols = runColumns(prep, reuse);
  return columnSum(cols, totalsBase(cols), M.totalCost);
}

/** The final year's value of a totals column, or null for an undefined ratio. */
function finalValue(cols: Columns, metric: number): number | null {
  const x = cols.data[totalsBase(cols) + metric * cols.years + cols.years - 1];
  return x === x ? x : null;
}

/** a / b − 1, or null when either is undefined, b is 0, or the ratio is beyond a double's range (b of 1e-320: docs/model.md §9). */
function relativeTo(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  const r = a / b - 1;
  return Number.isFinite(r) ? r : null;
}

/** Whether any team has a token budget above 0 in any year (after shocks). */
function anyBudget(cols: Columns): boolean {
  for (let k = 0; k < cols.teamCount; k++) {
    const start = teamBase(cols, k) + M.budgetPerEngineer * cols.years;
    for (let t = 0; t < cols.years; t++) if (cols.data[start + t] > 0) return true;
  }
  return false;
}

function payForgone(scenario: Scenario): number | null {
  let weighted = 0;
  let engineers = 0;
  for (const team of scenario.teams) {
    const growth = team.salaryGrowth ?? scenario.salaryGrowth;
    let forgone = 0;
    for (let t = 0; t < scenario.years; t++) {
      forgone += team.salary * (Math.pow(1 + growth, t) - 1) * (1 + team.bonusRate);
    }
    weighted += team.engineers * forgone;
    engineers += team.engineers;
  }
  return engineers > 0 ? weighted / engineers : null;
}

/** Team rows are built when first read: most clients only read the totals. */
function lazyTeam(name: string, build: () => YearRow[]): TeamResult {
  let rows: YearRow[] | undefined;
  return {
    name,
    get years() {
      return (rows ??= build());
    },
  };
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const base: PrepareOptions = { compile: options.compile };
  const prep = prepare(scenario, base);
  const cols = runColumns(prep);
  const { years, startYear } = prep;
  const totalsAt = totalsBase(cols);
  const totals = toRows(cols.data, years, startYear, totalsAt);
  const cost = columnSum(cols, totalsAt, M.totalCost);
  const output = columnSum(cols, totalsAt, M.output);
  // The baselines reuse one scratch buffer; only their cumulative cost is kept.
  const scratch = allocateColumns(prep.teams.length, years);
  const noShockCost = scenario.shocks.length ? cumulativeCost(prepare(scenario, { ...base, noShocks: true }), scratch) : cost;
  const noAI = runColumns(prepare(scenario, { ...base, noTokens: true }), scratch);
  const noAICost = columnSum(noAI, totalsBase(noAI), M.totalCost);
  const noAICostPerOutput = finalValue(noAI, M.costPerOutput);
  const noAICostPerDemandMet = finalValue(noAI, M.costPerDemandMet);
  const firstExceed = totals.find((row) => row.tokensExceedSalary);
  return {
    years: totals,
    teams: scenario.teams.map((team, k) => lazyTeam(team.name, () => toRows(cols.data, years, startYear, teamBase(cols, k)))),
    summary: {
      firstYearTokensExceedSalary: firstExceed ? firstExceed.year : null,
      costSaved: noShockCost - cost,
      cumulativeCost: cost,
      noAICumulativeCost: noAICost,
      costVsNoAI: cost - noAICost,
      cumulativeOutput: output,
      cumulativeHires: columnSum(cols, totalsAt, M.hires),
      cumulativeLayoffs: columnSum(cols, totalsAt, M.layoffs),
      costPerOutputVsNoAI: relativeTo(finalValue(cols, M.costPerOutput), noAICostPerOutput),
      costPerDemandMetVsNoAI: relativeTo(finalValue(cols, M.costPerDemandMet), noAICostPerDemandMet),
      payForgone: anyBudget(cols) ? payForgone(scenario) : null,
    },
  };
}
