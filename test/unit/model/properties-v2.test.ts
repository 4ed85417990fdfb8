// MODEL.md §7 invariants that version 2 added, over random valid scenarios
// (arbitraries.ts: every v2 field, promotions between teams, all policies):
// Jensen's inequality for the spread of token use, the sign of the demand
// response, and the conservation of heads through the pipeline.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import { simulate } from '../../../src/model/simulate';
import { scenarioInput, num } from './arbitraries';
import { stubCompile } from './helpers';

const RUNS = { numRuns: Math.max(1000, Number(process.env.PROPERTY_RUNS) || 0) };
const options = { compile: stubCompile };

/** A copy with `set` applied to the shared block and to every team's override of the same block. */
function everywhere(s: Scenario, block: 'tokens' | 'productivity' | 'demand', set: Record<string, unknown>): Scenario {
  return loadScenario({
    ...s,
    [block]: { ...s[block], ...set },
    teams: s.teams.map((t) => (t[block] ? { ...t, [block]: { ...t[block], ...set } } : t)),
  });
}

const saturating = (s: Scenario) => everywhere(s, 'productivity', { curve: 'saturating' });
const ceiling = (s: Scenario, k: number) => s.teams[k].productivity?.maxMultiplier ?? s.productivity.maxMultiplier;

describe('version 2 invariants (MODEL.md §7)', { timeout: 60 * RUNS.numRuns }, () => {
  it('a spread of token use lowers the multiplier of a saturating curve (Jensen), and never below 1 when the ceiling is at least 1', () => {
    fc.assert(
      fc.property(scenarioInput, num(0.01, 3, [0.2, 2]), (input, sigma) => {
        const even = everywhere(saturating(loadScenario(input)), 'tokens', { usageSpread: 0 });
        const spread = everywhere(even, 'tokens', { usageSpread: sigma });
        const a = simulate(even, options);
        const b = simulate(spread, options);
        const wrong: string[] = [];
        even.teams.forEach((_, k) => {
          const max = ceiling(even, k);
          a.teams[k].years.forEach((row, t) => {
            const m0 = row.multiplier as number;
            const m1 = b.teams[k].years[t].multiplier as number;
            const slack = 1e-12 * Math.max(1, Math.abs(max));
            if (max >= 1 ? m1 > m0 + slack : m1 < m0 - slack) wrong.push(`team ${k} t=${t} max ${max}: σ=0 ${m0}, σ=${sigma} ${m1}`);
            if (max >= 1 && m1 < 1 - 1e-12) wrong.push(`team ${k} t=${t}: ${m1} below 1`);
          });
        });
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('with elasticity > 0 a lower cost per output never lowers demand', () => {
    // Two token budgets: the reference cost (today's spend in use) is the same in both runs,
    // so demand must follow the realized unit cost, the cost lines but one-off costs over output.
    const budgets = fc.tuple(num(0, 1e6, [0, 50_000]), num(0, 1e6, [0, 50_000]));
    fc.assert(
      fc.property(scenarioInput, budgets, num(0.05, 3, [0.1, 1.5]), (input, [b1, b2], elasticity) => {
        const base = everywhere(loadScenario(input), 'demand', { elasticity });
        const runs = [b1, b2].map((budget) => simulate(everywhere(base, 'tokens', { budget }), options));
        const wrong: string[] = [];
        base.teams.forEach((_, k) => {
          for (let t = 0; t < base.years; t++) {
            const [r1, r2] = runs.map((r) => r.teams[k].years[t]);
            // Output of next to no one (a denormal team) leaves the unit cost below to rounding.
            if (!((r1.output as number) > 1e-200 && (r2.output as number) > 1e-200)) continue;
            // The cost lines without the one-off costs (summed, not subtracted from the total: a year of
            // huge layoffs would leave the difference to rounding).
            const unit = (r: typeof r1) =>
              ((r.salaryCost as number) + (r.bonusCost as number) + (r.equityCost as number) + (r.tokenCost as number) + (r.onCost as number) + (r.otherCost as number)) /
              (r.output as number);
            const [u1, u2] = [unit(r1), unit(r2)];
            // A unit cost of 0 answers nothing by definition (MODEL.md §8: response 1).
            if (!(u1 > 0 && u2 > 0)) continue;
            const [d1, d2] = [r1.demand as number, r2.demand as number];
            // Beyond rounding: a span of control shrunk to 1e-7 (managers 1e7 times the engineers)
            // leaves unit costs equal to a few parts in 1e9, and the elasticity multiplies that.
            const rel = 1e-6;
            if (u1 < u2 * (1 - rel) && d1 < d2 * (1 - rel)) wrong.push(`team ${k} t=${t}: unit cost ${u1} < ${u2} but demand ${d1} < ${d2}`);
            if (u2 < u1 * (1 - rel) && d2 < d1 * (1 - rel)) wrong.push(`team ${k} t=${t}: unit cost ${u2} < ${u1} but demand ${d2} < ${d1}`);
          }
        });
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('conserves heads: p_t = p_{t−1} − leavers − promoted out + promoted in + hires − layoffs', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const s = loadScenario(input);
        const r = simulate(s, options);
        const wrong: string[] = [];
        for (let t = 1; t < s.years; t++) {
          s.teams.forEach((team, k) => {
            const attrition = team.policy?.attrition ?? s.policy.attrition;
            const before = r.teams[k].years[t - 1].engineers as number;
            const row = r.teams[k].years[t];
            let inflow = 0;
            s.teams.forEach((other, j) => {
              if (other.promotion?.to === team.name) inflow += r.teams[j].years[t].promotionsOut as number;
            });
            const expected = before - attrition * before - (row.promotionsOut as number) + inflow + (row.hires as number) - (row.layoffs as number);
            const scale = Math.max(before, inflow, row.hires as number, row.layoffs as number, 1e-300);
            if (!(Math.abs((row.engineers as number) - expected) <= 1e-9 * scale)) {
              wrong.push(`team ${k} ${row.year}: ${row.engineers} ≠ ${expected}`);
            }
            if ((row.hires as number) < 0 || (row.layoffs as number) < 0 || (row.promotionsOut as number) < 0) wrong.push(`team ${k} ${row.year}: a negative flow`);
          });
        }
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });
});
