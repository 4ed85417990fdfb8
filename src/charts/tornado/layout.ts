// A tornado chart (MODEL.md §6 "Sensitivity"): for one metric and year, each
// ranged input moved alone to its low and to its high end, largest swing first.
// Each row has two thin bars from the scenario's value: the metric with the
// input at its low end (upper bar) and at its high end (lower bar), so a
// metric that moves the same way at both ends still reads clearly.
// Pure: the bars in, plain geometry out.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Sensitivity } from '../../model/uncertainty/sensitivity';
import { Bounds } from '../common/bounds';
import { formatValue, tickLabels, type ChartFormats, type ValueKind } from '../common/format';
import { legendRows, type LegendModel } from '../common/legend';
import { tickCount, valueDomain, type AxisModel } from '../common/scales';
import { column, unit, type TableModel } from '../common/table';
import { inSentence, t } from '../../i18n';
import { LABEL_SIZE, TICK_SIZE, textWidth } from '../common/text';

export const LOW_COLOR = '#0072B2'; // Okabe–Ito blue
export const HIGH_COLOR = '#E69F00'; // Okabe–Ito orange

export interface TornadoInput {
  path: string;
  label: string;
  /** The input's ends as text, for example "0.85× to 1.55×". */
  ends: string;
}

export interface TornadoSpec {
  sensitivity: Sensitivity;
  /** One per bar of `sensitivity`, by path. */
  inputs: Record<string, TornadoInput>;
  metricLabel: string;
  kind: ValueKind;
  width: number;
  fmt: ChartFormats;
}

export interface PlacedTornadoBar {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** The metric's value at this end, formatted, at the bar's outer end. */
  text: string;
  textX: number;
  anchor: 'start' | 'end';
}

export interface PlacedTornadoRow {
  path: string;
  label: string;
  ends: string;
  /** Label position: left column (wide) or a line above the bars (narrow). */
  labelX: number;
  labelY: number;
  endsY: number;
  low: PlacedTornadoBar | null;
  high: PlacedTornadoBar | null;
  /** Centre line of the row's bars. */
  centerY: number;
}

export interface TornadoLayout {
  width: number;
  height: number;
  narrow: boolean;
  legend: LegendModel;
  x: ScaleLinear<number, number>;
  xAxis: AxisModel;
  /** x of the scenario's own value, and its label. */
  baseX: number;
  baseText: string;
  plot: Bounds;
  rows: PlacedTornadoRow[];
}

/** Below this width the labels go above the bars. */
export const NARROW = 520;
const BAR = 11;
const BAR_GAP = 2;
const TOP_LABEL = 18;
const AXIS = 40;

/** Cut a (bold) label to fit `width` px, with an ellipsis. */
export function fitText(text: string, width: number, size = LABEL_SIZE): string {
  if (textWidth(text, size, true) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, true) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export const tornadoTitle = (metricLabel: string, year: number) => t('tornado.title', { metric: inSentence(metricLabel), year: String(year) });

export function tornadoLayout(spec: TornadoSpec): TornadoLayout {
  const { sensitivity, fmt, kind, width } = spec;
  const narrow = width < NARROW;
  const f = (v: number | null) => formatValue(kind, v, fmt);
  const legend = legendRows(
    [
      { id: 'low', label: t('tornado.low'), color: LOW_COLOR, symbol: 'bar' },
      { id: 'high', label: t('tornado.high'), color: HIGH_COLOR, symbol: 'bar' },
    ],
    width,
  );

  // Margins: labels on the left (wide), value texts beyond the bars' ends on both sides.
  const labelWidth = narrow ? 0 : Math.min(width * 0.36, Math.max(...sensitivity.bars.map((b) => textWidth(spec.inputs[b.path]?.label ?? b.path, LABEL_SIZE, true)), 60) + 12);
  const texts = sensitivity.bars.flatMap((b) => [f(b.atLow), f(b.atHigh)]);
  const valueRoom = Math.max(...texts.map((t) => textWidth(t, TICK_SIZE)), 24) + 8;
  const rowHeight = narrow ? TOP_LABEL + 2 * BAR + BAR_GAP + 14 : Math.max(34, 2 * BAR + BAR_GAP + 12);
  const top = legend.height + 10 + TOP_LABEL;
  const plotLeft = labelWidth + valueRoom;
  const plotRight = width - valueRoom;
  const rowsHeight = sensitivity.bars.length * rowHeight;
  const plot = new Bounds(plotLeft, top, Math.max(10, plotRight - plotLeft), rowsHeight);

  const values: (number | null)[] = [sensitivity.base];
  for (const b of sensitivity.bars) values.push(b.atLow, b.atHigh);
  const count = tickCount(plot.width, 80, 2, 6);
  const x = scaleLinear().domain(valueDomain(values, { zero: false })).range([plot.left, plot.right]).nice(count);
  const ticks = x.ticks(count);
  const labels = tickLabels(kind, ticks, fmt);
  const xAxis: AxisModel = { label: column(t('tornado.axis', { metric: spec.metricLabel, year: String(sensitivity.year) }), unit(kind, fmt)), ticks: ticks.map((value, i) => ({ value, pos: x(value), label: labels[i] })) };
  const base = sensitivity.base ?? x.domain()[0];
  const baseX = x(base);

  const bar = (value: number | null, y: number, color: string): PlacedTornadoBar | null => {
    if (value === null) return null;
    const end = x(value);
    const left = Math.min(baseX, end);
    // At least 2 px, so a zero swing still shows where the value sits.
    const w = Math.max(2, Math.abs(end - baseX));
    const right = end >= baseX;
    return {
      x: right ? left : Math.min(left, baseX - 2),
      y,
      width: w,
      height: BAR,
      color,
      text: f(value),
      textX: right ? left + w + 4 : Math.min(left, baseX - 2) - 4,
      anchor: right ? 'start' : 'end',
    };
  };

  const rows: PlacedTornadoRow[] = sensitivity.bars.map((b, i) => {
    const y0 = top + i * rowHeight;
    const input = spec.inputs[b.path] ?? { path: b.path, label: b.path, ends: '' };
    const barsTop = narrow ? y0 + TOP_LABEL + 4 : y0 + (rowHeight - (2 * BAR + BAR_GAP)) / 2;
    const label = fitText(input.label, narrow ? width * 0.6 : labelWidth - 12);
    return {
      path: b.path,
      label,
      ends: input.ends,
      labelX: 0,
      labelY: narrow ? y0 + 12 : y0 + rowHeight / 2 - 6,
      endsY: narrow ? y0 + 12 : y0 + rowHeight / 2 + 8,
      low: bar(b.atLow, barsTop, LOW_COLOR),
      high: bar(b.atHigh, barsTop + BAR + BAR_GAP, HIGH_COLOR),
      centerY: barsTop + BAR + BAR_GAP / 2,
    };
  });

  return {
    width,
    height: Math.round(top + rowsHeight + AXIS),
    narrow,
    legend,
    x,
    xAxis,
    baseX,
    baseText: t('tornado.base', { value: f(sensitivity.base) }),
    plot,
    rows,
  };
}

export function tornadoDescription(spec: Pick<TornadoSpec, 'sensitivity' | 'inputs' | 'metricLabel' | 'kind' | 'fmt'>): string {
  const { sensitivity, fmt, kind } = spec;
  const f = (v: number | null) => formatValue(kind, v, fmt);
  const values = { metric: spec.metricLabel, year: String(sensitivity.year), value: f(sensitivity.base) };
  const top = sensitivity.bars[0];
  if (!top) return t('tornado.descriptionNone', values);
  const input = spec.inputs[top.path]?.label ?? top.path;
  return t('tornado.description', { ...values, input: inSentence(input), low: f(top.atLow), high: f(top.atHigh) });
}

export function tornadoTable(spec: Pick<TornadoSpec, 'sensitivity' | 'inputs' | 'metricLabel' | 'kind' | 'fmt'>): TableModel {
  const { sensitivity, fmt, kind } = spec;
  const f = (v: number | null) => formatValue(kind, v, fmt);
  const u = unit(kind, fmt);
  return {
    caption: t('tornado.caption', { metric: spec.metricLabel, year: String(sensitivity.year) }),
    rowHeader: t('tornado.input'),
    columns: [t('tornado.range'), column(t('tornado.withLow'), u), column(t('tornado.withHigh'), u), column(t('tornado.swing'), u)],
    rows: sensitivity.bars.map((b) => {
      const input = spec.inputs[b.path];
      return { header: input?.label ?? b.path, cells: [input?.ends ?? '', f(b.atLow), f(b.atHigh), f(b.swing)] };
    }),
  };
}
