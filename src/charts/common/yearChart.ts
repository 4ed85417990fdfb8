// The shared layout of the charts over calendar years (headcount, pay, output):
// series → sized (legend, panels, margins) → placed (scales, paths, points).
// Pure: rows in, plain data out; the chart components only draw it.
import { line, area } from 'd3-shape';
import type { ScaleLinear } from 'd3-scale';
import { Bounds } from './bounds';
import { formatValue, formatYear, type ChartFormats, type ValueKind } from './format';
import { legendColumn, legendRows, type LegendItem, type LegendModel } from './legend';
import { axisWidth, tickCount, valueAxis, valueDomain, yearAxis, yearScale, yScale, type AxisModel } from './scales';
import { PALETTE } from '../palette';
import type { YearRow } from '../../model';
import { t } from '../../i18n';

export type Values = readonly (number | null)[];

/** A number metric of the year rows. */
type NumberMetric = { [K in keyof YearRow]: YearRow[K] extends number | null ? K : never }[keyof YearRow];

/**
 * Readers of one metric per year: `col(key)` from the scenario's rows,
 * `base(key)` from the pinned baseline's (undefined without one).
 */
export function rowColumns(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined) {
  return {
    col: (key: NumberMetric): Values => rows.map((r) => r[key]),
    base: (key: NumberMetric): Values | undefined => baseline?.map((r) => r[key]),
  };
}

export interface LineSpec {
  id: string;
  label: string;
  color: string;
  values: Values;
  /** The pinned baseline's values of the same series (compare mode). */
  baseline?: Values;
  dash?: string;
  strokeWidth?: number;
}

/** A shaded band where `upper` exceeds `lower` (roles at risk, shortfall). */
export interface BandSpec {
  id: string;
  label: string;
  color: string;
  lower: Values;
  upper: Values;
  /** The band's own size per year, for the tooltip and table. */
  values: Values;
}

export interface PanelSpec {
  id: string;
  /** Axis title with its unit, drawn above the panel. */
  title: string;
  kind: ValueKind;
  lines: LineSpec[];
  bands?: BandSpec[];
  /** Relative height: the main panel is 1. */
  weight: number;
  zero?: boolean;
  include?: number[];
}

/** A figure shown in the tooltip and table but not drawn. */
export interface ExtraSpec {
  id: string;
  label: string;
  kind: ValueKind;
  values: Values;
  baseline?: Values;
}

export interface YearChartSpec {
  years: readonly number[];
  panels: PanelSpec[];
  extras?: ExtraSpec[];
  width: number;
  fmt: ChartFormats;
  /** The main panel's height; by default from the width (mainPanelHeight). An embed sets it to fill its frame (fit.ts). */
  main?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacedLine {
  id: string;
  label: string;
  color: string;
  d: string;
  dash?: string;
  strokeWidth: number;
  /** Per year: the point, or null where the value is missing. */
  points: (Point | null)[];
  /** The baseline's path, '' when not comparing. */
  baselineD: string;
}

export interface PlacedBand {
  id: string;
  label: string;
  color: string;
  d: string;
}

export interface PlacedPanel {
  id: string;
  title: string;
  kind: ValueKind;
  /** The plotting area (ticks and title sit outside it). */
  bounds: Bounds;
  y: ScaleLinear<number, number>;
  yAxis: AxisModel;
  lines: PlacedLine[];
  bands: PlacedBand[];
}

export interface TooltipRow {
  id: string;
  label: string;
  color?: string;
  value: string;
  /** The baseline's value, when comparing. */
  baseline?: string;
}

export interface TooltipModel {
  heading: string;
  rows: TooltipRow[];
}

export interface YearChartLayout {
  width: number;
  height: number;
  legend: LegendModel;
  panels: PlacedPanel[];
  x: ScaleLinear<number, number>;
  xAxis: AxisModel;
  /** x of each year: the cursor's stops. */
  columns: number[];
  /** Spans every panel: pointer hit area and cursor rule. */
  plot: Bounds;
  tooltipAt(index: number): TooltipModel;
}

export const PANEL_TITLE = 22;
export const PANEL_GAP = 18;
export const X_AXIS = 24;
const LEGEND_GAP = 10;
/** At this width and above the legend moves beside the plot. */
export const WIDE = 640;

/** The height of the main panel: wide screens get a flatter aspect. */
export function mainPanelHeight(width: number): number {
  // At most 250: a full-width lead chart stays above the fold at 1366×768 (issue 9 point 3).
  return Math.round(Math.min(250, Math.max(190, width * 0.42)));
}

export function legendItems(panels: readonly PanelSpec[], comparing: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  for (const panel of panels) {
    for (const l of panel.lines) items.push({ id: l.id, label: l.label, color: l.color, symbol: l.dash ? 'dashed' : 'line' });
    for (const b of panel.bands ?? []) items.push({ id: b.id, label: b.label, color: b.color, symbol: 'area' });
  }
  if (comparing) items.push({ id: 'baseline', label: t('chart.baseline'), color: PALETTE.baseline, symbol: 'dashed' });
  return items;
}

const legends = new Map<string, [LegendModel, Bounds]>();

/**
 * Legend above (narrow) or beside (wide); returns the box left for the plot.
 * Cached: the items rarely change from one edit to the next.
 */
export function placeLegend(items: readonly LegendItem[], width: number, height: number): [LegendModel, Bounds] {
  const key = `${width}|${height}|${items.map((i) => `${i.id}:${i.label}:${i.color}:${i.symbol}`).join('|')}`;
  let placed = legends.get(key);
  if (!placed) {
    if (legends.size > 200) legends.clear();
    placed = computeLegend(items, width, height);
    legends.set(key, placed);
  }
  return placed;
}

function computeLegend(items: readonly LegendItem[], width: number, height: number): [LegendModel, Bounds] {
  const box = Bounds.ofSize(width, height);
  if (width >= WIDE) {
    const column = legendColumn(items);
    if (column.width <= width * 0.25) {
      // 8 px spare on the right: fonts wider than the estimate stay inside the SVG.
      const [rest, side] = box.splitRight(column.width + 8, 24);
      return [legendColumn(items, side.x, PANEL_TITLE), rest];
    }
  }
  const rows = legendRows(items, width);
  const [, rest] = box.splitTop(rows.height, rows.height ? LEGEND_GAP : 0);
  return [rows, rest];
}

const comparing = (spec: YearChartSpec) => spec.panels.some((p) => p.lines.some((l) => l.baseline));

export interface BandPoint {
  x: number;
  lo: number;
  hi: number;
}

/** Adds the points where two series cross, so a band closes exactly at the crossing; null where a value is missing. */
export function bandPoints(years: readonly number[], lower: Values, upper: Values): (BandPoint | null)[] {
  const out: (BandPoint | null)[] = [];
  for (let i = 0; i < years.length; i++) {
    const lo = lower[i];
    const hi = upper[i];
    if (lo === null || hi === null || lo === undefined || hi === undefined) {
      out.push(null);
      continue;
    }
    const prev = out[out.length - 1];
    if (i > 0 && prev) {
      const d0 = prev.hi - prev.lo;
      const d1 = hi - lo;
      if ((d0 > 0 && d1 < 0) || (d0 < 0 && d1 > 0)) {
        const t = d0 / (d0 - d1);
        const x = prev.x + t * (years[i] - prev.x);
        const v = prev.lo + t * (lo - prev.lo);
        out.push({ x, lo: v, hi: v });
      }
    }
    out.push({ x: years[i], lo, hi });
  }
  return out;
}

export function layoutYearChart(spec: YearChartSpec): YearChartLayout {
  const { years, panels, fmt, width } = spec;
  const compare = comparing(spec);

  // 1. Sized: the legend, then the panels' heights.
  const main = spec.main ?? mainPanelHeight(width);
  const weights = panels.map((p) => p.weight);
  const panelsHeight = weights.reduce((sum, w) => sum + Math.round(main * w) + PANEL_TITLE, 0) + PANEL_GAP * (panels.length - 1);
  const [legend, chartBox0] = placeLegend(legendItems(panels, compare), width, Number.MAX_SAFE_INTEGER);
  const height = Math.round(chartBox0.top + panelsHeight + X_AXIS);
  const chartBox = new Bounds(chartBox0.x, chartBox0.y, chartBox0.width, height - chartBox0.y);
  const [panelArea] = chartBox.splitBottom(X_AXIS);
  const boxes = panelArea.splitRows(panels.map((p) => Math.round(main * p.weight) + PANEL_TITLE), PANEL_GAP);

  // 2. Value scales per panel (they fix the tick labels, and so the left margin).
  const scaled = panels.map((panel, k) => {
    const plotBox = boxes[k].pad({ top: PANEL_TITLE });
    const values: Values[] = [];
    for (const l of panel.lines) values.push(l.values, l.baseline ?? []);
    for (const b of panel.bands ?? []) values.push(b.lower, b.upper);
    const count = tickCount(plotBox.height, 44, 2, 6);
    const y = yScale(valueDomain(values, { zero: panel.zero, include: panel.include }), plotBox, count);
    return { panel, plotBox, y, yAxis: valueAxis(y, count, panel.kind, fmt, panel.title) };
  });
  const left = Math.ceil(Math.max(...scaled.map((s) => axisWidth(s.yAxis)))) + 8;
  // Half of a centred year label overhangs the last column.
  const right = 16;

  // 3. Placed: the shared x scale, paths and points.
  const plotX = chartBox.pad({ left, right });
  const x = yearScale(years, plotX);
  const xAxis = yearAxis(x, plotX.width);
  const columns = years.map((yr) => x(yr));

  const placedPanels: PlacedPanel[] = scaled.map(({ panel, plotBox, y, yAxis }) => {
    const bounds = new Bounds(plotX.x, plotBox.y, plotX.width, plotBox.height);
    const path = line<number | null>()
      .digits(1)
      .defined((v) => v !== null)
      .x((_, i) => columns[i])
      .y((v) => y(v as number));
    const lines: PlacedLine[] = panel.lines.map((l) => ({
      id: l.id,
      label: l.label,
      color: l.color,
      dash: l.dash,
      strokeWidth: l.strokeWidth ?? 2.5,
      d: path(l.values as (number | null)[]) ?? '',
      points: l.values.map((v, i) => (v === null ? null : { x: columns[i], y: y(v) })),
      baselineD: l.baseline ? (path(l.baseline as (number | null)[]) ?? '') : '',
    }));
    const shade = area<BandPoint | null>()
      .digits(1)
      .defined((p) => p !== null)
      .x((p) => x(p!.x))
      .y0((p) => y(p!.lo))
      .y1((p) => y(Math.max(p!.hi, p!.lo)));
    const bands: PlacedBand[] = (panel.bands ?? []).map((b) => ({
      id: b.id,
      label: b.label,
      color: b.color,
      d: shade(bandPoints(years, b.lower, b.upper)) ?? '',
    }));
    return { id: panel.id, title: panel.title, kind: panel.kind, bounds, y, yAxis, lines, bands };
  });

  const plot = new Bounds(plotX.x, placedPanels[0].bounds.top, plotX.width, placedPanels[placedPanels.length - 1].bounds.bottom - placedPanels[0].bounds.top);

  function tooltipAt(index: number): TooltipModel {
    const rows: TooltipRow[] = [];
    const value = (kind: ValueKind, values: Values | undefined) => (values ? formatValue(kind, values[index] ?? null, fmt) : undefined);
    for (const panel of panels) {
      for (const l of panel.lines) rows.push({ id: l.id, label: l.label, color: l.color, value: value(panel.kind, l.values)!, baseline: value(panel.kind, l.baseline) });
      for (const b of panel.bands ?? []) rows.push({ id: b.id, label: b.label, color: b.color, value: value(panel.kind, b.values)! });
    }
    for (const e of spec.extras ?? []) rows.push({ id: e.id, label: e.label, value: value(e.kind, e.values)!, baseline: value(e.kind, e.baseline) });
    return { heading: formatYear(years[index]), rows };
  }

  return { width, height, legend, panels: placedPanels, x, xAxis, columns, plot, tooltipAt };
}
