// The fan chart's layout: p10–p90 band, median and the scenario's own line on
// the shared year-chart geometry; its tooltip, table and sentence.
import { describe, expect, it } from 'vitest';
import { fanDescription, fanLayout, fanTable, fanTitle, type FanSpec } from '../../../src/charts/fan/layout';
import { FMT } from './fixtures';

const band = { p10: new Float64Array([10, 8, 6]), p50: new Float64Array([10, 10, 10]), p90: new Float64Array([10, 12, 14]) };

const spec: FanSpec = {
  metric: 'rolesAtRisk',
  label: 'Roles at risk',
  kind: 'count',
  color: '#E69F00',
  years: [2026, 2027, 2028],
  band,
  deterministic: [10, 10, 11],
  width: 400,
  fmt: FMT,
};

describe('fan layout', () => {
  const layout = fanLayout(spec);
  const panel = layout.panels[0];

  it('draws the band from p10 to p90, the median dashed and the scenario’s own line, on a scale from 0', () => {
    expect(panel.y.domain()[0]).toBe(0);
    expect(panel.y.domain()[1]).toBeGreaterThanOrEqual(14);
    expect(panel.lines.map((l) => [l.id, l.dash])).toEqual([['p50', '5 4'], ['deterministic', undefined]]);
    // The scenario's line passes through (x of each year, y of its value).
    const own = panel.lines[1].points;
    expect(own.map((p) => p!.x)).toEqual(layout.columns);
    expect(own[2]!.y).toBeCloseTo(panel.y(11), 6);
    // The band's outline: along p90 (upper edge) and back along p10; its extreme ys are y(14) and y(6).
    const ys = [...panel.bands[0].d.matchAll(/[ML,]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...ys)).toBeCloseTo(panel.y(14), 0);
    expect(Math.max(...ys)).toBeCloseTo(panel.y(6), 0);
    expect(layout.legend.items.map((i) => i.label)).toEqual(['Median of samples', 'This scenario', '80% of samples (p10–p90)']);
  });

  it('reads a year in the tooltip: the scenario, p90, median, p10', () => {
    expect(layout.tooltipAt(2)).toEqual({
      heading: '2028',
      rows: [
        { id: 'deterministic', label: 'This scenario', color: '#E69F00', value: '11' },
        { id: 'p90', label: 'High (p90)', value: '14' },
        { id: 'p50', label: 'Median (p50)', value: '10' },
        { id: 'p10', label: 'Low (p10)', value: '6' },
      ],
    });
  });

  it('has a table with the three percentiles and the scenario’s run, and a title', () => {
    const table = fanTable(spec);
    expect(table.columns).toEqual(['Low, p10 (FTE)', 'Median, p50 (FTE)', 'High, p90 (FTE)', 'This scenario (FTE)']);
    expect(table.rows[1]).toEqual({ header: '2027', cells: ['8', '10', '12', '10'] });
    expect(fanTitle('Roles at risk')).toBe('Roles at risk: range of outcomes');
  });

  it('says the final year’s spread in one sentence, or that nothing moves it', () => {
    expect(fanDescription(spec, 1000)).toBe(
      'Roles at risk in 2028: 8 in 10 of 1,000 samples lie between 6 and 14 (median 10); this scenario’s own run gives 11.',
    );
    const flat = { ...spec, band: { p10: new Float64Array([40, 40, 40]), p50: new Float64Array([40, 40, 40]), p90: new Float64Array([40, 40, 40]) }, deterministic: [40, 40, 40] };
    expect(fanDescription(flat, 2000)).toBe("Roles at risk in 2028: all 2,000 samples give 40, the ranged inputs do not move it; this scenario’s own run gives 40.");
  });

  it('a year without a number (NaN in every sample) is a gap, shown as a dash', () => {
    const gap = { ...spec, band: { p10: new Float64Array([NaN, 8, 6]), p50: new Float64Array([NaN, 10, 10]), p90: new Float64Array([NaN, 12, 14]) } };
    const l = fanLayout(gap);
    expect(l.panels[0].lines[0].points[0]).toBeNull();
    expect(l.panels[0].lines[0].d.startsWith(`M${Math.round(l.columns[1] * 10) / 10}`)).toBe(true);
    expect(fanTable(gap).rows[0].cells.slice(0, 3)).toEqual(['–', '–', '–']);
  });
});

describe('fan scale', () => {
  it('starts headcounts at 0 but fits money to its values, so a narrow band still shows', () => {
    const money = fanLayout({
      ...spec,
      kind: 'money',
      band: { p10: new Float64Array([1.0e7, 1.05e7, 1.1e7]), p50: new Float64Array([1.0e7, 1.07e7, 1.14e7]), p90: new Float64Array([1.0e7, 1.09e7, 1.18e7]) },
      deterministic: [1.0e7, 1.06e7, 1.13e7],
    });
    expect(money.panels[0].y.domain()[0]).toBeGreaterThan(5e6);
    expect(fanLayout(spec).panels[0].y.domain()[0]).toBe(0);
  });
});
