// The tornado's layout: one row per ranged input in the order given (largest
// swing first), a bar from the scenario's value to the metric at each end.
import { describe, expect, it } from 'vitest';
import { fitText, wrapText, LINE_HEIGHT, tornadoDescription, tornadoLayout, tornadoTable, tornadoTitle, LOW_COLOR, HIGH_COLOR, type TornadoSpec } from '../../../src/charts/tornado/layout';
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

describe('tornado layout at 360 px (issue 9 point 10: labels ran across the centre line and touched their range text)', () => {
  // Long labels as the app shows them, a long one that must wrap, and the scenario's value mid-scale.
  const phone: TornadoSpec = {
    ...spec,
    width: 360,
    inputs: {
      'productivity.maxMultiplier': { path: 'productivity.maxMultiplier', label: 'Token budget already in use', ends: '$0 to $2,400' },
      'demand.growth': { path: 'demand.growth', label: 'Specialists hired per million of spend on tokens, per engineer and year', ends: '0 to 1.5' },
      salaryGrowth: { path: 'salaryGrowth', label: 'Salary growth', ends: '0% to 5%' },
    },
  };
  const layout = tornadoLayout(phone);
  type Box = { what: string; left: number; right: number; top: number; bottom: number };
  const half = 7; // half a 12 px line of text, ascent to descent
  const labelBoxes: Box[] = layout.rows.flatMap((r) =>
    r.lines.map((line, i) => ({ what: `label “${line}”`, left: r.labelX, right: r.labelX + textWidth(line, 12, true), top: r.labelY + i * LINE_HEIGHT - half, bottom: r.labelY + i * LINE_HEIGHT + half })),
  );
  const endsBoxes: Box[] = layout.rows.map((r) => {
    const w = textWidth(r.ends, 11);
    const left = r.endsAnchor === 'end' ? r.endsX - w : r.endsX;
    return { what: `range “${r.ends}”`, left, right: left + w, top: r.endsY - half, bottom: r.endsY + half };
  });
  const valueBoxes: Box[] = layout.rows.flatMap((r) =>
    [r.low, r.high].filter((b) => b !== null).map((b) => {
      const w = textWidth(b.text, 11);
      const left = b.anchor === 'end' ? b.textX - w : b.textX;
      return { what: `value “${b.text}”`, left, right: left + w, top: b.y + b.height / 2 - 6, bottom: b.y + b.height / 2 + 6 };
    }),
  );
  // The centre line as drawn: 1.5 px wide at the scenario's value, in each of its bands.
  const centre: Box[] = layout.ruleBands.map((band) => ({ what: 'centre line', left: layout.baseX - 0.75, right: layout.baseX + 0.75, top: band.top, bottom: band.bottom }));
  const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const clashes = (as: Box[], bs: Box[]) => as.flatMap((a) => bs.filter((b) => meets(a, b)).map((b) => `${a.what} meets ${b.what}`));

  it('is narrow, with the scenario’s value inside the width the labels take', () => {
    expect(layout.narrow).toBe(true);
    // The test means something: the labels span the centre line's x, so only their own lines keep them off it.
    expect(labelBoxes.some((b) => b.left < layout.baseX && b.right > layout.baseX)).toBe(true);
  });

  it('no label or range text crosses the centre line or a value, and labels clear their range text', () => {
    expect(clashes(labelBoxes, [...centre, ...valueBoxes, ...endsBoxes])).toEqual([]);
    expect(clashes(endsBoxes, [...centre, ...valueBoxes])).toEqual([]);
  });

  it('keeps every text inside the chart, wrapping a long label onto a second line', () => {
    for (const b of [...labelBoxes, ...endsBoxes, ...valueBoxes]) {
      expect(b.left, b.what).toBeGreaterThanOrEqual(0);
      expect(b.right, b.what).toBeLessThanOrEqual(360);
    }
    expect(layout.rows[1].lines).toHaveLength(2);
    expect(layout.rows[1].lines.join(' ')).toBe('Specialists hired per million of spend on tokens, per engineer and year');
    // One short label and its range share a line; the centre line stops short of the next row's label.
    expect(layout.rows[2].lines).toEqual(['Salary growth']);
    expect(layout.rows[2].endsY).toBe(layout.rows[2].labelY);
    expect(layout.ruleBands).toHaveLength(3);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, at most two lines, the rest cut with an ellipsis', () => {
    expect(wrapText('Salary growth', 200)).toEqual(['Salary growth']);
    const lines = wrapText('Specialists per million of spend on tokens per year and more words still', 120);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(120);
  });
});
