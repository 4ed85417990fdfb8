// MODEL.md §7 invariants, each over at least 1,000 random valid scenarios
// (arbitraries.ts), read through loadScenario like any file or link.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import { simulate, type SimulationResult } from '../../../src/model/simulate';
import { frontier, type FrontierPoint } from '../../../src/model/frontier';
import { M, YEAR_METRICS, type YearRow } from '../../../src/model/metrics';
import { prepare } from '../../../src/model/prepare';
import { column, runColumns, teamBase } from '../../../src/model/run';
import { scenarioInput, num } from './arbitraries';
import { stubCompile } from './helpers';

// PROPERTY_RUNS=50000 for a longer soak; never fewer than 1,000.
const RUNS = { numRuns: Math.max(1000, Number(process.env.PROPERTY_RUNS) || 0) };
const options = { compile: stubCompile };
const load = (input: unknown) => loadScenario(input);

/** Plain data: team rows are lazy getters. */
const plain = (r: SimulationResult) => ({ years: r.years, teams: r.teams.map((t) => ({ name: t.name, years: t.years })), summary: r.summary });

const PER_ENGINEER = ['cashPay', 'advertisedPay', 'budgetPerEngineer', 'tokensPerEngineer', 'tokenShare', 'tokenTax', 'cashAfterTokenTax'] as const;

/**
 * Every number is finite; a null appears only for a ratio whose denominator is 0,
 * or so near 0 that the ratio is beyond a double's range (MODEL.md §5,
 * docs/model.md §9). Returns the first offence, or undefined.
 */
function offence(s: Scenario, r: SimulationResult): string | undefined {
  const check = (row: YearRow, where: string, mayBeNull: (metric: string) => boolean) => {
    for (const metric of YEAR_METRICS) {
      const v = row[metric];
      if (metric === 'tokensExceedSalary') {
        if (typeof v !== 'boolean') return `${where}.${metric} = ${String(v)}`;
      } else if (v === null) {
        if (!mayBeNull(metric)) return `${where}.${metric} is null`;
      } else if (!Number.isFinite(v)) return `${where}.${metric} = ${String(v)}`;
    }
    return undefined;
  };
  for (let t = 0; t < s.years; t++) {
    let capacity = 0;
    let demandMet = 0;
    let demandAtOne = 0;
    const prices = new Set<number>();
    let teamShareNull = false;
    for (let k = 0; k < s.teams.length; k++) {
      const row = r.teams[k].years[t];
      const e = row.engineers as number;
      const baseOutput = s.teams[k].baseOutput;
      capacity += e * baseOutput;
      if (e > 0 && row.tokenShare === null) teamShareNull = true;
      const bad = check(row, `teams[${k}].years[${t}]`, (m) =>
        // A team of next to no one facing real demand: the ratio is beyond a double's range.
        m === 'intensity' || m === 'expectationGap' ? !Number.isFinite((row.demand as number) / (e * baseOutput))
        : m === 'costPerOutput' ? !Number.isFinite((row.totalCost as number) / (row.output as number))
        : m === 'costPerDemandMet' ? !Number.isFinite((row.totalCost as number) / Math.min(row.output as number, row.demand as number))
        : m === 'tokenShare' ? (row.cashPay as number) + s.teams[k].equityPerYear + (row.budgetPerEngineer as number) === 0
        : false);
      if (bad) return bad;
      demandMet += Math.min(row.output as number, row.demand as number);
      prices.add(row.pricePerMillion as number);
      // Demand before the response (which is always above 0).
      demandAtOne += (row.demand as number) / (row.demandResponse as number);
    }
    const total = r.years[t];
    const bad = check(total, `years[${t}]`, (m) =>
      m === 'multiplier' ? capacity === 0
      : m === 'intensity' ? !Number.isFinite((total.demand as number) / capacity)
      // intensity / multiplier: a multiplier of 0 comes from underflow (output of 5e-324 FTE)
      : m === 'expectationGap' ? !Number.isFinite((total.demand as number) / capacity) || total.multiplier === 0
      : m === 'costPerOutput' ? !Number.isFinite((total.totalCost as number) / (total.output as number))
      : m === 'costPerDemandMet' ? !Number.isFinite((total.totalCost as number) / demandMet)
      : m === 'demandResponse' ? !Number.isFinite((total.demand as number) / demandAtOne)
      : m === 'pricePerMillion' ? prices.size > 1
      : m === 'tokenShare' ? total.engineers === 0 || teamShareNull
      : (PER_ENGINEER as readonly string[]).includes(m) ? total.engineers === 0
      : false);
    if (bad) return bad;
  }
  const { payForgone, firstYearTokensExceedSalary, costPerOutputVsNoAI, costPerDemandMetVsNoAI, ...sums } = r.summary;
  for (const [key, v] of Object.entries(sums)) if (!Number.isFinite(v)) return `summary.${key} = ${v}`;
  const anyBudget = r.teams.some((team) => team.years.some((row) => (row.budgetPerEngineer as number) > 0));
  if (payForgone === null ? anyBudget && s.teams.some((t) => t.engineers > 0) : !Number.isFinite(payForgone)) return `summary.payForgone = ${payForgone}`;
  // Ratios of this run's and the baseline's final-year ratios: null when either is undefined.
  for (const [key, v] of Object.entries({ costPerOutputVsNoAI, costPerDemandMetVsNoAI })) if (v !== null && !Number.isFinite(v)) return `summary.${key} = ${v}`;
  if (firstYearTokensExceedSalary !== null && !Number.isInteger(firstYearTokensExceedSalary)) return 'summary.firstYearTokensExceedSalary';
  return undefined;
}

/** The fields of a scenario (input or parsed) that the invariants rewrite. */
interface Editable {
  tokens?: object;
  productivity?: object;
  teams?: { tokens?: { budget?: number }; productivity?: { maxMultiplier?: number } }[];
}

/** Every curve saturating (custom curves promise no shape). */
function saturatingOnly<T extends Editable>(input: T): T {
  return {
    ...input,
    productivity: { ...input.productivity, curve: 'saturating' },
    teams: input.teams?.map((t) => (t.productivity ? { ...t, productivity: { ...t.productivity, curve: 'saturating' } } : t)),
  };
}

/** `budget` as the shared budget and as every team's override of it. */
function withBudget<T extends Editable>(input: T, budget: number): T {
  return {
    ...input,
    tokens: { ...input.tokens, budget },
    teams: input.teams?.map((t) => (t.tokens?.budget !== undefined ? { ...t, tokens: { ...t.tokens, budget } } : t)),
  };
}

/** `maxMultiplier` as the shared ceiling and as every team's override of it. */
function withCeiling<T extends Editable>(input: T, maxMultiplier: number): T {
  return {
    ...input,
    productivity: { ...input.productivity, maxMultiplier },
    teams: input.teams?.map((t) =>
      t.productivity?.maxMultiplier !== undefined ? { ...t, productivity: { ...t.productivity, maxMultiplier } } : t,
    ),
  };
}

const ceilingOf = (s: Scenario, k: number) => s.teams[k].productivity?.maxMultiplier ?? s.productivity.maxMultiplier;

// About 1–2 s of CPU each at 1,000 runs; the generous timeout covers a machine shared with other jobs.
describe('invariants over random valid scenarios (MODEL.md §7)', { timeout: 60 * RUNS.numRuns }, () => {
  it('(the finiteness check itself flags Infinity and a null with a non-zero denominator)', () => {
    const s = load({ years: 2, teams: [{ engineers: 10 }] });
    const r = simulate(s);
    expect(offence(s, r)).toBeUndefined();
    const broken = plain(r) as unknown as SimulationResult;
    broken.years[1] = { ...broken.years[1], totalCost: Infinity };
    expect(offence(s, broken)).toBe('years[1].totalCost = Infinity');
    broken.years[1] = { ...r.years[1], multiplier: null };
    expect(offence(s, broken)).toBe('years[1].multiplier is null');
  });

  it('reports no NaN or ±Infinity, and null only for zero denominators', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const s = load(input);
        expect(offence(s, simulate(s, options))).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('gives multiplier 1 and required = demand / baseOutput with budget 0 or maxMultiplier 1', () => {
    fc.assert(
      fc.property(scenarioInput, fc.boolean(), (input, zeroBudget) => {
        const flat = saturatingOnly(input);
        const s = load(zeroBudget ? withBudget(flat, 0) : withCeiling(flat, 1));
        const r = simulate(s, options);
        const wrong: string[] = []; // plain comparisons: an expect() per number would dominate the run time
        for (let t = 0; t < s.years; t++) {
          let required = 0;
          s.teams.forEach((team, k) => {
            const row = r.teams[k].years[t];
            const expected = (row.demand as number) / team.baseOutput;
            if (row.multiplier !== 1) wrong.push(`teams[${k}] ${row.year}: multiplier ${row.multiplier}`);
            if (row.required !== expected) wrong.push(`teams[${k}] ${row.year}: required ${row.required} ≠ ${expected}`);
            required += expected;
          });
          const total = r.years[t];
          // output / Σ engineers × baseOutput: the same products summed in the same order
          if (total.multiplier !== null && total.multiplier !== 1) wrong.push(`${total.year}: total multiplier ${total.multiplier}`);
          if (!(Math.abs((total.required as number) - required) <= 1e-12 * required)) wrong.push(`${total.year}: total required ${total.required} ≠ ${required}`);
        }
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('moves the multiplier monotonically from 1 toward maxMultiplier as the budget grows, never past it', () => {
    // 0 and two larger budgets; the scenario is read once, the budgets (within bounds) set on the result.
    const budgets = fc.uniqueArray(num(0, 1e9, [0, 200_000]), { minLength: 2, maxLength: 2 }).map((b) => [0, ...b].sort((x, y) => x - y));
    fc.assert(
      fc.property(scenarioInput, budgets, (input, list) => {
        const s = saturatingOnly(load(input));
        // The bare engine (one pass, no baselines or rows): the multiplier does not depend on them.
        const runs = list.map((b) => runColumns(prepare(withBudget(s, b), options)));
        const wrong: string[] = [];
        for (let k = 0; k < s.teams.length; k++) {
          const max = ceilingOf(s, k);
          // 1 + (max − 1) can differ from max in the last bit.
          const lo = Math.min(1, max) * (1 - 1e-12);
          const hi = Math.max(1, max) * (1 + 1e-12);
          for (let t = 0; t < s.years; t++) {
            const m = runs.map((cols) => column(cols, teamBase(cols, k), M.multiplier)[t]);
            const where = `teams[${k}] t=${t} max=${max} budgets ${list.join(', ')}: multipliers ${m.join(', ')}`;
            if (m[0] !== 1) wrong.push(`${where} (budget 0 must give 1)`);
            for (let i = 1; i < m.length; i++) {
              if (!(m[i] >= lo && m[i] <= hi)) wrong.push(`${where} (outside [1, max])`);
              if (max >= 1 ? m[i] < m[i - 1] : m[i] > m[i - 1]) wrong.push(`${where} (not monotone)`);
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('simulates a scenario written to JSON and read back identically', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const s = load(input);
        const expected = plain(simulate(s, options));
        expect(plain(simulate(load(JSON.parse(JSON.stringify(s))), options))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('puts the frontier’s optimum at or below the cost per output at b = 0 and at the current budget, for the organisation and each team', () => {
    const unit = (p: FrontierPoint) => (p.costPerOutput === null ? Infinity : p.costPerOutput);
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const s = load(input);
        // A coarse grid (41 points, not 241) leaves more to the search, and runs faster.
        const f = frontier(s, { ...options, points: 41 });
        for (const curve of [f, ...f.teams]) {
          const zero = unit(curve.points[0]);
          expect(unit(curve.optimum)).toBeLessThanOrEqual(zero);
          expect(unit(curve.optimum)).toBeLessThanOrEqual(unit(curve.current) * (1 + 1e-9));
          expect(unit(curve.breakEven)).toBeLessThanOrEqual(zero);
          const finite = (x: number | null) => x === null || Number.isFinite(x);
          const bad = [...curve.points, curve.current, curve.optimum, curve.breakEven].filter(
            (p) => !Number.isFinite(p.budget) || !Number.isFinite(p.engineersNeeded) || !Number.isFinite(p.totalCost) || !finite(p.costPerOutput),
          );
          expect(bad).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});
