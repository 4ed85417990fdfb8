import { describe, expect, it } from 'vitest';
import { explainGap } from '../../../src/model/explain';
import { loadScenario } from '../../../src/scenario/parse';

// 40 engineers held flat (policy hold, no shocks), 8 per manager → 5 managers;
// no specialists, so token spend does not add roles; tokens not counted as pay,
// so on-costs ignore them. Final-year costs are then simple products.
const baseline = loadScenario({
  teams: [{ engineers: 40, salary: 100_000, equityPerYear: 0 }],
  managers: { spanOfControl: 8 },
  specialists: { perMillionSpend: 0 },
  tokens: { budget: 2400, budgetGrowth: 0, countAsPay: false },
  policy: { headcount: 'hold' },
});

describe('explainGap', () => {
  it('splits an additive gap into the single-switch effects, with no remainder', () => {
    // Equity 0 → 10,000 for 45 people (+450,000); tokens 2,400 → 4,800 for 40 engineers (+96,000).
    const current = { ...baseline, teams: [{ ...baseline.teams[0], equityPerYear: 10_000 }], tokens: { ...baseline.tokens, budget: 4800 } };
    const e = explainGap(baseline, current, 'totalCost');
    expect(e.gap).toBeCloseTo(546_000, 6);
    expect(e.contributions.map((c) => c.id)).toEqual(['teams', 'tokens']);
    const [teams, tokens] = e.contributions;
    expect(teams.forward).toBeCloseTo(450_000, 6);
    expect(teams.backward).toBeCloseTo(450_000, 6);
    expect(teams.contribution).toBeCloseTo(450_000, 6);
    expect(tokens.contribution).toBeCloseTo(96_000, 6);
    expect(e.remainder).toBeCloseTo(0, 6);
  });

  it('averages the two orders when groups interact; three groups leave a remainder', () => {
    // tokenCost = engineers × budget × (1 − cut): 40 × 2,400 × 1 = 96,000 → 50 × 4,800 × 0.5 = 120,000.
    const current = {
      ...baseline,
      teams: [{ ...baseline.teams[0], engineers: 50 }],
      tokens: { ...baseline.tokens, budget: 4800 },
      shocks: [{ year: 2026, cut: 0.5, lever: 'tokens' as const }],
    };
    const e = explainGap(baseline, current, 'tokenCost');
    expect(e.baseline).toBeCloseTo(96_000, 6);
    expect(e.current).toBeCloseTo(120_000, 6);
    const by = Object.fromEntries(e.contributions.map((c) => [c.id, c]));
    // teams: forward 10 × 2,400 = 24,000; backward 10 × 4,800 × 0.5 = 24,000.
    expect(by.teams.contribution).toBeCloseTo(24_000, 6);
    // tokens: forward 40 × 2,400 = 96,000; backward 50 × 2,400 × 0.5 = 60,000 → 78,000.
    expect(by.tokens.forward).toBeCloseTo(96_000, 6);
    expect(by.tokens.backward).toBeCloseTo(60_000, 6);
    expect(by.tokens.contribution).toBeCloseTo(78_000, 6);
    // shocks: forward 40 × 2,400 × −0.5 = −48,000; backward 50 × 4,800 × −0.5 = −120,000 → −84,000.
    expect(by.shocks.contribution).toBeCloseTo(-84_000, 6);
    // 24,000 − (24,000 + 78,000 − 84,000) = 6,000.
    expect(e.remainder).toBeCloseTo(6_000, 6);
  });

  it('with two interacting groups the parts add up to the gap', () => {
    const current = { ...baseline, teams: [{ ...baseline.teams[0], engineers: 50 }], tokens: { ...baseline.tokens, budget: 4800 } };
    const e = explainGap(baseline, current, 'tokenCost');
    // teams: (10 × 2,400 + 10 × 4,800) / 2 = 36,000; tokens: (40 × 2,400 + 50 × 2,400) / 2 = 108,000.
    expect(e.contributions.map((c) => c.contribution)).toEqual([expect.closeTo(36_000, 6), expect.closeTo(108_000, 6)]);
    expect(e.remainder).toBeCloseTo(0, 6);
  });

  it('identical scenarios have no gap and no contributions', () => {
    const e = explainGap(baseline, { ...baseline, title: 'Renamed' }, 'engineers');
    expect(e).toMatchObject({ gap: 0, contributions: [], remainder: 0 });
  });

  it('a figure that is undefined (no output) gives nulls, not NaN', () => {
    const none = { ...baseline, teams: [{ ...baseline.teams[0], engineers: 0 }] };
    const e = explainGap(baseline, none, 'costPerOutput');
    expect(e.current).toBeNull();
    expect(e.gap).toBeNull();
    expect(e.contributions[0].contribution).toBeNull();
  });
});
