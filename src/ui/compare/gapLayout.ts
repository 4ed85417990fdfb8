// Layout of the "explain the gap" bar chart, in code (no DOM): one row per
// group, then the interaction remainder and the total gap; bars diverge from
// zero. Pure, so the component and its tests share it.
import { scaleLinear } from 'd3-scale';
import type { Explanation } from '../../model/explain';
import { textWidth } from '../../charts/common/text';
import { t, tOr } from '../../i18n';

/** A group of parameters named in the reader's language (the engine names them in English). */
export const groupLabel = (id: string, english: string) => tOr(`gap.group.${id}`, english);

export interface GapRow {
  id: string;
  label: string;
  value: number | null;
  kind: 'group' | 'remainder' | 'total';
}

export interface PlacedGapRow extends GapRow {
  y: number;
  /** Bar from x0 to x1 (x0 ≤ x1); both at zero when the value is unknown. */
  x0: number;
  x1: number;
  /** Where the value's text goes, and its anchor. */
  textX: number;
  anchor: 'start' | 'end';
}

export const ROW = 30;
export const BAR = 18;
const FONT = 13;
const PAD = 8;

export function gapRows(e: Explanation): GapRow[] {
  return [
    ...e.contributions.map((c) => ({ id: c.id, label: groupLabel(c.id, c.label), value: c.contribution, kind: 'group' as const })),
    { id: 'remainder', label: t('gap.remainder'), value: e.remainder, kind: 'remainder' as const },
    { id: 'total', label: t('gap.total'), value: e.gap, kind: 'total' as const },
  ];
}

export function layoutGap(rows: readonly GapRow[], width: number, valueText: (v: number | null) => string) {
  const narrow = width < 520;
  // On a phone the labels sit above their bars; otherwise in a column on the left.
  const labelWidth = narrow ? 0 : Math.min(width * 0.4, Math.max(...rows.map((r) => textWidth(r.label, FONT))) + PAD);
  const valueRoom = Math.max(...rows.map((r) => textWidth(valueText(r.value), FONT))) + PAD;
  const values = rows.map((r) => r.value ?? 0);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const left = labelWidth + (lo < 0 ? valueRoom : 0);
  const right = width - (hi > 0 ? valueRoom : 0);
  const x = scaleLinear().domain(lo === hi ? [0, 1] : [lo, hi]).range([left, Math.max(left + 1, right)]);
  const rowHeight = narrow ? ROW + FONT + 4 : ROW;
  const placed: PlacedGapRow[] = rows.map((r, i) => {
    const v = r.value ?? 0;
    const a = x(0);
    const b = x(v);
    return {
      ...r,
      y: i * rowHeight + (narrow ? FONT + 4 : 0),
      x0: Math.min(a, b),
      x1: Math.max(a, b),
      textX: v < 0 ? Math.min(a, b) - 4 : Math.max(a, b) + 4,
      anchor: v < 0 ? 'end' : 'start',
    };
  });
  return { rows: placed, zero: x(0), height: rows.length * rowHeight + 4, labelWidth, narrow, fontSize: FONT };
}
