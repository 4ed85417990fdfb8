// Headcount: engineers employed, engineers required to meet demand, the plan
// management staffs to, and roles at risk (engineers above required), per year;
// under them the flows that move the headcount, hires and layoffs (MODEL.md §5).
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatNumber } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type LineSpec, type YearChartLayout } from '../common/yearChart';
import { column, unit, yearTable, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { metricLabel } from '../../ui/metricLabels';

export const title = () => t('chart.headcount.title');

export function headcountLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, main?: number): YearChartLayout {
  const { col, base } = rowColumns(rows, baseline);
  const line = (id: 'engineers' | 'required' | 'planned', label: string, color: string, dash?: string): LineSpec => ({
    id,
    label,
    color,
    dash,
    values: col(id),
    baseline: base(id),
  });
  return layoutYearChart({
    years: rows.map((r) => r.year),
    width,
    fmt,
    main,
    panels: [
      {
        id: 'headcount',
        title: t('chart.axis', { label: metricLabel('engineers'), unit: unit('count', fmt) }),
        kind: 'count',
        weight: 1,
        lines: [
          line('engineers', metricLabel('engineers'), PALETTE.engineers),
          line('required', t('chart.headcount.required'), PALETTE.required),
          // Dashed: the plan is a what-if; only distinguishable from "required" when it differs.
          line('planned', t('chart.headcount.planned'), PALETTE.planned, '6 4'),
        ],
        bands: [
          {
            id: 'rolesAtRisk',
            label: metricLabel('rolesAtRisk'),
            color: PALETTE.atRisk,
            lower: col('required'),
            upper: col('engineers'),
            values: col('rolesAtRisk'),
          },
        ],
      },
      {
        id: 'flows',
        title: t('chart.axis', { label: t('chart.headcount.flows'), unit: unit('count', fmt) }),
        kind: 'count',
        weight: 0.45,
        lines: [
          { id: 'hires', label: metricLabel('hires'), color: PALETTE.hiring, values: col('hires'), baseline: base('hires') },
          // Dashed as well as coloured: the two flows stay apart in grey print.
          { id: 'layoffs', label: metricLabel('layoffs'), color: PALETTE.severance, dash: '6 4', values: col('layoffs'), baseline: base('layoffs') },
        ],
      },
    ],
    extras: [
      { id: 'jobsChange', label: t('chart.headcount.jobsChange'), kind: 'count', values: col('jobsChange'), baseline: base('jobsChange') },
    ],
  });
}

export function headcountDescription(rows: readonly YearRow[], locale?: string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const n = (v: number | null) => formatNumber(v, 1, locale);
  const risk = last.rolesAtRisk ?? 0;
  return t('chart.headcount.description', {
    from: n(first.engineers),
    start: String(first.year),
    to: n(last.engineers),
    end: String(last.year),
    required: n(last.required),
    // The plural form of the number as shown (one decimal).
    r: Number(risk.toFixed(1)),
    roles: n(last.rolesAtRisk),
  });
}

export function headcountTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('count', fmt);
  return yearTable(
    t('chart.headcount.caption'),
    rows.map((r) => r.year),
    [
      { label: column(metricLabel('engineers'), u), kind: 'count', values: rows.map((r) => r.engineers) },
      { label: column(t('chart.headcount.required'), u), kind: 'count', values: rows.map((r) => r.required) },
      { label: column(t('chart.headcount.planned'), u), kind: 'count', values: rows.map((r) => r.planned) },
      { label: column(metricLabel('rolesAtRisk'), u), kind: 'count', values: rows.map((r) => r.rolesAtRisk) },
      { label: column(metricLabel('managers'), u), kind: 'count', values: rows.map((r) => r.managers) },
      { label: column(metricLabel('specialists'), u), kind: 'count', values: rows.map((r) => r.specialists) },
      { label: column(metricLabel('jobsChange'), u), kind: 'count', values: rows.map((r) => r.jobsChange) },
      { label: column(metricLabel('hires'), u), kind: 'count', values: rows.map((r) => r.hires) },
      { label: column(metricLabel('layoffs'), u), kind: 'count', values: rows.map((r) => r.layoffs) },
    ],
    fmt,
  );
}
