// Output: demand against what the engineers deliver, the shortfall shaded;
// below, the intensity asked of each engineer against the tools' multiplier
// (their ratio less 1 is the expectation gap, in the tooltip and table).
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatNumber, formatPercent } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type YearChartLayout } from '../common/yearChart';
import { column, unit, yearTable, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { metricLabel } from '../../ui/metricLabels';

export const title = () => t('chart.output.title');


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
        title: column(metricLabel('output'), unit('output', fmt)),
        kind: 'output',
        weight: 1,
        lines: [
          { id: 'demand', label: metricLabel('demand'), color: PALETTE.demand, dash: '6 4', values: col('demand'), baseline: base('demand') },
          { id: 'output', label: metricLabel('output'), color: PALETTE.output, values: col('output'), baseline: base('output') },
        ],
        bands: [{ id: 'shortfall', label: metricLabel('shortfall'), color: PALETTE.shortfall, lower: col('output'), upper: col('demand'), values: col('shortfall') }],
      },
      {
        id: 'intensity',
        title: column(t('chart.output.perEngineer'), unit('multiplier', fmt)),
        kind: 'multiplier',
        weight: 0.5,
        zero: false,
        // 1× is the pre-AI level both ratios are measured against.
        include: [1],
        lines: [
          { id: 'intensity', label: t('chart.output.intensity'), color: PALETTE.required, values: col('intensity'), baseline: base('intensity') },
          { id: 'multiplier', label: t('chart.output.multiplier'), color: PALETTE.tokens, values: col('multiplier'), baseline: base('multiplier') },
        ],
      },
    ],
    extras: [{ id: 'expectationGap', label: metricLabel('expectationGap'), kind: 'percent', values: col('expectationGap'), baseline: base('expectationGap') }],
  });
}

export function outputDescription(rows: readonly YearRow[], locale?: string): string {
  const last = rows[rows.length - 1];
  const gap = last.expectationGap;
  const values = { year: String(last.year), output: formatNumber(last.output, 1, locale), demand: formatNumber(last.demand, 1, locale) };
  if (gap === null) return t('chart.output.description', values);
  if (gap > 0.0005) return t('chart.output.descriptionOver', { ...values, gap: formatPercent(gap, 1, locale) });
  if (gap < -0.0005) return t('chart.output.descriptionUnder', { ...values, gap: formatPercent(-gap, 1, locale) });
  return t('chart.output.descriptionEven', values);
}

export function outputTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('output', fmt);
  return yearTable(
    t('chart.output.caption'),
    rows.map((r) => r.year),
    [
      { label: column(metricLabel('demand'), u), kind: 'output', values: rows.map((r) => r.demand) },
      { label: column(metricLabel('output'), u), kind: 'output', values: rows.map((r) => r.output) },
      { label: column(metricLabel('shortfall'), u), kind: 'output', values: rows.map((r) => r.shortfall) },
      { label: column(metricLabel('intensity'), unit('multiplier', fmt)), kind: 'multiplier', values: rows.map((r) => r.intensity) },
      { label: column(metricLabel('multiplier'), unit('multiplier', fmt)), kind: 'multiplier', values: rows.map((r) => r.multiplier) },
      { label: column(metricLabel('expectationGap'), unit('percent', fmt)), kind: 'percent', values: rows.map((r) => r.expectationGap) },
    ],
    fmt,
  );
}
