// The trade-off frontier (MODEL.md §6) for one year: engineers needed and total
// cost against the token budget per engineer, at full adoption. Rules mark the
// scenario's budget, the cost-minimising budget and the break-even budget.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { bisectCenter } from 'd3-array';
import type { Frontier, FrontierPoint } from '../../model';
import { Bounds } from '../common/bounds';
import { formatValue, type ChartFormats } from '../common/format';
import { legendRows, type LegendModel } from '../common/legend';
import { axisWidth, moneyXAxis, tickCount, valueAxis, valueDomain, yScale, type AxisModel } from '../common/scales';
import { textWidth, LABEL_SIZE } from '../common/text';
import { linearMap, polylinePath } from '../common/path';
import { column, unit, type TableColumn, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { metricLabel } from '../../ui/metricLabels';
import { mainPanelHeight, PANEL_GAP, PANEL_TITLE, type PlacedPanel, type TooltipModel, type TooltipRow } from '../common/yearChart';
import { formatNumber } from '../../ui/format';
import { PALETTE } from '../palette';

export const title = (year: number) => t('chart.frontier.title', { year: String(year) });

export type MarkerId = 'current' | 'optimum' | 'breakEven';

export const MARKER_COLORS: Record<MarkerId, string> = {
  current: PALETTE.ink,
  optimum: PALETTE.tokens,
  breakEven: PALETTE.required,
};

export interface Marker {
  id: MarkerId;
  budget: number;
  x: number;
  label: string;
  color: string;
  /** Label anchor point and side. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** Where the marker meets each curve. */
  dots: { x: number; y: number }[];
}

export interface FrontierLayout {
  width: number;
  height: number;
  legend: LegendModel;
  x: ScaleLinear<number, number>;
  xAxis: AxisModel;
  panels: PlacedPanel[];
  markers: Marker[];
  /** The rules span from the top of the label strip to the bottom of the last panel. */
  ruleTop: number;
  /** The cost of spending nothing on tokens: the break-even line in the cost panel. */
  noAI: { y: number; x1: number; x2: number; labelY: number };
  stops: number[];
  step: number;
  plot: Bounds;
  beyond: boolean;
  tooltipAt(index: number): TooltipModel;
}

const LABEL_ROW = 16;
const X_AXIS_FRONTIER = 42;

/** Greedy rows: each label takes the first row where it does not overlap a label already there. */
export function stackLabels(labels: { x: number; width: number; anchor: 'start' | 'end' }[], gap = 8): number[] {
  const rows: [number, number][][] = [];
  return labels.map((l) => {
    const a = l.anchor === 'start' ? l.x : l.x - l.width;
    const b = a + l.width;
    let r = 0;
    while (rows[r]?.some(([c, d]) => a < d + gap && c < b + gap)) r++;
    (rows[r] ??= []).push([a, b]);
    return r;
  });
}

function markerLabel(id: MarkerId, budget: number, beyond: boolean, fmt: ChartFormats): string {
  const money = formatValue('money', budget, fmt);
  if (id === 'current') return t('chart.frontier.now', { money });
  if (id === 'optimum') return t('chart.frontier.lowest', { money });
  return beyond ? t('chart.frontier.breakEvenBeyond', { money }) : t('chart.frontier.breakEven', { money });
}

/** Each of the frontier's two panels: flatter than a year chart's. */
export const frontierPanelHeight = (width: number) => Math.round(mainPanelHeight(width) * 0.72);

/** `mainHeight`: each panel's height (default from the width; an embed fills its frame with it). */
export function frontierLayout(f: Frontier, baseline: Frontier | null | undefined, width: number, fmt: ChartFormats, mainHeight?: number): FrontierLayout {
  const points = f.points;
  const last = points[points.length - 1].budget;
  const beyond = f.breakEvenBeyondSweep;

  // 1. Sized: legend (only the baseline needs one: panels and markers are labelled), marker labels, panels.
  const legend = baseline ? legendRows([{ id: 'baseline', label: t('chart.baseline'), color: PALETTE.baseline, symbol: 'dashed' }], width) : legendRows([], width);
  const box = Bounds.ofSize(width, Number.MAX_SAFE_INTEGER).pad({ top: legend.height ? legend.height + 8 : 0 });
  const main = mainHeight ?? frontierPanelHeight(width);

  // Value scales first: their tick labels fix the left margin.
  const sweeps = baseline ? [points, baseline.points] : [points];
  const count = tickCount(main, 40, 2, 5);
  const tmp = new Bounds(0, 0, 1, main);
  const yE0 = yScale(valueDomain(sweeps.map((ps) => ps.map((p) => p.engineersNeeded))), tmp, count);
  // Cost is not zero-based: the differences between budgets are the point of the panel.
  const yC0 = yScale(valueDomain(sweeps.map((ps) => ps.map((p) => p.totalCost)), { zero: false }), tmp, count);
  const axisE = valueAxis(yE0, count, 'count', fmt, column(metricLabel('required'), unit('count', fmt)));
  const axisC = valueAxis(yC0, count, 'money', fmt, column(t('chart.frontier.costAxis'), unit('money', fmt)));
  const left = Math.ceil(Math.max(axisWidth(axisE), axisWidth(axisC))) + 8;
  const plotX = box.pad({ left, right: 12 });
  const x = scaleLinear()
    .domain([0, Math.max(last, baseline?.points[baseline.points.length - 1].budget ?? 0)])
    .range([plotX.left, plotX.right]);

  // Marker labels above the first panel, stacked where they would collide.
  const ids: MarkerId[] = ['current', 'optimum', 'breakEven'];
  const raw = ids.map((id) => {
    const p: FrontierPoint = f[id];
    const label = markerLabel(id, p.budget, id === 'breakEven' && beyond, fmt);
    const w = textWidth(label, LABEL_SIZE, true);
    const px = x(p.budget);
    // Turn a label that would run off the chart to end at its rule.
    const anchor: 'start' | 'end' = px + 4 + w > width ? 'end' : 'start';
    return { id, p, label, w, px, anchor, lx: anchor === 'start' ? px + 4 : px - 4 };
  });
  const rows = stackLabels(raw.map((m) => ({ x: m.lx, width: m.w, anchor: m.anchor })));
  const strip = (Math.max(...rows) + 1) * LABEL_ROW + 4;

  const [labelStrip, below] = box.splitTop(strip);
  const rest = new Bounds(below.x, below.y, below.width, 2 * (main + PANEL_TITLE) + PANEL_GAP);
  const [p1, p2] = rest.splitRows([main + PANEL_TITLE, main + PANEL_TITLE], PANEL_GAP).map((b) => b.pad({ top: PANEL_TITLE }));
  const b1 = new Bounds(plotX.x, p1.y, plotX.width, main);
  const b2 = new Bounds(plotX.x, p2.y, plotX.width, main);
  const height = Math.round(b2.bottom + X_AXIS_FRONTIER);

  // 2. Placed: scales on the final boxes, paths, markers.
  const yE = yE0.copy().range([b1.bottom, b1.top]);
  const yC = yC0.copy().range([b2.bottom, b2.top]);
  const fx = linearMap(x);
  const stops = points.map((p) => fx(p.budget));
  const place = (id: string, title: string, axis: AxisModel, y: ScaleLinear<number, number>, bounds: Bounds, key: 'engineersNeeded' | 'totalCost', color: string, kind: 'count' | 'money'): PlacedPanel => {
    const fy = linearMap(y);
    const ys = points.map((p) => fy(p[key]));
    const curve = (pts: readonly FrontierPoint[]) => polylinePath(pts.map((p) => fx(p.budget)), pts.map((p) => fy(p[key])));
    return {
      id,
      title,
      kind,
      bounds,
      y,
      yAxis: { label: axis.label, ticks: axis.ticks.map((t) => ({ ...t, pos: fy(t.value) })) },
      bands: [],
      lines: [
        {
          id: key,
          label: title,
          color,
          strokeWidth: 2.5,
          d: polylinePath(stops, ys),
          points: stops.map((sx, i) => ({ x: sx, y: ys[i] })),
          baselineD: baseline ? curve(baseline.points) : '',
        },
      ],
    };
  };
  const panels = [
    place('engineers', metricLabel('required'), axisE, yE, b1, 'engineersNeeded', PALETTE.engineers, 'count'),
    place('cost', metricLabel('totalCost'), axisC, yC, b2, 'totalCost', PALETTE.salary, 'money'),
  ];

  const markers: Marker[] = raw.map((m, i) => ({
    id: m.id,
    budget: m.p.budget,
    x: m.px,
    label: m.label,
    color: MARKER_COLORS[m.id],
    labelX: m.lx,
    labelY: labelStrip.top + rows[i] * LABEL_ROW + LABEL_ROW / 2,
    anchor: m.anchor,
    dots: [
      { x: m.px, y: yE(m.p.engineersNeeded) },
      { x: m.px, y: yC(m.p.totalCost) },
    ],
  }));

  const noAIy = yC(points[0].totalCost);
  const plot = new Bounds(plotX.x, b1.top, plotX.width, b2.bottom - b1.top);

  function tooltipAt(index: number): TooltipModel {
    const p = points[index];
    const b = baseline ? baseline.points[bisectCenter(baseline.points.map((q) => q.budget), p.budget)] : undefined;
    const v = (kind: 'count' | 'money', value: number | null | undefined) => (value === undefined ? undefined : formatValue(kind, value, fmt));
    const rows: TooltipRow[] = [
      { id: 'engineersNeeded', label: metricLabel('required'), color: PALETTE.engineers, value: v('count', p.engineersNeeded)!, baseline: v('count', b?.engineersNeeded) },
      { id: 'totalCost', label: metricLabel('totalCost'), color: PALETTE.salary, value: v('money', p.totalCost)!, baseline: v('money', b?.totalCost) },
      { id: 'costPerOutput', label: metricLabel('costPerOutput'), value: v('money', p.costPerOutput)!, baseline: v('money', b?.costPerOutput) },
    ];
    return { heading: t('chart.frontier.reading', { budget: formatValue('money', p.budget, fmt) }), rows };
  }

  return {
    width,
    height,
    legend,
    x,
    xAxis: moneyXAxis(x, plotX.width, fmt, column(t('chart.frontier.budgetAxis'), unit('money', fmt))),
    panels,
    markers,
    ruleTop: labelStrip.top + LABEL_ROW / 2 + 6,
    noAI: { y: noAIy, x1: plotX.left, x2: plotX.right, labelY: noAIy - 5 },
    stops,
    // About 48 arrow presses cross the sweep; PageUp/PageDown move five times as far.
    step: Math.max(1, Math.round(points.length / 48)),
    plot,
    beyond,
    tooltipAt,
  };
}

export function frontierDescription(f: Frontier, currency: string, locale?: string): string {
  const m = (v: number) => formatValue('money', v, { currency, locale });
  const n = (v: number) => formatNumber(v, 1, locale);
  const values = {
    year: String(f.year),
    optimum: m(f.optimum.budget),
    needed: n(f.optimum.engineersNeeded),
    current: n(f.current.engineersNeeded),
    budget: m(f.current.budget),
    breakEven: m(f.breakEven.budget),
  };
  return t(f.breakEvenBeyondSweep ? 'chart.frontier.descriptionBeyond' : 'chart.frontier.description', values);
}

/** About 25 rows of the sweep plus the three marked budgets, in budget order. */
export function frontierTable(f: Frontier, fmt: ChartFormats): TableModel {
  const every = Math.max(1, Math.round((f.points.length - 1) / 24));
  const picked: { p: FrontierPoint; note: string }[] = f.points.filter((_, i) => i % every === 0 || i === f.points.length - 1).map((p) => ({ p, note: '' }));
  picked.push(
    { p: f.current, note: t('chart.frontier.noteNow') },
    { p: f.optimum, note: t('chart.frontier.noteLowest') },
    { p: f.breakEven, note: f.breakEvenBeyondSweep ? t('chart.frontier.noteBreakEvenBeyond') : t('chart.frontier.noteBreakEven') },
  );
  picked.sort((a, b) => a.p.budget - b.p.budget || (a.note ? 1 : -1));
  return sweepTable(f.year, picked, fmt);
}

/**
 * The baseline's sweep read at the budgets of the scenario's table (compare
 * mode, issue 9 point 4: a change column in every chart's table): between two
 * of the baseline's grid points the values on the straight line joining them,
 * as its dashed lines draw it; past the end of its sweep none ("–").
 */
export function frontierTableAt(baseline: Frontier, budgets: readonly number[], fmt: ChartFormats): TableModel {
  const pts = baseline.points;
  const rows = budgets.map((budget) => {
    const i = pts.findIndex((p) => p.budget >= budget);
    const empty = { budget, engineersNeeded: NaN, totalCost: NaN, costPerOutput: NaN } as FrontierPoint;
    if (i < 0) return { p: empty, note: '' };
    if (i === 0 || pts[i].budget === budget) return { p: { ...pts[i], budget }, note: '' };
    const a = pts[i - 1];
    const b = pts[i];
    const w = (budget - a.budget) / (b.budget - a.budget);
    const at = (k: 'engineersNeeded' | 'totalCost' | 'costPerOutput') => {
      const [x, y] = [a[k], b[k]];
      return x === null || y === null ? NaN : x + w * (y - x);
    };
    return { p: { ...b, budget, engineersNeeded: at('engineersNeeded'), totalCost: at('totalCost'), costPerOutput: at('costPerOutput') }, note: '' };
  });
  return sweepTable(baseline.year, rows, fmt);
}

/** Rows keyed by budget; `data` lets a comparison write each row's change (withBaseline), the notes column stays single. */
function sweepTable(year: number, picked: readonly { p: FrontierPoint; note: string }[], fmt: ChartFormats): TableModel {
  const value = (n: number | null) => (n !== null && Number.isFinite(n) ? n : null);
  const columns: TableColumn[] = [
    { label: column(metricLabel('required'), unit('count', fmt)), kind: 'count', values: picked.map(({ p }) => value(p.engineersNeeded)) },
    { label: column(metricLabel('totalCost'), unit('money', fmt)), kind: 'money', values: picked.map(({ p }) => value(p.totalCost)) },
    { label: column(metricLabel('costPerOutput'), unit('money', fmt)), kind: 'money', values: picked.map(({ p }) => value(p.costPerOutput)) },
  ];
  return {
    caption: t('chart.frontier.caption', { year: String(year) }),
    rowHeader: column(t('chart.frontier.budgetAxis'), unit('money', fmt)),
    columns: [...columns.map((c) => c.label), t('chart.frontier.marked')],
    rows: picked.map(({ p, note }, r) => ({
      header: formatValue('money', p.budget, fmt),
      cells: [...columns.map((c) => formatValue(c.kind, c.values[r] ?? null, fmt)), note],
    })),
    data: { keys: picked.map(({ p }) => p.budget), columns, fmt },
    single: 1,
  };
}
