// A fan chart (PRODUCT.md capability 3, "uncertainty fans"): for one metric,
// the band from the 10th to the 90th percentile of the Monte Carlo's samples
// per year, their median, and the scenario's own (deterministic) run. Built on
// the shared year-chart layout; only the tooltip is the fan's own.
import type { Band } from '../../model/uncertainty/bands';
import { formatValue, formatYear, type ChartFormats, type ValueKind } from '../common/format';
import { column, unit, yearTable, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { layoutYearChart, type Values, type YearChartLayout } from '../common/yearChart';

export interface FanSpec {
  /** The metric's name (MODEL.md §5), for ids. */
  metric: string;
  label: string;
  kind: ValueKind;
  color: string;
  years: readonly number[];
  band: Band;
  /** The scenario's own run of the same metric. */
  deterministic: Values;
  width: number;
  fmt: ChartFormats;
  /** The main panel's height (an embed fills its frame with it); from the width by default. */
  main?: number;
}

/** A band value, NaN (no sample had a number) as null. */
const values = (a: Float64Array): (number | null)[] => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

export function fanValues(band: Band) {
  return { p10: values(band.p10), p50: values(band.p50), p90: values(band.p90) };
}

export const fanTitle = (label: string) => t('fan.title', { label });

export function fanLayout(spec: FanSpec): YearChartLayout {
  const { p10, p50, p90 } = fanValues(spec.band);
  const { years, fmt, kind } = spec;
  const layout = layoutYearChart({
    years,
    width: spec.width,
    fmt,
    main: spec.main,
    panels: [
      {
        id: spec.metric,
        title: column(spec.label, unit(kind, fmt)),
        kind,
        weight: 0.8,
        // Headcounts from 0; money around its values, or a band of a few per cent of the total would not show.
        zero: kind === 'count' || kind === 'output',
        // Drawn in this order: the band, then the median (dashed), then the scenario's own line on top.
        bands: [{ id: 'range', label: t('fan.range'), color: spec.color, lower: p10, upper: p90, values: p90 }],
        lines: [
          { id: 'p50', label: t('fan.median'), color: spec.color, values: p50, dash: '5 4', strokeWidth: 2 },
          { id: 'deterministic', label: t('chart.thisScenario'), color: spec.color, values: spec.deterministic },
        ],
      },
    ],
  });
  // The band's tooltip row would read only its top: show p90, median and p10 instead.
  const f = (v: number | null | undefined) => formatValue(kind, v ?? null, fmt);
  return {
    ...layout,
    tooltipAt: (i) => ({
      heading: formatYear(years[i]),
      rows: [
        { id: 'deterministic', label: t('chart.thisScenario'), color: spec.color, value: f(spec.deterministic[i]) },
        { id: 'p90', label: t('fan.p90'), value: f(p90[i]) },
        { id: 'p50', label: t('fan.p50'), value: f(p50[i]) },
        { id: 'p10', label: t('fan.p10'), value: f(p10[i]) },
      ],
    }),
  };
}

/** One sentence: the final year's spread against the scenario's own value. */
export function fanDescription(spec: Pick<FanSpec, 'label' | 'kind' | 'years' | 'band' | 'deterministic' | 'fmt'>, samples: number): string {
  const last = spec.years.length - 1;
  const { p10, p50, p90 } = fanValues(spec.band);
  const f = (v: number | null | undefined) => formatValue(spec.kind, v ?? null, spec.fmt);
  const n = formatValue('count', samples, spec.fmt);
  const values = { label: spec.label, year: String(spec.years[last]), samples: n, own: f(spec.deterministic[last]), median: f(p50[last]) };
  if (p10[last] !== null && p10[last] === p90[last]) return t('fan.descriptionFlat', values);
  return t('fan.description', { ...values, low: f(p10[last]), high: f(p90[last]) });
}

export function fanTable(spec: Pick<FanSpec, 'label' | 'kind' | 'years' | 'band' | 'deterministic' | 'fmt'>): TableModel {
  const { p10, p50, p90 } = fanValues(spec.band);
  const u = unit(spec.kind, spec.fmt);
  return yearTable(
    t('fan.caption', { label: spec.label }),
    spec.years,
    [
      { label: column(t('fan.column.p10'), u), kind: spec.kind, values: p10 },
      { label: column(t('fan.column.p50'), u), kind: spec.kind, values: p50 },
      { label: column(t('fan.column.p90'), u), kind: spec.kind, values: p90 },
      { label: column(t('chart.thisScenario'), u), kind: spec.kind, values: spec.deterministic },
    ],
    spec.fmt,
  );
}
