// Output: demand against what the engineers deliver, the shortfall shaded;
// below, the intensity asked of each engineer against the tools' multiplier
// (their ratio less 1 is the expectation gap, in the tooltip and table).
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatNumber, formatPercent } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type YearChartLayout } from '../common/yearChart';
import { unit, yearTable, type TableModel } from '../common/table';

export const TITLE = 'Output, demand and workload';


export function outputLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, main?: number): YearChartLayout {
  const { col, base } = rowColumns(rows, baseline);
  return layoutYearChart({
    years: rows.map((r) => r.year),
    width,
    fmt,
    main,
    panels: [
      {
        id: 'output',
        // "Engineer-years of pre-AI work" is the output unit (defaults.ts: baseOutput 1).
        title: 'Output (engineer-years of pre-AI work)',
        kind: 'output',
        weight: 1,
        lines: [
          { id: 'demand', label: 'Demand', color: PALETTE.demand, dash: '6 4', values: col('demand'), baseline: base('demand') },
          { id: 'output', label: 'Output', color: PALETTE.output, values: col('output'), baseline: base('output') },
        ],
        bands: [{ id: 'shortfall', label: 'Shortfall', color: PALETTE.shortfall, lower: col('output'), upper: col('demand'), values: col('shortfall') }],
      },
      {
        id: 'intensity',
        title: 'Per engineer (× pre-AI)',
        kind: 'multiplier',
        weight: 0.5,
        zero: false,
        // 1× is the pre-AI level both ratios are measured against.
        include: [1],
        lines: [
          { id: 'intensity', label: 'Work asked (intensity)', color: PALETTE.required, values: col('intensity'), baseline: base('intensity') },
          { id: 'multiplier', label: 'Tools deliver (multiplier)', color: PALETTE.tokens, values: col('multiplier'), baseline: base('multiplier') },
        ],
      },
    ],
    extras: [{ id: 'expectationGap', label: 'Expectation gap', kind: 'percent', values: col('expectationGap'), baseline: base('expectationGap') }],
  });
}

export function outputDescription(rows: readonly YearRow[], locale?: string): string {
  const last = rows[rows.length - 1];
  const gap = last.expectationGap;
  const workload =
    gap === null
      ? ''
      : gap > 0.0005
        ? `; each engineer is asked for ${formatPercent(gap, 1, locale)} more than the tools deliver`
        : gap < -0.0005
          ? `; the tools deliver ${formatPercent(-gap, 1, locale)} more than is asked of each engineer`
          : '; the work asked matches what the tools deliver';
  return `In ${last.year} output is ${formatNumber(last.output, 1, locale)} against demand of ${formatNumber(last.demand, 1, locale)}${workload}.`;
}

export function outputTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('output', fmt);
  return yearTable(
    'Output and demand per year (engineer-years of pre-AI work), shortfall, intensity, multiplier and expectation gap',
    rows.map((r) => r.year),
    [
      { label: `Demand ${u}`, kind: 'output', values: rows.map((r) => r.demand) },
      { label: `Output ${u}`, kind: 'output', values: rows.map((r) => r.output) },
      { label: `Shortfall ${u}`, kind: 'output', values: rows.map((r) => r.shortfall) },
      { label: 'Intensity (× pre-AI)', kind: 'multiplier', values: rows.map((r) => r.intensity) },
      { label: 'Multiplier (× pre-AI)', kind: 'multiplier', values: rows.map((r) => r.multiplier) },
      { label: 'Expectation gap (%)', kind: 'percent', values: rows.map((r) => r.expectationGap) },
    ],
    fmt,
  );
}
