import { describe, expect, it } from 'vitest';
import type { Frontier, FrontierPoint } from '../../../src/model';
import { frontier } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';
import { frontierDescription, frontierLayout, frontierTable, frontierTableAt, stackLabels } from '../../../src/charts/frontier/layout';
import { withBaseline } from '../../../src/charts/common/table';
import { FMT } from './fixtures';

/** A hand-made sweep over 0 … 10,000: engineers 50 → 30, cost lowest at 4,000, back to the no-AI cost at 8,000. */
function handMade(beyond = false): Frontier {
  const point = (budget: number): FrontierPoint => {
    const b = budget / 1000;
    const totalCost = 1_000_000 + 10_000 * b * (b - 8); // 1.0M at 0 and at 8,000; minimum 840K at 4,000
    return { budget, engineersNeeded: 30 + 20 * Math.exp(-b / 2), totalCost, demand: 50, costPerOutput: totalCost / 50 };
  };
  const points = Array.from({ length: 11 }, (_, i) => point(i * 1000));
  return { year: 2030, points, current: point(2500), optimum: point(4000), breakEven: beyond ? points[10] : point(8000), breakEvenBeyondSweep: beyond, teams: [] };
}

describe('frontier layout', () => {
  const f = handMade();
  const layout = frontierLayout(f, null, 600, FMT);

  it('x runs from a zero budget to the end of the sweep', () => {
    expect(layout.x.domain()).toEqual([0, 10_000]);
    expect(layout.stops[0]).toBeCloseTo(layout.plot.left, 9);
    expect(layout.stops[10]).toBeCloseTo(layout.plot.right, 9);
  });

  it('marks the current, cost-minimising and break-even budgets at their x', () => {
    const at = Object.fromEntries(layout.markers.map((m) => [m.id, m]));
    expect(at.current.x).toBeCloseTo(layout.x(2500), 9);
    expect(at.optimum.x).toBeCloseTo(layout.x(4000), 9);
    expect(at.breakEven.x).toBeCloseTo(layout.x(8000), 9);
    // 25%, 40% and 80% of the way across the plot.
    expect((at.optimum.x - layout.plot.left) / layout.plot.width).toBeCloseTo(0.4, 9);
    expect(at.current.label).toBe('Now $2,500');
    expect(at.optimum.label).toBe('Lowest cost $4,000');
    expect(at.breakEven.label).toBe('Break-even $8,000');
  });

  it('the markers sit on the curves', () => {
    const optimum = layout.markers.find((m) => m.id === 'optimum')!;
    const [engineers, cost] = layout.panels;
    expect(optimum.dots[1].y).toBeCloseTo(cost.y(840_000), 6);
    expect(optimum.dots[0].y).toBeCloseTo(engineers.y(30 + 20 * Math.exp(-2)), 6);
  });

  it('scales cover the curves; cost is not forced to zero', () => {
    const [engineers, cost] = layout.panels;
    expect(engineers.y.domain()[0]).toBe(0);
    expect(engineers.y.domain()[1]).toBeGreaterThanOrEqual(50);
    expect(cost.y.domain()[0]).toBeLessThanOrEqual(840_000);
    expect(cost.y.domain()[0]).toBeGreaterThan(0);
    expect(cost.y.domain()[1]).toBeGreaterThanOrEqual(1_200_000);
    expect(layout.noAI.y).toBeCloseTo(cost.y(1_000_000), 9);
  });

  it('says when break-even lies beyond the sweep', () => {
    const beyond = frontierLayout(handMade(true), null, 600, FMT);
    const mark = beyond.markers.find((m) => m.id === 'breakEven')!;
    expect(mark.label).toBe('Break-even beyond $10,000');
    // At the right edge the label turns to end at the rule, inside the chart.
    expect(mark.anchor).toBe('end');
    expect(frontierDescription(handMade(true), 'USD', 'en-US')).toContain('even at $10,000, the end of the sweep');
    expect(frontierDescription(f, 'USD', 'en-US')).toContain('above $8,000 it costs more than no AI');
  });

  it('labels that would overlap go to separate rows', () => {
    expect(stackLabels([{ x: 0, width: 50, anchor: 'start' }, { x: 20, width: 50, anchor: 'start' }, { x: 200, width: 50, anchor: 'start' }])).toEqual([0, 1, 0]);
    // At 320 px, "Now" and "Lowest cost" are 24 px apart: two rows.
    const narrow = frontierLayout(f, null, 320, FMT);
    const rows = new Set(narrow.markers.filter((m) => m.id !== 'breakEven').map((m) => m.labelY));
    expect(rows.size).toBe(2);
    for (const m of narrow.markers) expect(m.anchor === 'start' ? m.labelX : m.labelX).toBeLessThanOrEqual(320);
  });

  it('the default scenario’s markers sit at the engine’s budgets', () => {
    const real = frontier(loadScenario({}));
    const l = frontierLayout(real, null, 800, FMT);
    for (const m of l.markers) expect(m.x).toBeCloseTo(l.x(real[m.id].budget), 9);
    expect(l.tooltipAt(0).heading).toBe('Token budget $0 per engineer-year');
  });

  it('the table lists the sweep with the three marked budgets in order', () => {
    const table = frontierTable(f, FMT);
    const marked = table.rows.filter((r) => r.cells[3]);
    expect(marked.map((r) => [r.header, r.cells[3]])).toEqual([
      ['$2,500', 'now'],
      ['$4,000', 'lowest cost'],
      ['$8,000', 'break-even'],
    ]);
    expect(table.rows[0].cells).toEqual(['50', '$1,000,000', '$20,000', '']);
  });
});

describe('frontier table in compare mode (issue 9 point 4)', () => {
  // The baseline: a sweep over 0 … 5,000 only, engineers 60 falling by 2 per 1,000 (a straight line, so reading
  // it between grid points is exact), total cost 2.0M throughout, 40,000 per output.
  const baseline: Frontier = (() => {
    const point = (budget: number): FrontierPoint => ({ budget, engineersNeeded: 60 - (2 * budget) / 1000, totalCost: 2_000_000, demand: 50, costPerOutput: 40_000 });
    const points = Array.from({ length: 6 }, (_, i) => point(i * 1000));
    return { year: 2030, points, current: point(1000), optimum: point(0), breakEven: point(0), breakEvenBeyondSweep: false, teams: [] };
  })();
  const own = frontierTable(handMade(), FMT);
  const table = withBaseline(own, frontierTableAt(baseline, own.data!.keys, FMT));
  const row = (header: string) => table.rows.find((r) => r.header === header)!.cells;

  it('pairs each figure with the baseline and the change; the notes column stays single', () => {
    expect(table.columns).toEqual([
      'Engineers needed (FTE)', 'Engineers needed (FTE), baseline', 'Engineers needed (FTE), change',
      'Total cost (USD)', 'Total cost (USD), baseline', 'Total cost (USD), change',
      'Cost per output (USD)', 'Cost per output (USD), baseline', 'Cost per output (USD), change',
      'Marked',
    ]);
  });

  it('reads the baseline at the scenario’s budgets, between its grid points too, and writes each row’s change', () => {
    // At 0: 50 engineers against 60; 1.0M against 2.0M; 20,000 against 40,000 per output.
    expect(row('$0')).toEqual(['50', '60', '-10', '$1,000,000', '$2,000,000', '-$1,000,000', '$20,000', '$40,000', '-$20,000', '']);
    // At 2,500 ("now", between the baseline's 2,000 and 3,000): 30 + 20·e^−1.25 = 35.73 engineers against 55;
    // cost 1M + 10,000·2.5·(2.5 − 8) = 862,500 against 2.0M.
    expect(row('$2,500').slice(0, 5)).toEqual(['35.7', '55', '-19.3', '$862,500', '$2,000,000']);
    expect(row('$2,500')[9]).toBe('now');
  });

  it('has no baseline value past the end of the baseline’s sweep', () => {
    expect(row('$8,000').slice(0, 3)).toEqual(['30.4', '–', '–']);
  });
});

describe('frontier size', () => {
  it('is as tall as its panels and axis, never more', () => {
    const layout = frontierLayout(frontier(loadScenario({})), null, 420, FMT);
    expect(layout.height).toBeLessThan(700);
    expect(layout.height).toBeGreaterThanOrEqual(layout.panels[1].bounds.bottom);
  });
});
