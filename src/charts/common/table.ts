// The data-table view of a chart: the same figures as the chart, formatted
// for reading (and for screen readers, who get a real <table>).
import { formatValue, formatYear, type ChartFormats, type ValueKind } from './format';
import type { Values } from './yearChart';

export interface TableColumn {
  label: string;
  kind: ValueKind;
  values: Values;
}

export interface TableModel {
  caption: string;
  /** Header of the first column (the row headers). */
  rowHeader: string;
  columns: string[];
  /** Row header then one cell per column, already formatted. */
  rows: { header: string; cells: string[] }[];
}

export function yearTable(caption: string, years: readonly number[], columns: readonly TableColumn[], fmt: ChartFormats): TableModel {
  return {
    caption,
    rowHeader: 'Year',
    columns: columns.map((c) => c.label),
    rows: years.map((year, i) => ({
      header: formatYear(year),
      cells: columns.map((c) => formatValue(c.kind, c.values[i] ?? null, fmt)),
    })),
  };
}

/** "(USD)" for money, "(FTE)" for headcount: the unit a column or axis is in. */
export function unit(kind: ValueKind, fmt: ChartFormats): string {
  switch (kind) {
    case 'money':
      return `(${fmt.currency})`;
    case 'count':
      return '(FTE)';
    case 'percent':
      return '(%)';
    case 'multiplier':
      return '(× pre-AI)';
    case 'output':
      return '(engineer-years of pre-AI work)';
  }
}
