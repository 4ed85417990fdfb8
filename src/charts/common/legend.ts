// Legend layout: items placed in rows that wrap within a width (legend above
// the plot, narrow screens) or stacked in one column (legend beside it).
import { textWidth, LABEL_SIZE } from './text';

export type LegendSymbol = 'line' | 'dashed' | 'area' | 'bar' | 'rule';

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  symbol: LegendSymbol;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  /** Baseline of the text row's middle. */
  y: number;
}

export interface LegendModel {
  items: PlacedLegendItem[];
  width: number;
  height: number;
}

export const SWATCH = 18;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;
export const LEGEND_ROW = 20;

export function itemWidth(item: LegendItem): number {
  return SWATCH + SWATCH_GAP + textWidth(item.label, LABEL_SIZE);
}

/** Rows left to right, wrapping before an item that would cross `width`. */
export function legendRows(items: readonly LegendItem[], width: number, x0 = 0, y0 = 0): LegendModel {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  let widest = 0;
  for (const item of items) {
    const w = itemWidth(item);
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    placed.push({ ...item, x: x0 + x, y: y0 + row * LEGEND_ROW + LEGEND_ROW / 2 });
    widest = Math.max(widest, x + w);
    x += w + ITEM_GAP;
  }
  return { items: placed, width: widest, height: items.length ? (row + 1) * LEGEND_ROW : 0 };
}

/** One item per row. */
export function legendColumn(items: readonly LegendItem[], x0 = 0, y0 = 0): LegendModel {
  const placed = items.map((item, i) => ({ ...item, x: x0, y: y0 + i * LEGEND_ROW + LEGEND_ROW / 2 }));
  const width = items.reduce((w, item) => Math.max(w, itemWidth(item)), 0);
  return { items: placed, width, height: items.length * LEGEND_ROW };
}
