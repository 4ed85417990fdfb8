// The engine's kernel: every team, year by year (MODEL.md §2–4, version 2),
// written into a column buffer, team k's column c at k × stride + c × years.
// Plain loops over numbers, no allocation per year: the Monte Carlo runs this
// a million times (PRODUCT.md budgets). Four stages, each a function that
// runs every team (kernel/): the multipliers and the demand (MODEL.md §2, all
// that does not depend on headcount), the headcount policy (§3, the one
// recurrence over years) and the costs (§3). Why stages and not one loop: V8's optimising
// compiler, which the first Monte Carlo run of a fresh worker waits for, takes
// time that grows faster than a function's size (one loop with every stage
// and both the columns' and the totals' stores took 90 ms to compile on a
// quiet machine and up to a second on a loaded one: issue 11), and it inlines
// only so much into one function: a call it does not inline boxes its numbers,
// an allocation each. The stages hand each other numbers through the team's
// own columns, stored and read back exactly.
import type { Prepared } from './prepare';
import { COLUMNS } from './kernel/layout';
import { memoFor } from './kernel/gain';
import { loadParams, PARAM_COUNT } from './kernel/params';
import { multipliers } from './kernel/multiplier';
import { demand } from './kernel/demand';
import { headcount } from './kernel/headcount';
import { costs } from './kernel/costs';

// Every team's parameters, PARAM_COUNT numbers each, and which teams' demand side to skip: reused buffers.
let params = new Float64Array(0);
let skip = new Uint8Array(0);

/**
 * Runs every team of `prep` into `out`: team k's block from k × COLUMNS × years.
 * Without `ratios` (the totals' path), the team ratios no total reads are left out (kernel/costs.ts).
 */
export function runTeams(prep: Prepared, out: Float64Array, ratios = true): void {
  const { teams } = prep;
  const stride = COLUMNS * prep.years;
  if (params.length < teams.length * PARAM_COUNT) {
    params = new Float64Array(teams.length * PARAM_COUNT);
    skip = new Uint8Array(teams.length);
  }
  memoFor(prep.years, prep.tabulateSpread);
  for (let k = 0; k < teams.length; k++) loadParams(teams[k], prep, params, k * PARAM_COUNT);
  multipliers(prep, params, skip, out, stride);
  demand(prep, params, skip, out, stride);
  headcount(prep, params, out, stride);
  costs(prep, params, out, stride, ratios);
}
