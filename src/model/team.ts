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

// Every team's parameters, PARAM_COUNT numbers each, and no team fixed: reused buffers for runs without a TeamsState.
let params = new Float64Array(0);
let none = new Uint8Array(0);

/**
 * What a run of many samples of one prepared scenario into one buffer may keep
 * from one run to the next (uncertainty/run.ts): the teams' parameters, loaded
 * again only for the teams a range reaches (`reload`), and the columns of the
 * multipliers and demand stages of the teams no range reaches there (`fixed`:
 * every number those stages read is the same in every sample). Valid only
 * with the prep and the buffer of its first run; the first run computes everything.
 */
export class TeamsState {
  declare params: Float64Array;
  declare reload: Uint8Array;
  declare fixed: Uint8Array;
  declare started: boolean;
  constructor(reload: Uint8Array, fixed: Uint8Array) {
    this.params = new Float64Array(reload.length * PARAM_COUNT);
    this.reload = reload;
    this.fixed = fixed;
    this.started = false;
  }
}

/**
 * Runs every team of `prep` into `out`: team k's block from k × COLUMNS × years.
 * Without `ratios` (the totals' path), the team ratios no total reads are left out (kernel/costs.ts).
 */
export function runTeams(prep: Prepared, out: Float64Array, ratios = true, state?: TeamsState): void {
  const { teams } = prep;
  const stride = COLUMNS * prep.years;
  if (params.length < teams.length * PARAM_COUNT) {
    params = new Float64Array(teams.length * PARAM_COUNT);
    none = new Uint8Array(teams.length);
  }
  memoFor(prep.years, prep.tabulateSpread);
  const started = state !== undefined && state.started;
  const P = state ? state.params : params;
  for (let k = 0; k < teams.length; k++) if (!started || state.reload[k] === 1) loadParams(teams[k], prep, P, k * PARAM_COUNT);
  const fixed = started ? state.fixed : none;
  multipliers(prep, P, fixed, out, stride);
  demand(prep, P, fixed, out, stride);
  headcount(prep, P, out, stride);
  costs(prep, P, out, stride, ratios);
  if (state) state.started = true;
}
