import { describe, expect, it } from 'vitest';
import { costsLayout, costsTable, COST_KEYS } from '../../../src/charts/costs/layout';
import { simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';
import { COSTS, FMT } from './fixtures';

describe('costs layout', () => {
  const layout = costsLayout(COSTS, null, 600, FMT);

  it('stacks salaries, bonuses, equity, on-costs and tokens bottom to top, leaving out lines that are 0 every year', () => {
    // The fixture has no other, severance or hiring costs.
    expect(layout.layers.map((l) => l.id)).toEqual(COST_KEYS.filter((k) => !['otherCost', 'severanceCost', 'hiringCost'].includes(k)));
    // 2026: salaries 0–1,000, bonuses 1,000–1,100, equity 1,100–1,150, on-costs 1,150–1,600, tokens 1,600–2,000.
    expect(layout.layers.map((l) => [l.bars[0].y0, l.bars[0].y1])).toEqual([
      [0, 1000],
      [1000, 1100],
      [1100, 1150],
      [1150, 1600],
      [1600, 2000],
    ]);
  });

  it('each stack sums to the year’s totalCost, for a real run too', () => {
    const rows = simulate(loadScenario({ teams: [{ equityPerYear: 20_000 }, { engineers: 12, salary: 90_000 }] })).years;
    const real = costsLayout(rows, null, 600, FMT);
    rows.forEach((r, i) => {
      const sum = real.layers.reduce((s, l) => s + (l.bars[i].y1 - l.bars[i].y0), 0);
      expect(sum).toBeCloseTo(r.totalCost!, 4);
      expect(real.layers[real.layers.length - 1].bars[i].y1).toBeCloseTo(r.totalCost!, 4);
    });
  });

  it('the scale covers the tallest stack and the bars stay inside the plot', () => {
    expect(layout.y.domain()[0]).toBe(0);
    expect(layout.y.domain()[1]).toBeGreaterThanOrEqual(3000);
    for (const layer of layout.layers)
      for (const bar of layer.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(layout.bounds.left);
        expect(bar.x + bar.width).toBeLessThanOrEqual(layout.bounds.right);
        expect(bar.y + bar.height).toBeLessThanOrEqual(layout.bounds.bottom + 1e-9);
      }
  });

  it('height in pixels is proportional to money', () => {
    const salary = layout.layers[0].bars[0];
    const tokens = layout.layers[4].bars[1];
    // Salaries 1,000 in 2026, tokens 1,550 in 2027.
    expect(tokens.height / salary.height).toBeCloseTo(1.55, 9);
  });

  it('cost per output is in the tooltip and the table', () => {
    const tip = layout.tooltipAt(1);
    expect(tip.rows.find((r) => r.id === 'costPerOutput')!.value).toBe('$250');
    expect(tip.rows.find((r) => r.id === 'totalCost')!.value).toBe('$3,000');
    const table = costsTable(COSTS, FMT);
    expect(table.columns.at(-2)).toBe('Cost per output (USD)');
    expect(table.columns.at(-1)).toBe('Cost per unit of demand met (USD)');
    expect(table.rows[0].cells).toEqual(['$1,000', '$100', '$50.00', '$450', '$400', '$2,000', '$200', '$250']);
  });

  it('compare mode marks the baseline total over each bar', () => {
    const base = COSTS.map((r) => ({ ...r, totalCost: 4000 }));
    const compared = costsLayout(COSTS, base, 600, FMT);
    expect(compared.y.domain()[1]).toBeGreaterThanOrEqual(4000);
    expect(compared.baselineD.match(/M/g)).toHaveLength(2);
  });
});

describe('costs layout, version 2 cost lines', () => {
  it('stacks other costs per head and the one-off costs of layoffs and hires when there are any', () => {
    const rows = simulate(
      loadScenario({
        teams: [{ engineers: 10, otherCostPerHead: 12_000 }],
        policy: { headcount: 'matchDemand', severanceMonths: 3, hiringCostRate: 0.2 },
        shocks: [{ year: 2027, cut: 0.3, lever: 'headcount' }],
      }),
    ).years;
    const real = costsLayout(rows, null, 600, FMT);
    expect(real.layers.map((l) => l.id)).toEqual(['salaryCost', 'bonusCost', 'onCost', 'otherCost', 'severanceCost', 'hiringCost', 'tokenCost']);
    rows.forEach((r, i) => expect(real.layers.at(-1)!.bars[i].y1).toBeCloseTo(r.totalCost!, 4));
  });
});
