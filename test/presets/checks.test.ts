// The checker itself must be able to fail: wrong expectations, typos in a
// check file and missing teams are reported, not passed.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/parse';
import { evaluate, evaluationOf, failure, parseCheckFile, type Check } from './checks';

// Budget 0: multiplier 1, required = demand = 40 × 1.05^t (MODEL.md §7), demand not answering cost.
const ev = evaluationOf(loadScenario({ tokens: { budget: 0 }, demand: { growth: 0.05, elasticity: 0 }, teams: [{ name: 'A', engineers: 10 }, { name: 'B', engineers: 30 }] }));

describe('failure', () => {
  it('applies each expectation', () => {
    expect(failure({ between: [1, 2] }, 1.5)).toBeNull();
    expect(failure({ between: [1, 2] }, 2.5)).toMatch(/between 1 and 2, got 2.5/);
    expect(failure({ gt: 0 }, 0)).toMatch(/more than 0/);
    expect(failure({ lt: 0 }, -1)).toBeNull();
    expect(failure({ approx: 100, tolerance: 0.01 }, 101)).toBeNull();
    expect(failure({ approx: 100, tolerance: 0.01 }, 101.5)).toMatch(/100 ± 1%, got 101.5/);
    expect(failure({ approx: -100, tolerance: 0.01 }, -99.5)).toBeNull();
    expect(failure({ equals: true }, true)).toBeNull();
    expect(failure({ equals: null }, 0)).toMatch(/exactly null/);
    expect(failure({ gt: 0 }, null)).toMatch(/finite number, got null/);
  });
});

describe('evaluate', () => {
  it('passes hand-worked values and reports wrong ones per year', () => {
    const demand2030 = 40 * 1.05 ** 4; // 48.6203
    expect(evaluate({ metric: 'required', year: 2030, approx: demand2030, tolerance: 1e-9 }, ev)).toEqual([]);
    expect(evaluate({ metric: 'multiplier', years: 'all', equals: 1 }, ev)).toEqual([]);
    const wrong = evaluate({ metric: 'demand', years: [2029, 2030], lt: 47 }, ev);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatch(/^2030: expected less than 47/);
  });

  it('reads a team by name, the first and final year, the summary and the frontier', () => {
    expect(evaluate({ metric: 'engineers', team: 'A', year: 'first', equals: 10 }, ev)).toEqual([]);
    expect(evaluate({ metric: 'shortfall', team: 'B', year: 'final', approx: 30 * 1.05 ** 4 - 30, tolerance: 1e-9 }, ev)).toEqual([]);
    expect(evaluate({ summary: 'costVsNoAI', equals: 0 }, ev)).toEqual([]);
    expect(evaluate({ frontier: 'currentBudget', equals: 0 }, ev)).toEqual([]);
    expect(() => evaluate({ metric: 'engineers', team: 'C', year: 2030, gt: 0 }, ev)).toThrow(/no team named "C"/);
    expect(() => evaluate({ metric: 'engineers', year: 2040, gt: 0 }, ev)).toThrow(/2040 is not simulated/);
  });
});

describe('parseCheckFile', () => {
  const file = (...checks: unknown[]) => ({ preset: 'x', checks });
  const ok: Check = { metric: 'rolesAtRisk', year: 2030, between: [0, 1] };

  it('accepts a well-formed file', () => {
    expect(parseCheckFile(file(ok), 'x.check.json').checks).toEqual([ok]);
  });

  it.each([
    [{ ...ok, betwen: [0, 1] }, /unknown key "betwen"/],
    [{ metric: 'rolesAtRisk', year: 2030 }, /needs an expectation/],
    [{ metric: 'roles', year: 2030, gt: 0 }, /unknown metric "roles"/],
    [{ metric: 'rolesAtRisk', gt: 0 }, /exactly one of "year", "years"/],
    [{ metric: 'rolesAtRisk', year: 2030, approx: 2 }, /"approx" and "tolerance" go together/],
    [{ metric: 'rolesAtRisk', year: 2030, approx: 0, tolerance: 0.1 }, /non-zero/],
    [{ metric: 'rolesAtRisk', year: 2030, between: [2, 1] }, /low ≤ high/],
    [{ summary: 'costSaved', metric: 'output', year: 2030, gt: 0 }, /exactly one of "metric", "summary", "frontier"/],
    [{ summary: 'costSaved', team: 'A', gt: 0 }, /metric \(and "team" to frontier\) checks only/],
  ])('refuses %j', (check, message) => {
    expect(() => parseCheckFile(file(check), 'x.check.json')).toThrow(message);
  });

  it('refuses an empty list and unknown top-level keys', () => {
    expect(() => parseCheckFile({ preset: 'x', checks: [] }, 'x.check.json')).toThrow(/non-empty list/);
    expect(() => parseCheckFile({ preset: 'x', checks: [ok], check: [] }, 'x.check.json')).toThrow(/unknown key "check"/);
  });
});
