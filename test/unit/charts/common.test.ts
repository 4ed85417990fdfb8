import { describe, expect, it } from 'vitest';
import { Bounds } from '../../../src/charts/common/bounds';
import { decimals, significant, tickLabels } from '../../../src/charts/common/format';
import { legendRows } from '../../../src/charts/common/legend';
import { valueDomain, yScale, yearAxis, yearScale } from '../../../src/charts/common/scales';
import { bandPoints } from '../../../src/charts/common/yearChart';
import { withBaseline, type TableModel } from '../../../src/charts/common/table';
import { FMT } from './fixtures';

describe('Bounds', () => {
  it('pads each side and never goes negative', () => {
    const b = Bounds.ofSize(300, 200).pad({ top: 10, right: 20, bottom: 30, left: 40 });
    expect([b.x, b.y, b.width, b.height]).toEqual([40, 10, 240, 160]);
    expect(Bounds.ofSize(10, 10).pad(20).width).toBe(0);
  });

  it('splits rows by weight with gaps', () => {
    // 220 px less two 10 px gaps = 200, shared 1 : 2 : 1.
    const rows = Bounds.ofSize(100, 220).splitRows([1, 2, 1], 10);
    expect(rows.map((r) => [r.y, r.height])).toEqual([
      [0, 50],
      [60, 100],
      [170, 50],
    ]);
  });

  it('splits a strip off the top and the right', () => {
    const [top, rest] = Bounds.ofSize(100, 100).splitTop(30, 5);
    expect([top.height, rest.y, rest.height]).toEqual([30, 35, 65]);
    const [left, right] = Bounds.ofSize(100, 100).splitRight(40, 10);
    expect([left.width, right.x, right.width]).toEqual([50, 60, 40]);
  });
});

describe('ticks and domains', () => {
  it('domains include every finite value and zero, and ignore nulls', () => {
    expect(valueDomain([3, null, 7, NaN, 5])).toEqual([0, 7]);
    expect(valueDomain([1.2, 1.4], { zero: false, include: [1] })).toEqual([1, 1.4]);
    expect(valueDomain([null])).toEqual([0, 1]);
  });

  it('subnormal values draw as 0, so the axis can have ticks (d3 throws on a domain of 1e-316)', () => {
    for (const values of [[8.9e-317, 9.8e-317], [-1e-316, 1e-316], [5e-324]]) {
      expect(valueDomain(values)).toEqual([0, 1]);
      const scale = yScale(valueDomain(values, { zero: false }), Bounds.ofSize(100, 100), 5);
      expect(scale.ticks(5).length).toBeGreaterThan(1);
    }
  });

  it('a flat series still gets an axis', () => {
    const [lo, hi] = valueDomain([5, 5], { zero: false });
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
  });

  it('tick labels use the scenario currency and stay distinct', () => {
    expect(tickLabels('money', [0, 500_000, 1_000_000, 1_500_000], FMT)).toEqual(['$0', '$500K', '$1M', '$1.5M']);
    // German: the euro sign after the number, behind a no-break space.
    const euro = tickLabels('money', [0, 1000, 2000], { currency: 'EUR', locale: 'de-DE' }).map((s) => s.replace(/\s/g, ' '));
    expect(euro).toEqual(['0 €', '1000 €', '2000 €']);
    expect(tickLabels('percent', [0, 0.005, 0.01], FMT)).toEqual(['0%', '0.5%', '1%']);
    expect(tickLabels('multiplier', [1, 1.1, 1.2], FMT)).toEqual(['1.0×', '1.1×', '1.2×']);
    expect(tickLabels('count', [0, 2.5, 5], FMT)).toEqual(['0', '2.5', '5']);
    expect(tickLabels('money', [0, 1_000, 1_250, 1_500], FMT)).toEqual(['$0', '$1K', '$1.25K', '$1.5K']);
    expect(tickLabels('count', [0, 10_000, 20_000], FMT)).toEqual(['0', '10K', '20K']);
    expect(decimals(0.30000000000000004)).toBe(1);
    expect(decimals(1500)).toBe(0);
    expect(significant(1_250_000)).toBe(3);
  });

  it('year ticks are whole years, thinned to the width', () => {
    const years = Array.from({ length: 30 }, (_, i) => 2026 + i);
    const wide = yearAxis(yearScale(years, Bounds.ofSize(1000, 10)), 1000).ticks;
    const narrow = yearAxis(yearScale(years, Bounds.ofSize(300, 10)), 300).ticks;
    expect(wide.every((t) => Number.isInteger(t.value) && t.label === String(t.value))).toBe(true);
    expect(narrow.length).toBeLessThan(wide.length);
    // Labels about 28 px wide never touch.
    for (let i = 1; i < narrow.length; i++) expect(narrow[i].pos - narrow[i - 1].pos).toBeGreaterThan(30);
  });

  it('keeps the last year’s label, end-anchored on the right edge, clear of the year before it', () => {
    // 2026–2033 over 300 px (the lead chart's plot at 390 px): 8 ticks fit at 37.5 px apart, but the last label,
    // end-anchored at the edge, reaches 28.8 px left of its tick, into 2032's (a screenshot read "20322033").
    const years = Array.from({ length: 8 }, (_, i) => 2026 + i);
    const ticks = yearAxis(yearScale(years, Bounds.ofSize(300, 10)), 300).ticks;
    const w = 4 * 12 * 0.6;
    const last = ticks.at(-1)!;
    expect(last.value).toBe(2033);
    const before = ticks.at(-2)!;
    expect(before.pos + w / 2).toBeLessThan(last.pos - w);
    // Every other pair, centred, does not touch either.
    for (let i = 1; i < ticks.length - 1; i++) expect(ticks[i].pos - ticks[i - 1].pos).toBeGreaterThan(w);
  });
});

describe('legend', () => {
  it('wraps to a new row before crossing the width', () => {
    const items = ['Engineers', 'Required', 'Planned', 'Roles at risk'].map((label) => ({ id: label, label, color: '#000', symbol: 'line' as const }));
    const wide = legendRows(items, 1000);
    const narrow = legendRows(items, 200);
    expect(wide.height).toBe(20);
    expect(narrow.height).toBeGreaterThan(20);
    for (const item of narrow.items) expect(item.x).toBeLessThan(200);
  });
});

describe('bands', () => {
  it('closes at the exact crossing of two series', () => {
    // upper − lower goes 2 → −2 between x = 0 and x = 1: they cross at x = 0.5, value 1.
    const pts = bandPoints([0, 1], [0, 2], [2, 0]);
    expect(pts).toHaveLength(3);
    expect(pts[1]).toEqual({ x: 0.5, lo: 1, hi: 1 });
  });
});

describe('money along x', () => {
  it('thins the ticks until their labels clear each other', async () => {
    const { scaleLinear } = await import('d3-scale');
    const { moneyXAxis } = await import('../../../src/charts/common/scales');
    const { textWidth } = await import('../../../src/charts/common/text');
    const x = scaleLinear().domain([0, 480_000]).range([60, 350]);
    const sek = moneyXAxis(x, 290, { currency: 'SEK', locale: 'en-US' }, '').ticks;
    const usd = moneyXAxis(x, 290, FMT, '').ticks;
    expect(sek.length).toBeLessThan(usd.length);
    for (const ticks of [sek, usd])
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].pos - ticks[i - 1].pos).toBeGreaterThan((textWidth(ticks[i].label, 12) + textWidth(ticks[i - 1].label, 12)) / 2);
  });
});

describe('withBaseline', () => {
  const table = (years: number[], cells: string[][], columns = ['A (FTE)', 'B (USD)']): TableModel => ({
    caption: 'Per year',
    rowHeader: 'Year',
    columns,
    rows: years.map((y, i) => ({ header: String(y), cells: cells[i] })),
  });

  it('puts each baseline column beside its own, rows matched by year', () => {
    const current = table([2026, 2027, 2028], [['1', '2'], ['3', '4'], ['5', '6']]);
    const baseline = table([2027, 2028, 2029], [['30', '40'], ['50', '60'], ['70', '80']]);
    const out = withBaseline(current, baseline, 'Before');
    expect(out.columns).toEqual(['A (FTE)', 'A (FTE), baseline', 'B (USD)', 'B (USD), baseline']);
    expect(out.rows).toEqual([
      { header: '2026', cells: ['1', '–', '2', '–'] },
      { header: '2027', cells: ['3', '30', '4', '40'] },
      { header: '2028', cells: ['5', '50', '6', '60'] },
    ]);
    expect(out.caption).toBe('Per year. Columns marked “baseline” are the pinned scenario “Before”.');
  });

  it('matches columns by label, and leaves the table alone without a baseline', () => {
    const current = table([2026], [['1', '2']]);
    const baseline = table([2026], [['9']], ['B (USD)']);
    expect(withBaseline(current, baseline).rows[0].cells).toEqual(['1', '–', '2', '9']);
    expect(withBaseline(current, null)).toBe(current);
  });
});
