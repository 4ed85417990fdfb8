// The data-table view of a chart: the same figures as the chart, formatted
// for reading (and for screen readers, who get a real <table>).
import { formatValue, formatYear, type ChartFormats, type ValueKind } from './format';
import type { Values } from './yearChart';
import { t } from '../../i18n';

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
    rowHeader: t('chart.table.year'),
    columns: columns.map((c) => c.label),
    rows: years.map((year, i) => ({
      header: formatYear(year),
      cells: columns.map((c) => formatValue(c.kind, c.values[i] ?? null, fmt)),
    })),
  };
}

/** A column's or an axis's label with its unit: "Engineers (FTE)". */
export const column = (label: string, unit: string) => t('chart.axis', { label, unit });

/** "(USD)" for money, "(FTE)" for headcount: the unit a column or axis is in. */
export function unit(kind: ValueKind, fmt: ChartFormats): string {
  switch (kind) {
    case 'money':
      return t('chart.unit.money', { currency: fmt.currency });
    case 'count':
      return t('chart.unit.count');
    case 'percent':
      return t('chart.unit.percent');
    case 'multiplier':
      return t('chart.unit.multiplier');
    case 'output':
      return t('chart.unit.output');
  }
}

/**
 * The table of a chart in compare mode: each column of the current scenario
 * followed by the same column of the pinned baseline, rows matched by their
 * header (the year), so that what the dashed lines show can be read too. A
 * year only one of the two runs has gets "–" on the other side.
 */
export function withBaseline(current: TableModel, baseline: TableModel | null | undefined, baselineTitle = ''): TableModel {
  if (!baseline) return current;
  const byHeader = new Map(baseline.rows.map((row) => [row.header, row.cells]));
  const index = current.columns.map((label) => baseline.columns.indexOf(label));
  return {
    caption: baselineTitle
      ? t('chart.table.baselineCaptionNamed', { caption: current.caption, baseline: baselineTitle })
      : t('chart.table.baselineCaption', { caption: current.caption }),
    rowHeader: current.rowHeader,
    columns: current.columns.flatMap((label) => [label, t('chart.table.baselineColumn', { label })]),
    rows: current.rows.map((row) => {
      const other = byHeader.get(row.header);
      return { header: row.header, cells: row.cells.flatMap((cell, i) => [cell, (index[i] >= 0 && other?.[index[i]]) || '–']) };
    }),
  };
}
