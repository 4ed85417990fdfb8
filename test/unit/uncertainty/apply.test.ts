// Range setters (src/model/uncertainty/apply.ts) mean what MODEL.md §6 says:
// the value replaces the shared number (setPath) and the scenario is prepared
// again; a team's own value of the field wins. Checked for every number a
// range may name, bit for bit, on a frozen scenario (a write into it throws).
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/model/prepare';
import { allocateColumns, runTotals, totalsBase } from '../../../src/model/run';
import { setterFor } from '../../../src/model/uncertainty/apply';
import { getPath, setPath } from '../../../src/scenario/paths';
import { loadScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import { merge, BASE } from '../model/helpers';
import { deepFreeze, expectSameBits, numericPaths } from './helpers';

// Team A takes every shared value; team B sets a few fields of its own.
const input = merge(BASE, {
  teams: [
    { name: 'A', engineers: 10, salary: 100_000 },
    { name: 'B', engineers: 20, salary: 150_000, tokens: { budget: 30_000, priceDecline: 0.2 }, productivity: { maxMultiplier: 2, halfGainGrowth: 0.1 } },
  ],
  productivity: { assumedMaxMultiplier: 2.5 },
  specialists: { perMillionSpend: 1 },
  policy: { headcount: 'holdBudget', attrition: 0.1 },
});
const base = deepFreeze(loadScenario(input));

const totals = (s: Scenario, write?: (prep: ReturnType<typeof prepare>) => void) => {
  const prep = prepare(s);
  write?.(prep);
  const cols = runTotals(prep, allocateColumns(prep.teams.length, prep.years));
  return cols.data.slice(totalsBase(cols));
};

// A second value for each number, within its bounds and unlike the first.
const other = (path: string, value: number) => (path === 'productivity.adoptionYears' ? value + 1.5 : path.endsWith('spanOfControl') ? value * 2 : value * 0.5 + 0.01);

describe('setterFor', () => {
  const paths = numericPaths(base);

  it('covers every number of the shared blocks', () => {
    expect(paths).toEqual(expect.arrayContaining(['salaryGrowth', 'tokens.budget', 'productivity.maxMultiplier', 'productivity.assumedMaxMultiplier', 'demand.growth', 'policy.attrition', 'managers.spanOfControl', 'specialists.perMillionSpend']));
  });

  for (const path of numericPaths(base)) {
    it(`writes ${path} as prepare(setPath(…)) would`, () => {
      const value = other(path, getPath(base, path) as number);
      const expected = totals(setPath(base, path, value));
      const actual = totals(base, (prep) => {
        setterFor(prep, base, path)(value);
      });
      expectSameBits(actual, expected, path);
    });
  }

  it('leaves a team that sets the field itself alone', () => {
    const prep = prepare(base);
    setterFor(prep, base, 'productivity.maxMultiplier')(4);
    expect(prep.teams[0].productivity.maxMultiplier).toBe(4);
    expect(prep.teams[1].productivity.maxMultiplier).toBe(2);
  });

  it('refuses paths that name no number, naming the range', () => {
    const prep = prepare(base);
    for (const path of ['policy.headcount', 'tokens.countAsPay', 'productivity.curve', 'teams.0.salary', 'years', 'tokens', 'tokens.budget.x', '__proto__']) {
      expect(() => setterFor(prep, base, path), path).toThrow(/^uncertainty\.ranges.*names no number/);
    }
  });
});
