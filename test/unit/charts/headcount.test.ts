import { describe, expect, it } from 'vitest';
import { headcountLayout, headcountTable } from '../../../src/charts/headcount/layout';
import { FMT, HEADCOUNT, row } from './fixtures';

describe('headcount layout', () => {
  const layout = headcountLayout(HEADCOUNT, null, 600, FMT);
  const panel = layout.panels[0];

  it('the value scale covers every series, from zero', () => {
    const [lo, hi] = panel.y.domain();
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(40);
    for (const line of panel.lines) for (const p of line.points) expect(p!.y).toBeGreaterThanOrEqual(panel.bounds.top - 1e-9);
  });

  it('places one column per year, first and last year at the plot edges', () => {
    expect(layout.columns).toHaveLength(3);
    expect(layout.columns[0]).toBeCloseTo(panel.bounds.left, 9);
    expect(layout.columns[2]).toBeCloseTo(panel.bounds.right, 9);
    expect(layout.xAxis.ticks.map((t) => t.label)).toEqual(['2026', '2027', '2028']);
  });

  it('draws engineers, required and planned, and the roles-at-risk band', () => {
    expect(panel.lines.map((l) => l.id)).toEqual(['engineers', 'required', 'planned']);
    expect(panel.bands[0].d).toMatch(/^M/);
    // 2027: engineers 40 at y(40), required 30 at y(30).
    expect(panel.lines[0].points[1]!.y).toBeCloseTo(panel.y(40), 9);
    expect(panel.lines[1].points[1]!.y).toBeCloseTo(panel.y(30), 9);
  });

  it('draws hires and layoffs per year in a panel of their own, and the table has them', () => {
    const rows = HEADCOUNT.map((r, i) => ({ ...r, hires: i === 1 ? 3 : 0, layoffs: i === 2 ? 2 : 0 }));
    const flows = headcountLayout(rows, null, 600, FMT).panels[1];
    expect(flows.id).toBe('flows');
    expect(flows.title).toBe('Hires and layoffs a year (FTE)');
    expect(flows.lines.map((l) => [l.id, l.label])).toEqual([['hires', 'Hires'], ['layoffs', 'Layoffs']]);
    expect(flows.lines[0].points[1]!.y).toBeCloseTo(flows.y(3), 9);
    expect(flows.lines[1].points[2]!.y).toBeCloseTo(flows.y(2), 9);
    const table = headcountTable(rows, FMT);
    const at = (label: string) => table.columns.findIndex((c) => c.startsWith(label));
    expect(table.rows.map((r) => [r.cells[at('Hires')], r.cells[at('Layoffs')]])).toEqual([['0', '0'], ['3', '0'], ['0', '2']]);
  });

  it('the tooltip lists every series for the year', () => {
    const tip = layout.tooltipAt(2);
    expect(tip.heading).toBe('2028');
    expect(tip.rows.map((r) => [r.label, r.value])).toEqual([
      ['Engineers', '36'],
      ['Required', '25'],
      ['Planned', '22'],
      ['Roles at risk', '11'],
      ['Hires', '0'],
      ['Layoffs', '0'],
      ['Jobs change since start', '-4'],
    ]);
  });

  it('compare mode: the baseline gets a path and widens the scale', () => {
    const base = HEADCOUNT.map((r) => row(r.year, { engineers: 80, required: 60, planned: 60 }));
    const compared = headcountLayout(HEADCOUNT, base, 600, FMT);
    expect(compared.panels[0].y.domain()[1]).toBeGreaterThanOrEqual(80);
    expect(compared.panels[0].lines[0].baselineD).toMatch(/^M/);
    expect(compared.legend.items.map((i) => i.label)).toContain('Baseline');
    expect(compared.tooltipAt(0).rows[0].baseline).toBe('80');
    expect(layout.panels[0].lines[0].baselineD).toBe('');
  });

  it('narrow screens: legend above the plot, at most the width', () => {
    const narrow = headcountLayout(HEADCOUNT, null, 320, FMT);
    expect(narrow.legend.items.every((i) => i.x < 320)).toBe(true);
    expect(narrow.panels[0].bounds.top).toBeGreaterThan(narrow.legend.height);
    expect(narrow.panels[0].bounds.right).toBeLessThanOrEqual(320);
  });

  it('the table has a row per year with formatted values', () => {
    const table = headcountTable(HEADCOUNT, FMT);
    expect(table.rows.map((r) => r.header)).toEqual(['2026', '2027', '2028']);
    expect(table.rows[1].cells.slice(0, 4)).toEqual(['40', '30', '28', '10']);
  });
});
