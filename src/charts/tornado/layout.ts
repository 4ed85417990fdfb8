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
  /** The label as shown (its lines joined by a space). */
  label: string;
  /** The label's lines: one in the left column (wide), up to two above the bars (narrow). */
  lines: string[];
  ends: string;
  /** Label position: left column (wide) or lines above the bars (narrow); `labelY` is the first line's middle. */
  labelX: number;
  labelY: number;
  /** The range text: beside the label's line, right-aligned (`endsX` is its right end), or on its own line under the label, left-aligned. */
  endsX: number;
  endsY: number;
  endsAnchor: 'start' | 'end';
  low: PlacedTornadoBar | null;
  high: PlacedTornadoBar | null;
  /** Centre line of the row's bars. */
  centerY: number;
  /** The band the row's bars take, with 3 px above and below: on a narrow chart the centre line and grid are drawn only there, never through a label. */
  barsTop: number;
  barsBottom: number;
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
  /**
   * Where the centre line (the scenario's value) and the grid are drawn: the
   * whole plot on a wide chart (labels sit left of it), each row's bar band
   * on a narrow one (labels take their own lines across the width, issue 9
   * point 10: they ran across the centre line at 390 px).
   */
  ruleBands: { top: number; bottom: number }[];
}

/** Below this width the labels go above the bars. */
export const NARROW = 520;
const BAR = 11;
const BAR_GAP = 2;
const TOP_LABEL = 18;
const AXIS = 40;
/** Narrow: the height of a label line, the gap between a label and its range text on one line, and below the text block. */
const LINE = 15;
/** The same, for the marks' second label line. */
export const LINE_HEIGHT = LINE;
const ENDS_GAP = 12;
const TEXT_GAP = 4;
const ENDS_SIZE = TICK_SIZE - 1;

/** Cut a (bold) label to fit `width` px, with an ellipsis. */
export function fitText(text: string, width: number, size = LABEL_SIZE): string {
  if (textWidth(text, size, true) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, true) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Break a (bold) label into lines of at most `width` px at spaces, at most
 * `maxLines` of them; what is left over is cut into the last line with an
 * ellipsis (fitText), as is a word wider than a line.
 */
export function wrapText(text: string, width: number, maxLines = 2, size = LABEL_SIZE): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (!line || textWidth(next, size, true) <= width) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, fitText(words.slice(i).reduce((a, w) => `${a} ${w}`, line), width, size)];
    lines.push(fitText(line, width, size));
    line = words[i];
  }
  return [...lines, fitText(line, width, size)];
}

/** The text block above a narrow row's bars: the label's lines and the range text, laid out so neither touches the other. */
function narrowText(label: string, ends: string, width: number) {
  const endsWidth = ends ? textWidth(ends, ENDS_SIZE) : 0;
  // Both on one line when they clear each other by ENDS_GAP; else the label wraps across the width and the range goes under it.
  if (!ends || textWidth(label, LABEL_SIZE, true) + ENDS_GAP + endsWidth <= width) {
    return { lines: [label], endsLine: 0, endsX: width, endsAnchor: 'end' as const, height: LINE };
  }
  const lines = wrapText(label, width);
  return { lines, endsLine: lines.length, endsX: 0, endsAnchor: 'start' as const, height: (lines.length + 1) * LINE };
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
  const inputOf = (path: string): TornadoInput => spec.inputs[path] ?? { path, label: path, ends: '' };
  const barsHeight = 2 * BAR + BAR_GAP;
  // Narrow rows are as tall as their text block needs (one to three lines) plus the bars.
  const texts0 = narrow ? sensitivity.bars.map((b) => narrowText(inputOf(b.path).label, inputOf(b.path).ends, width)) : [];
  const wideRow = Math.max(34, barsHeight + 12);
  const rowHeights = sensitivity.bars.map((_, i) => (narrow ? texts0[i].height + TEXT_GAP + barsHeight + 14 : wideRow));
  const top = legend.height + 10 + TOP_LABEL;
  const plotLeft = labelWidth + valueRoom;
  const plotRight = width - valueRoom;
  const rowsHeight = rowHeights.reduce((a, b) => a + b, 0);
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

  let y0 = top;
  const rows: PlacedTornadoRow[] = sensitivity.bars.map((b, i) => {
    const input = inputOf(b.path);
    const rowTop = y0;
    y0 += rowHeights[i];
    if (narrow) {
      const text = texts0[i];
      const barsTop = rowTop + text.height + TEXT_GAP;
      return {
        path: b.path,
        label: text.lines.join(' '),
        lines: text.lines,
        ends: input.ends,
        labelX: 0,
        labelY: rowTop + LINE / 2,
        endsX: text.endsX,
        endsY: rowTop + text.endsLine * LINE + LINE / 2,
        endsAnchor: text.endsAnchor,
        low: bar(b.atLow, barsTop, LOW_COLOR),
        high: bar(b.atHigh, barsTop + BAR + BAR_GAP, HIGH_COLOR),
        centerY: barsTop + BAR + BAR_GAP / 2,
        barsTop: barsTop - 3,
        barsBottom: barsTop + barsHeight + 3,
      };
    }
    const barsTop = rowTop + (wideRow - barsHeight) / 2;
    const label = fitText(input.label, labelWidth - 12);
    return {
      path: b.path,
      label,
      lines: [label],
      ends: input.ends,
      labelX: 0,
      labelY: rowTop + wideRow / 2 - 6,
      endsX: 0,
      endsY: rowTop + wideRow / 2 + 8,
      endsAnchor: 'start',
      low: bar(b.atLow, barsTop, LOW_COLOR),
      high: bar(b.atHigh, barsTop + BAR + BAR_GAP, HIGH_COLOR),
      centerY: barsTop + BAR + BAR_GAP / 2,
      barsTop: barsTop - 3,
      barsBottom: barsTop + barsHeight + 3,
    };
  });
  const ruleBands = narrow ? rows.map((r) => ({ top: r.barsTop, bottom: r.barsBottom })) : [{ top: plot.top - 4, bottom: plot.bottom }];

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
    ruleBands,
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
