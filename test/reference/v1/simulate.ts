// simulate(scenario) → per-year rows per team and in total, plus the summary
// (MODEL.md §5). A pure function: same scenario, same numbers.
import type { Scenario } from './schema';
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
  /**
   * Cash pay forgone per engineer when each year's raise is paid as tokens:
   * sum_t (salary_t − salary_0)(1 + bonusRate), weighted by engineers at t = 0.
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

function payForgone(scenario: Scenario): number | null {
  let weighted = 0;
  let engineers = 0;
  for (const team of scenario.teams) {
    let forgone = 0;
    for (let t = 0; t < scenario.years; t++) {
      forgone += team.salary * (Math.pow(1 + scenario.salaryGrowth, t) - 1) * (1 + team.bonusRate);
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
  const noAICost = cumulativeCost(prepare(scenario, { ...base, noTokens: true }), scratch);
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
      payForgone: payForgone(scenario),
    },
  };
}
