// Runs a prepared scenario into one column buffer: a block per team, then the
// totals. The deterministic run and the Monte Carlo share this path; one
// Float64Array per run because typed-array allocation dominates small runs.
import type { Prepared } from './prepare';
import { aggregate, type TotalsPlan } from './aggregate';
import { runTeams, type TeamsState } from './team';
import { COLUMNS } from './kernel/layout';

export interface Columns {
  years: number;
  teamCount: number;
  /** (teamCount + 1) blocks of COLUMNS × years: team k at k × stride, totals last. */
  data: Float64Array;
}

export const blockSize = (years: number) => COLUMNS * years;

// A class, not an object literal, for the reason given at the top of prepare.ts.
class ColumnBuffer implements Columns {
  declare years: number;
  declare teamCount: number;
  declare data: Float64Array;
  constructor(years: number, teamCount: number, data: Float64Array) {
    this.years = years;
    this.teamCount = teamCount;
    this.data = data;
  }
}

export function allocateColumns(teamCount: number, years: number): Columns {
  return new ColumnBuffer(years, teamCount, new Float64Array((teamCount + 1) * blockSize(years)));
}

export const teamBase = (cols: Columns, k: number) => k * blockSize(cols.years);
export const totalsBase = (cols: Columns) => cols.teamCount * blockSize(cols.years);

/** Fills `into` (allocated when omitted or of another size) with the run of `prep`. */
export function runColumns(prep: Prepared, into?: Columns): Columns {
  const fits = into && into.years === prep.years && into.teamCount === prep.teams.length;
  const cols = fits ? into : allocateColumns(prep.teams.length, prep.years);
  runTeams(prep, cols.data);
  aggregate(prep, cols.data, prep.years, totalsBase(cols));
  return cols;
}

/**
 * The totals of runColumns(prep, into) that `plan` names (aggregate.ts's
 * totalsPlan: every total when omitted), bit for bit; the other totals mean
 * nothing. The Monte Carlo's path (PRODUCT.md budget): the teams' columns are
 * written as for runColumns but for the ratios no total reads, and only the
 * planned totals are summed. `state`: what a Monte Carlo keeps from one sample to the next (team.ts).
 */
export function runTotals(prep: Prepared, into?: Columns, plan?: TotalsPlan, state?: TeamsState): Columns {
  const fits = into && into.years === prep.years && into.teamCount === prep.teams.length;
  if (state && !fits) throw new Error('runTotals: a TeamsState needs the buffer of its first run');
  const cols = fits ? into : allocateColumns(prep.teams.length, prep.years);
  runTeams(prep, cols.data, false, state);
  aggregate(prep, cols.data, prep.years, totalsBase(cols), plan);
  return cols;
}

/** One metric column of one block, as [value per year]. */
export function column(cols: Columns, base: number, metric: number): Float64Array {
  const start = base + metric * cols.years;
  return cols.data.subarray(start, start + cols.years);
}

/**
 * Sum over the years of one column of one block. Every year's value is finite, but thirty of them near the
 * largest double (about 1.8e308; docs/model.md, "Known limit") add up to Infinity: the sum then stops at the
 * largest double of its sign (a link the fuzz tests made summed its output to Infinity).
 */
export function columnSum(cols: Columns, base: number, metric: number): number {
  let sum = 0;
  const start = base + metric * cols.years;
  for (let t = 0; t < cols.years; t++) sum += cols.data[start + t];
  return sum === Infinity ? Number.MAX_VALUE : sum === -Infinity ? -Number.MAX_VALUE : sum;
}
