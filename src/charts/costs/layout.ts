// Cost stack: salaries, bonuses, equity, on-costs and tokens per year, stacked
// (d3-shape stack) so each bar's top is the year's totalCost.
import { stack } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import type { YearRow } from '../../model';
import { Bounds } from '../common/bounds';
import { formatValue, formatYear, type ChartFormats } from '../common/format';
import type { LegendItem, LegendModel } from '../common/legend';
import { axisWidth, tickCount, valueAxis, valueDomain, yearAxis, yearScale, yScale, type AxisModel } from '../common/scales';
import { unit, yearTable, type TableModel } from '../common/table';
import { mainPanelHeight, PANEL_TITLE, placeLegend, X_AXIS, type TooltipModel, type TooltipRow } from '../common/yearChart';
import { formatMoney } from '../../ui/format';
import { PALETTE } from '../palette';

export const TITLE = 'Cost per year: pay, on-costs and tokens';

/** Bottom to top: pay first, tokens on top where their growth shows. */
export const COST_KEYS = ['salaryCost', 'bonusCost', 'equityCost', 'onCost', 'tokenCost'] as const;
export type CostKey = (typeof COST_KEYS)[number];

export const COST_SERIES: Record<CostKey, { label: string; color: string }> = {
  salaryCost: { label: 'Salaries', color: PALETTE.salary },
  bonusCost: { label: 'Bonuses', color: PALETTE.bonus },
  equityCost: { label: 'Equity', color: PALETTE.equity },
  onCost: { label: 'On-costs', color: PALETTE.onCost },
  tokenCost: { label: 'Tokens', color: PALETTE.tokens },
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

/** `mainHeight`: the plot's height (default from the width; an embed fills its frame with it). */
export function costsLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, mainHeight?: number): CostsLayout {
  const years = rows.map((r) => r.year);

  // 1. Series: the stack, in currency.
  const stacked = stack<YearRow, CostKey>()
    .keys(COST_KEYS)
    .value((row, key) => row[key] ?? 0)(rows as YearRow[]);

  // 2. Sized: legend, then one panel.
  const items: LegendItem[] = COST_KEYS.map((k) => ({ id: k, label: COST_SERIES[k].label, color: COST_SERIES[k].color, symbol: 'bar' }));
  if (baseline) items.push({ id: 'baseline', label: 'Baseline total', color: PALETTE.baseline, symbol: 'dashed' });
  const [legend, box0] = placeLegend(items, width, Number.MAX_SAFE_INTEGER);
  const main = mainHeight ?? mainPanelHeight(width);
  const height = Math.round(box0.top + PANEL_TITLE + main + X_AXIS);
  const plotBox = new Bounds(box0.x, box0.top + PANEL_TITLE, box0.width, main);
  const tops = stacked[stacked.length - 1].map((d) => d[1]);
  const count = tickCount(main, 44, 2, 6);
  const y = yScale(valueDomain([tops, (baseline ?? []).map((r) => r.totalCost)]), plotBox, count);
  const yAxis = valueAxis(y, count, 'money', fmt, `Cost per year ${unit('money', fmt)}`);

  // 3. Placed: band positions, bars, the baseline marks.
  const bounds = plotBox.pad({ left: Math.ceil(axisWidth(yAxis)) + 8, right: 8 });
  const x = yearScale(years, bounds, true);
  const columns = years.map((yr) => x(yr));
  const step = years.length > 1 ? columns[1] - columns[0] : bounds.width;
  const barWidth = Math.max(2, Math.min(56, step * 0.7));
  const layers: CostLayer[] = stacked.map((s) => ({
    id: s.key,
    ...COST_SERIES[s.key],
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
    const out: TooltipRow[] = [...COST_KEYS]
      .reverse()
      .map((k) => ({ id: k, label: COST_SERIES[k].label, color: COST_SERIES[k].color, value: money(row[k])!, baseline: base ? money(base[k]) : undefined }));
    out.push({ id: 'totalCost', label: 'Total', value: money(row.totalCost)!, baseline: base ? money(base.totalCost) : undefined });
    out.push({ id: 'costPerOutput', label: 'Cost per output', value: money(row.costPerOutput)!, baseline: base ? money(base.costPerOutput) : undefined });
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
  const tokens = share === null ? '' : `; tokens are ${formatValue('percent', share, { currency, locale })} of it`;
  return `Total cost goes from ${m(first.totalCost)} in ${first.year} to ${m(last.totalCost)} in ${last.year}${tokens}; cost per output ${formatMoney(last.costPerOutput, currency, locale)}.`;
}

export function costsTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('money', fmt);
  return yearTable(
    'Cost per year by component, total cost and cost per unit of output',
    rows.map((r) => r.year),
    [
      ...COST_KEYS.map((k) => ({ label: `${COST_SERIES[k].label} ${u}`, kind: 'money' as const, values: rows.map((r) => r[k]) })),
      { label: `Total cost ${u}`, kind: 'money', values: rows.map((r) => r.totalCost) },
      { label: `Cost per output ${u}`, kind: 'money', values: rows.map((r) => r.costPerOutput) },
    ],
    fmt,
  );
}
