// The tornado's layout: one row per ranged input in the order given (largest
// swing first), a bar from the scenario's value to the metric at each end.
import { describe, expect, it } from 'vitest';
import { fitText, tornadoDescription, tornadoLayout, tornadoTable, tornadoTitle, LOW_COLOR, HIGH_COLOR, type TornadoSpec } from '../../../src/charts/tornado/layout';
import { textWidth } from '../../../src/charts/common/text';
import type { Sensitivity } from '../../../src/model/uncertainty/sensitivity';
import { FMT } from './fixtures';

const sensitivity: Sensitivity = {
  metric: 'rolesAtRisk',
  year: 2030,
  base: 10,
  bars: [
    { path: 'productivity.maxMultiplier', low: 1, high: 3, value: 2, atLow: 4, atHigh: 18, swing: 14 },
    { path: 'demand.growth', low: 0, high: 0.1, value: 0.05, atLow: 12, atHigh: 8, swing: 4 },
    { path: 'salaryGrowth', low: 0, high: 0.05, value: 0.03, atLow: null, atHigh: 11, swing: null },
  ],
};

const inputs = {
  'productivity.maxMultiplier': { path: 'productivity.maxMultiplier', label: 'Maximum productivity multiplier', ends: '1× to 3×' },
  'demand.growth': { path: 'demand.growth', label: 'Demand growth', ends: '0% to 10%' },
  salaryGrowth: { path: 'salaryGrowth', label: 'Salary growth', ends: '0% to 5%' },
};

const spec: TornadoSpec = { sensitivity, inputs, metricLabel: 'Roles at risk', kind: 'count', width: 640, fmt: FMT };

describe('tornado layout', () => {
  const layout = tornadoLayout(spec);
  const [a, b, c] = layout.rows;

  it('puts the scenario’s value on the scale, and each end’s bar from it', () => {
    const { x } = layout;
    expect(x.domain()[0]).toBeLessThanOrEqual(4);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(18);
    expect(layout.baseX).toBeCloseTo(x(10), 9);
    // Input low: the metric falls to 4, a bar to the left of the value, its text beyond its left end.
    expect(a.low).toMatchObject({ color: LOW_COLOR, text: '4', anchor: 'end' });
    expect(a.low!.x).toBeCloseTo(x(4), 9);
    expect(a.low!.x + a.low!.width).toBeCloseTo(x(10), 9);
    expect(a.low!.textX).toBeCloseTo(x(4) - 4, 9);
    // Input high: up to 18, to the right.
    expect(a.high).toMatchObject({ color: HIGH_COLOR, text: '18', anchor: 'start' });
    expect(a.high!.x).toBeCloseTo(x(10), 9);
    expect(a.high!.width).toBeCloseTo(x(18) - x(10), 9);
    // The low bar sits above the high bar within a row.
    expect(a.low!.y + a.low!.height).toBeLessThanOrEqual(a.high!.y);
    // A metric that rises at the low end and falls at the high end: the bars swap sides.
    expect(b.low).toMatchObject({ anchor: 'start', text: '12' });
    expect(b.high).toMatchObject({ anchor: 'end', text: '8' });
    // No value at one end: no bar there.
    expect(c.low).toBeNull();
    expect(c.high!.text).toBe('11');
  });

  it('keeps the order given (largest swing first), rows top to bottom, labels in a left column on wide charts', () => {
    expect(layout.rows.map((r) => r.path)).toEqual(['productivity.maxMultiplier', 'demand.growth', 'salaryGrowth']);
    expect(a.centerY).toBeLessThan(b.centerY);
    expect(b.centerY).toBeLessThan(c.centerY);
    expect(layout.narrow).toBe(false);
    // The widest label fits left of the plot with the value texts.
    expect(textWidth('Maximum productivity multiplier', 12, true)).toBeLessThan(layout.plot.left);
    expect(a.label).toBe('Maximum productivity multiplier');
    expect(layout.height).toBeGreaterThan(layout.plot.bottom);
    expect(layout.xAxis.label).toBe('Roles at risk in 2030 (FTE)');
    expect(layout.baseText).toBe('This scenario: 10');
  });

  it('on a phone puts each label above its bars and uses the full width', () => {
    const narrow = tornadoLayout({ ...spec, width: 340 });
    expect(narrow.narrow).toBe(true);
    const [row] = narrow.rows;
    expect(row.labelY).toBeLessThan(row.low!.y);
    expect(narrow.plot.left).toBeLessThan(60);
    expect(narrow.plot.right).toBeLessThanOrEqual(340);
  });

  it('cuts a label too long for its room with an ellipsis', () => {
    expect(fitText('Short', 200)).toBe('Short');
    const cut = fitText('Specialists per million of spend on tokens', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12, true)).toBeLessThanOrEqual(120);
  });

  it('has a title, a sentence naming the input that matters most, and a table', () => {
    expect(tornadoTitle('Roles at risk', 2030)).toBe('What moves roles at risk in 2030 the most');
    expect(tornadoDescription(spec)).toBe(
      'Roles at risk in 2030 is 10 in this scenario. Moving one input at a time across its range, maximum productivity multiplier moves it the most: from 4 at its low end to 18 at its high end.',
    );
    const table = tornadoTable(spec);
    expect(table.columns).toEqual(['Range', 'With the input low (FTE)', 'With the input high (FTE)', 'Swing (FTE)']);
    expect(table.rows).toEqual([
      { header: 'Maximum productivity multiplier', cells: ['1× to 3×', '4', '18', '14'] },
      { header: 'Demand growth', cells: ['0% to 10%', '12', '8', '4'] },
      { header: 'Salary growth', cells: ['0% to 5%', '–', '11', '–'] },
    ]);
  });
});
