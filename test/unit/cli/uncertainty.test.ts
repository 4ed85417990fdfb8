// `--samples N --seed S` (PRODUCT.md contract): the JSON gains
// "uncertainty": { samples, seed, years: [ { year, METRIC: { p10, p50, p90 } } ] }.
// One case spawns the program as a user runs it; the rest call run() in-process.
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../src/cli/args';
import { BOOLEAN_METRICS, YEAR_METRICS, simulate } from '../../../src/model';
import { bandRows, runUncertainty } from '../../../src/model/uncertainty';
import { getPreset } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { cli, runIn, tempFolder } from './helpers';

const folder = tempFolder('simulate-uncertainty-');
const file = (name: string, json: unknown) => folder.file(name, JSON.stringify(json));

const BANDED = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

/** One team of 40 that holds its headcount; only demand growth is uncertain: 0 to 10%, 5% most likely. */
const DEMAND_ONLY = {
  title: 'Demand only',
  startYear: 2026,
  years: 3,
  teams: [{ engineers: 40, baseOutput: 1 }],
  // Demand that does not answer cost (elasticity 0), so it is 40 × (1 + g)^t exactly.
  demand: { growth: 0.05, elasticity: 0 },
  policy: { headcount: 'hold', attrition: 0, layoffs: false },
  uncertainty: { samples: 2000, seed: 1, ranges: { 'demand.growth': [0, 0.1] } },
};

describe('simulate --samples --seed', { timeout: 60_000 }, () => {
  it('spawned: adds "uncertainty" with samples, seed and p10/p50/p90 of every number metric per year', () => {
    const out = cli(['--preset', 'typical-spend', '--samples', '500', '--seed', '7']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json.uncertainty)).toEqual(['samples', 'seed', 'years']);
    expect(json.uncertainty.samples).toBe(500);
    expect(json.uncertainty.seed).toBe(7);
    expect(json.uncertainty.years.map((r: { year: number }) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const row of json.uncertainty.years) {
      expect(Object.keys(row)).toEqual(['year', ...BANDED]);
      for (const metric of BANDED) {
        const { p10, p50, p90 } = row[metric];
        if (p10 === null) continue; // a ratio with no number in any sample
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
      }
    }
    // The same numbers as the engine's own run with that seed (JSON keeps doubles exactly).
    const scenario = getPreset('typical-spend')!.scenario;
    const engine = runUncertainty(scenario, { samples: 500, seed: 7 });
    expect(json.uncertainty.years).toEqual(JSON.parse(JSON.stringify(bandRows(engine.startYear, engine.years, engine.bands))));
    // The deterministic part is unchanged.
    expect(json.years).toEqual(simulate(scenario).years);
  });

  it('bands mean what they say: demand under a triangular growth of 0 to 10% (hand-worked quantiles)', async () => {
    const { code, stdout } = await runIn([file('demand.json', DEMAND_ONLY), '--samples', '20000', '--seed', '3']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).uncertainty.years;
    // Triangular(a 0, mode 0.05, b 0.1): F(x) = x² / (0.1 × 0.05) below the mode, so
    // p10 = √(0.1 × 0.005) = 0.022361; by symmetry p90 = 0.1 − 0.022361 = 0.077639 and p50 = 0.05.
    // Demand is 40 × (1 + g)^t, increasing in g, so its quantiles are those of g pushed through it.
    const g = { p10: Math.sqrt(0.0005), p50: 0.05, p90: 0.1 - Math.sqrt(0.0005) };
    for (const t of [1, 2]) {
      for (const q of ['p10', 'p50', 'p90'] as const) {
        expect(rows[t].demand[q]).toBeCloseTo(40 * (1 + g[q]) ** t, 1);
      }
    }
    // In the first year nothing has grown yet: every sample gives 40.
    expect(rows[0].demand).toEqual({ p10: 40, p50: 40, p90: 40 });
    // Headcount is held: no band at all.
    expect(rows[2].engineers).toEqual({ p10: 40, p50: 40, p90: 40 });
  });

  it('is reproducible: the same seed gives the same bands, another seed others', async () => {
    const path = file('seeded.json', DEMAND_ONLY);
    const a = JSON.parse((await runIn([path, '--samples', '300', '--seed', '11'])).stdout).uncertainty;
    const b = JSON.parse((await runIn([path, '--samples', '300', '--seed', '11'])).stdout).uncertainty;
    const c = JSON.parse((await runIn([path, '--samples', '300', '--seed', '12'])).stdout).uncertainty;
    expect(b).toEqual(a);
    expect(c.years[2].demand.p50).not.toBe(a.years[2].demand.p50);
  });

  it('takes the scenario’s samples or seed for the option left out', async () => {
    const path = file('defaults.json', DEMAND_ONLY);
    const seedOnly = JSON.parse((await runIn([path, '--seed', '5'])).stdout).uncertainty;
    expect([seedOnly.samples, seedOnly.seed]).toEqual([2000, 5]);
    const samplesOnly = JSON.parse((await runIn([path, '--samples', '50'])).stdout).uncertainty;
    expect([samplesOnly.samples, samplesOnly.seed]).toEqual([50, 1]);
  });

  it('without ranges says so, and every band is the single run (to 32-bit precision)', async () => {
    const { code, stdout, stderr } = await runIn([file('plain.json', { years: 2, teams: [{ engineers: 12 }] }), '--samples', '10']);
    expect(code).toBe(0);
    expect(stderr).toBe('note: the scenario has no uncertainty ranges, so every band is its single run\n');
    const json = JSON.parse(stdout);
    expect(json.uncertainty.years[1].totalCost).toEqual({
      p10: Math.fround(json.years[1].totalCost),
      p50: Math.fround(json.years[1].totalCost),
      p90: Math.fround(json.years[1].totalCost),
    });
  });

  it('is JSON only: with --format csv it is a usage error, and the help says so', async () => {
    const { code, stdout, stderr } = await runIn(['--preset', 'status-quo', '--format', 'csv', '--samples', '100']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--samples and --seed add uncertainty bands to the JSON output only; use --format json');
    expect(USAGE).toContain('--samples and --seed are JSON only');
  });

  it('runs a custom formula once compiled, and refuses a bad one naming the field', async () => {
    const custom = { ...DEMAND_ONLY, productivity: { curve: 'custom', expression: '1 + T / (T + half)' } };
    const ok = await runIn([file('custom.json', custom), '--samples', '100']);
    expect(ok.code).toBe(0);
    const scenario = loadScenario(custom);
    const { loadFormulaEngine } = await import('../../../src/formula');
    const engine = runUncertainty(scenario, { samples: 100, compile: await loadFormulaEngine() });
    expect(JSON.parse(ok.stdout).uncertainty.years[2].required.p50).toBe(engine.bands.required!.p50[2]);

    const bad = await runIn([file('bad.json', { ...custom, productivity: { curve: 'custom', expression: 'constructor' } }), '--samples', '100']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ {2}productivity\.expression: "constructor" is not allowed/m);
  });
});
