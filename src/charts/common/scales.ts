// Scales and axis models: d3 computes domains and ticks; the result is plain
// data (positions and labels) that the axis components draw and tests check.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Bounds } from './bounds';
import { tickLabels, formatYear, type ChartFormats, type ValueKind } from './format';
import { textWidth, tickLabelWidth, TICK_SIZE } from './text';

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  pos: number;
  label: string;
}

export interface AxisModel {
  ticks: Tick[];
  /** Axis title with its unit, e.g. "Engineers (FTE)". */
  label: string;
}

/** How many ticks fit along `length` pixels when each needs about `spacing`. */
export function tickCount(length: number, spacing: number, min = 2, max = 10): number {
  return Math.max(min, Math.min(max, Math.floor(length / spacing)));
}

export interface DomainOptions {
  /** Include 0 in the domain (amounts); ratios such as multipliers set false. */
  zero?: boolean;
  /** Values the domain must also include (for example 1× on a multiplier axis). */
  include?: readonly number[];
}

/** Below this a value is drawn as 0: far under any figure a chart can show, and above the subnormal range. */
const TINY = 1e-300;

/** [min, max] of the finite values (and 0 / `include`), never empty or zero-width. No copies: it runs on every edit. */
export function valueDomain(values: Iterable<number | null | undefined> | readonly (readonly (number | null | undefined)[])[], options: DomainOptions = {}): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const add = (value: number | null | undefined) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) {
      // Subnormal magnitudes (a scenario may hold 1e-316 engineers) draw as 0: d3's ticks throw
      // "Invalid array length" on a domain that narrow (issue 12, found by the hostile-link test).
      const v = Math.abs(value) < TINY ? 0 : value;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  };
  for (const v of values as Iterable<unknown>) {
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) add(v[i]);
    else add(v as number | null | undefined);
  }
  if (options.zero !== false) add(0);
  for (const v of options.include ?? []) add(v);
  if (lo > hi) return [0, 1];
  if (lo === hi) {
    // A flat series still needs an axis: open a band around it.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= options.zero !== false && lo >= 0 ? 0 : pad;
    hi += pad;
  }
  return [lo, hi];
}

/** A nice linear scale from `domain` onto the vertical extent of `box` (up is larger). */
export function yScale(domain: [number, number], box: Bounds, count: number): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range([box.bottom, box.top]).nice(count);
}

export function valueAxis(
  scale: ScaleLinear<number, number>,
  count: number,
  kind: ValueKind,
  fmt: ChartFormats,
  label: string,
): AxisModel {
  const values = scale.ticks(count);
  const labels = tickLabels(kind, values, fmt);
  return { label, ticks: values.map((value, i) => ({ value, pos: scale(value), label: labels[i] })) };
}

/** Widest tick label of a value axis, in pixels: sets the left margin. */
export function axisWidth(axis: AxisModel): number {
  return axis.ticks.reduce((w, t) => Math.max(w, textWidth(t.label, TICK_SIZE)), 0);
}

/** Whole calendar years as ticks, thinned so labels never touch. */
export function yearAxis(scale: ScaleLinear<number, number>, width: number, label = ''): AxisModel {
  const [a, b] = scale.domain();
  const first = Math.ceil(Math.min(a, b));
  const last = Math.floor(Math.max(a, b));
  const span = last - first;
  const fit = Math.max(1, Math.floor(width / (textWidth('2030', TICK_SIZE) + 16)));
  const values = span <= 0 ? [first] : scale.ticks(Math.min(fit, span + 1)).filter(Number.isInteger);
  const ticks = values.map((value) => ({ value, pos: scale(value), label: formatYear(value) }));
  // The last year sits on the plot's right edge, where the axis end-anchors its label (Axis.tsx): it then
  // reaches a whole label's width left of its tick, so the year before it goes if the two would touch
  // (8 years at 390 px drew "20322033").
  const right = Math.max(...scale.range());
  if (ticks.length >= 2) {
    const last = ticks[ticks.length - 1];
    const before = ticks[ticks.length - 2];
    const w = tickLabelWidth(last.label);
    const lastLeft = last.pos + w / 2 > right + 2 ? last.pos - w : last.pos - w / 2;
    if (before.pos + tickLabelWidth(before.label) / 2 + 4 > lastLeft) ticks.splice(ticks.length - 2, 1);
  }
  return { label, ticks };
}

/** Years onto the horizontal extent of `box`; a single year sits in the middle. */
export function yearScale(years: readonly number[], box: Bounds, band = false): ScaleLinear<number, number> {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const pad = band || first === last ? 0.5 : 0;
  return scaleLinear().domain([first - pad, last + pad]).range([box.left, box.right]);
}

/**
 * A value axis along x (the frontier's token budget): as many ticks as fit
 * with their labels at least 12 px apart ("SEK 300K" needs more room than "$300K").
 */
export function moneyXAxis(scale: ScaleLinear<number, number>, width: number, fmt: ChartFormats, label: string): AxisModel {
  for (let count = tickCount(width, 60, 2, 8); ; count--) {
    const axis = valueAxis(scale, count, 'money', fmt, label);
    const ticks = axis.ticks;
    let fits = true;
    for (let i = 1; i < ticks.length && fits; i++) {
      const room = ticks[i].pos - ticks[i - 1].pos;
      fits = room >= (textWidth(ticks[i].label, TICK_SIZE) + textWidth(ticks[i - 1].label, TICK_SIZE)) / 2 + 12;
    }
    if (fits || count <= 2 || ticks.length <= 2) return axis;
  }
}
