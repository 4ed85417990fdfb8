// Cost stack: salaries, bonuses, equity, on-costs, other costs per head, the
// one-off costs of layoffs and hires, and tokens per year, stacked (d3-shape
// stack) so each bar's top is the year's totalCost (MODEL.md §3).
import { stack } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import type { YearRow } from '../../model';
import { Bounds } from '../common/bounds';
import { formatValue, formatYear, type ChartFormats } from '../common/format';
import type { LegendItem, LegendModel } from '../common/legend';
import { axisWidth, tickCount, valueAxis, valueDomain, yearAxis, yearScale, yScale, type AxisModel } from '../common/scales';
import { column, unit, yearTable, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { metricLabel } from '../../ui/metricLabels';
import { mainPanelHeight, PANEL_TITLE, placeLegend, X_AXIS, type TooltipModel, type TooltipRow } from '../common/yearChart';
import { formatMoney } from '../../ui/format';
import { PALETTE } from '../palette';

export const title = () => t('chart.costs.title');

/** Bottom to top: pay first, then other costs and one-off costs, tokens on top where their growth shows. */
export const COST_KEYS = ['salaryCost', 'bonusCost', 'equityCost', 'onCost', 'otherCost', 'severanceCost', 'hiringCost', 'tokenCost'] as const;
export type CostKey = (typeof COST_KEYS)[number];

const series = (key: CostKey, color: string) => ({
  // A getter: the label in the reader's language ("Tokens" is the chart's short name for token cost).
  get label() {
    return key === 'tokenCost' ? t('chart.costs.tokens') : metricLabel(key);
  },
  color,
});

export const COST_SERIES: Record<CostKey, { readonly label: string; color: string }> = {
  salaryCost: series('salaryCost', PALETTE.salary),
  bonusCost: series('bonusCost', PALETTE.bonus),
  equityCost: series('equityCost', PALETTE.equity),
  onCost: series('onCost', PALETTE.onCost),
  otherCost: series('otherCost', PALETTE.otherCost),
  severanceCost: series('severanceCost', PALETTE.severance),
  hiringCost: series('hiringCost', PALETTE.hiring),
  tokenCost: series('tokenCost', PALETTE.tokens),
};

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Stack bounds in currency: [bottom, top]. */
  y0: number;
  y1: number;
}

export interface CostLayer {
  id: CostKey;
  label: string;
  color: string;
  bars: Bar[];
}

export interface CostsLayout {
  width: number;
  height: number;
  legend: LegendModel;
  bounds: Bounds;
  y: ScaleLinear<number, number>;
  yAxis: AxisModel;
  xAxis: AxisModel;
  columns: number[];
  plot: Bounds;
  layers: CostLayer[];
  /** Top of each bar (totalCost), for the cursor. */
  tops: number[];
  /** Compare mode: a dashed mark at the baseline's total over each bar; '' otherwise. */
  baselineD: string;
  tooltipAt(index: number): TooltipModel;
}

/** The cost lines that are not 0 in every year (of the run or its baseline): a line of zeros only crowds the legend. */
export function shownKeys(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined): CostKey[] {
  const used = (k: CostKey) => rows.some((r) => (r[k] ?? 0) !== 0) || (baseline ?? []).some((r) => (r[k] ?? 0) !== 0);
  const keys = COST_KEYS.filter(used);
  return keys.length ? keys : ['salaryCost'];
}

/** `mainHeight`: the plot's height (default from the width; an embed fills its frame with it). */
export function costsLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, mainHeight?: number): CostsLayout {
  const years = rows.map((r) => r.year);
  const keys = shownKeys(rows, baseline);

  // 1. Series: the stack, in currency.
  const stacked = stack<YearRow, CostKey>()
    .keys(keys)
    .value((row, key) => row[key] ?? 0)(rows as YearRow[]);

  // 2. Sized: legend, then one panel.
  const items: LegendItem[] = keys.map((k) => ({ id: k, label: COST_SERIES[k].label, color: COST_SERIES[k].color, symbol: 'bar' }));
  if (baseline) items.push({ id: 'baseline', label: t('chart.costs.baselineTotal'), color: PALETTE.baseline, symbol: 'dashed' });
  const [legend, box0] = placeLegend(items, width, Number.MAX_SAFE_INTEGER);
  const main = mainHeight ?? mainPanelHeight(width);
  const height = Math.round(box0.top + PANEL_TITLE + main + X_AXIS);
  const plotBox = new Bounds(box0.x, box0.top + PANEL_TITLE, box0.width, main);
  const tops = stacked[stacked.length - 1].map((d) => d[1]);
  const count = tickCount(main, 44, 2, 6);
  const y = yScale(valueDomain([tops, (baseline ?? []).map((r) => r.totalCost)]), plotBox, count);
  const yAxis = valueAxis(y, count, 'money', fmt, column(t('chart.costs.axis'), unit('money', fmt)));

  // 3. Placed: band positions, bars, the baseline marks.
  const bounds = plotBox.pad({ left: Math.ceil(axisWidth(yAxis)) + 8, right: 8 });
  const x = yearScale(years, bounds, true);
  const columns = years.map((yr) => x(yr));
  const step = years.length > 1 ? columns[1] - columns[0] : bounds.width;
  const barWidth = Math.max(2, Math.min(56, step * 0.7));
  const layers: CostLayer[] = stacked.map((s) => ({
    id: s.key,
    label: COST_SERIES[s.key].label,
    color: COST_SERIES[s.key].color,
    bars: s.map((d, i) => ({
      x: columns[i] - barWidth / 2,
      y: y(d[1]),
      width: barWidth,
      height: Math.max(0, y(d[0]) - y(d[1])),
      y0: d[0],
      y1: d[1],
    })),
  }));
  const half = Math.min(step / 2, barWidth / 2 + 4);
  const baselineD = baseline
    ? baseline
        .map((r, i) => (r.totalCost === null || i >= columns.length ? '' : `M${columns[i] - half},${y(r.totalCost)}H${columns[i] + half}`))
        .join('')
    : '';

  function tooltipAt(index: number): TooltipModel {
    const row = rows[index];
    const base = baseline?.[index];
    const money = (v: number | null | undefined) => (v === undefined ? undefined : formatValue('money', v, fmt));
    const out: TooltipRow[] = [...keys]
      .reverse()
      .map((k) => ({ id: k, label: COST_SERIES[k].label, color: COST_SERIES[k].color, value: money(row[k])!, baseline: base ? money(base[k]) : undefined }));
    out.push({ id: 'totalCost', label: t('chart.costs.total'), value: money(row.totalCost)!, baseline: base ? money(base.totalCost) : undefined });
    out.push({ id: 'costPerOutput', label: metricLabel('costPerOutput'), value: money(row.costPerOutput)!, baseline: base ? money(base.costPerOutput) : undefined });
    out.push({ id: 'costPerDemandMet', label: metricLabel('costPerDemandMet'), value: money(row.costPerDemandMet)!, baseline: base ? money(base.costPerDemandMet) : undefined });
    return { heading: formatYear(row.year), rows: out };
  }

  const xAxis = yearAxis(x, bounds.width);
  return { width, height, legend, bounds, y, yAxis, xAxis, columns, plot: bounds, layers, tops: tops.map((t) => y(t)), baselineD, tooltipAt };
}

export function costsDescription(rows: readonly YearRow[], currency: string, locale?: string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const m = (v: number | null) => formatMoney(v, currency, locale, true);
  const share = last.totalCost ? (last.tokenCost ?? 0) / last.totalCost : null;
  const values = {
    from: m(first.totalCost),
    start: String(first.year),
    to: m(last.totalCost),
    end: String(last.year),
    cpo: formatMoney(last.costPerOutput, currency, locale),
  };
  return share === null
    ? t('chart.costs.description', values)
    : t('chart.costs.descriptionTokens', { ...values, share: formatValue('percent', share, { currency, locale }) });
}

export function costsTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('money', fmt);
  return yearTable(
    t('chart.costs.caption'),
    rows.map((r) => r.year),
    [
      ...shownKeys(rows, null).map((k) => ({ label: column(COST_SERIES[k].label, u), kind: 'money' as const, values: rows.map((r) => r[k]) })),
      { label: column(metricLabel('totalCost'), u), kind: 'money', values: rows.map((r) => r.totalCost) },
      { label: column(metricLabel('costPerOutput'), u), kind: 'money', values: rows.map((r) => r.costPerOutput) },
      { label: column(metricLabel('costPerDemandMet'), u), kind: 'money', values: rows.map((r) => r.costPerDemandMet) },
    ],
    fmt,
  );
}
