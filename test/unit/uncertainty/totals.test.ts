// runTotals (the Monte Carlo's path) against runColumns: the same totals, bit
// for bit, under every policy, shocks, custom curves, overrides, a team
// without engineers and both budget modes; every total, and each metric's
// total formed alone (a TotalsPlan of one metric).
import { describe, expect, it } from 'vitest';
import { M, YEAR_METRICS } from '../../../src/model/metrics';
import { prepare } from '../../../src/model/prepare';
import { totalsPlan } from '../../../src/model/aggregate';
import { allocateColumns, runColumns, runTotals, totalsBase, blockSize } from '../../../src/model/run';
import { scenario, stubCompile } from '../model/helpers';
import { expectSameBits } from './helpers';

const totalsOf = (data: Float64Array, teams: number, years: number) => {
  const o = teams * blockSize(years);
  return data.slice(o, o + blockSize(years));
};

const A = { name: 'A', engineers: 10, salary: 100_000, bonusRate: 0.1, equityPerYear: 10_000, onCostRate: 0.2, baseOutput: 1 };
const B = { name: 'B', engineers: 30, salary: 200_000, bonusRate: 0.05, baseOutput: 2, tokens: { budget: 80_000, countAsPay: true }, productivity: { maxMultiplier: 2, curve: 'custom', expression: 'half' } };
// No engineers, no pay, no tokens: its token share is 0 / 0, which must not leak into the totals.
const EMPTY = { name: 'Empty', engineers: 0, salary: 0, bonusRate: 0, equityPerYear: 0, tokens: { budget: 0 } };
const SHARE = { name: 'Share', engineers: 5, tokens: { budgetMode: 'shareOfSalary', budget: 0.6 }, productivity: { assumedMaxMultiplier: 4 } };

const cases: Record<string, Record<string, unknown>> = {
  hold: { policy: { headcount: 'hold' } },
  matchDemand: { policy: { headcount: 'matchDemand', layoffs: true } },
  'matchDemand with attrition': { policy: { headcount: 'matchDemand', attrition: 0.05 } },
  holdBudget: { policy: { headcount: 'holdBudget' }, specialists: { perMillionSpend: 2 } },
  shocks: { years: 5, shocks: [{ year: 2027, cut: 0.3, lever: 'tokens' }, { year: 2028, cut: 0.1, lever: 'salary' }, { year: 2029, cut: 0.2, lever: 'headcount' }] },
};

describe('runTotals', () => {
  for (const [name, patch] of Object.entries(cases)) {
    it(`equals the totals of runColumns: ${name}`, () => {
      const s = scenario({ teams: [A, B, EMPTY, SHARE] }, patch);
      const prep = prepare(s, { compile: stubCompile });
      const full = runColumns(prep);
      // A reused buffer whose team blocks hold stale numbers must not matter.
      const reused = allocateColumns(prep.teams.length, prep.years);
      reused.data.fill(123.456);
      const fast = runTotals(prep, reused);
      const o = totalsBase(full);
      expectSameBits(fast.data.subarray(o), full.data.subarray(o), name);
      expectSameBits(totalsOf(runTotals(prep, fast).data, 4, prep.years), totalsOf(full.data, 4, prep.years), `${name} again`);
    });

    it(`forms each metric's total alone as runColumns does: ${name}`, () => {
      const s = scenario({ teams: [A, B, EMPTY, SHARE] }, patch);
      const prep = prepare(s, { compile: stubCompile });
      const full = runColumns(prep);
      const n = prep.years;
      const cols = allocateColumns(prep.teams.length, n);
      for (const m of YEAR_METRICS) {
        // Stale numbers everywhere: a total the plan forgets to form (or a part of it) shows.
        cols.data.fill(-7.5);
        const at = totalsBase(cols) + M[m] * n;
        runTotals(prep, cols, totalsPlan(n, [m]));
        expectSameBits(cols.data.subarray(at, at + n), full.data.subarray(at, at + n), `${name}: ${m}`);
      }
    });
  }

  it('refuses a plan made for another number of years', () => {
    const prep = prepare(scenario({ teams: [A] }));
    expect(() => runTotals(prep, undefined, totalsPlan(prep.years + 1, ['engineers']))).toThrow(/plan/);
  });
});

// kernel/gain.ts remembers the curve's gain per year for the last (tokens, half, σ) it
// saw. Runs of other scenarios in between, with other and equal token settings,
// must not change a result by a bit; and the gain must equal the formula's.
describe('the gain memo', () => {
  const teams = [A, { ...A, name: 'A2', engineers: 12 }, SHARE, { ...A, name: 'Cheap', tokens: { budget: 1_000 } }];
  const first = (s: ReturnType<typeof scenario>) => runColumns(prepare(s, { compile: stubCompile })).data.slice();

  it('gives the same bits whatever ran before', () => {
    const x = scenario({ teams });
    const y = scenario({ teams: [SHARE, A] }, { tokens: { priceDecline: 0.5 }, productivity: { halfGainTokens: 10 } });
    const before = first(x);
    first(y);
    expectSameBits(first(x), before, 'x after y');
    first(scenario({ teams: [A] }, { years: 20 }));
    expectSameBits(first(x), before, 'x after a longer run');
  });

  it('equals 1 + (max − 1)(1 − 2^(−T/half)) for each of several teams in one run', () => {
    const s = scenario({ teams }, { productivity: { adoptionYears: 1 } });
    const prep = prepare(s);
    const cols = runColumns(prep);
    for (let k = 0; k < prep.teams.length; k++) {
      const { productivity } = prep.teams[k];
      for (let t = 0; t < prep.years; t++) {
        const T = cols.data[k * blockSize(prep.years) + M.tokensPerEngineer * prep.years + t];
        const half = productivity.halfGainTokens * Math.pow(1 + productivity.halfGainGrowth, t);
        const expected = 1 + (productivity.maxMultiplier - 1) * (1 - Math.pow(2, -T / half));
        expect(cols.data[k * blockSize(prep.years) + M.multiplier * prep.years + t]).toBeCloseTo(expected, 12);
      }
    }
  });
});
