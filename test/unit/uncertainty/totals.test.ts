// runTotals (the Monte Carlo's totals-only path) against runColumns: the same
// totals, bit for bit, under every policy, shocks, custom curves, overrides,
// a team without engineers and both budget modes.
import { describe, it } from 'vitest';
import { prepare } from '../../../src/model/prepare';
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
  }
});
