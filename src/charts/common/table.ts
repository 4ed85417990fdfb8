// The data-table view of a chart: the same figures as the chart, formatted
// for reading (and for screen readers, who get a real <table>).
import { formatValue, formatYear, type ChartFormats, type ValueKind } from './format';
import { formatSigned } from '../../ui/format';
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
  /**
   * The unformatted columns, so a comparison can write each row's change (withBaseline): `keys` are the rows'
   * years (a year table) or budgets (the frontier's sweep); `columns` are the first columns, in order.
   */
  data?: { keys: readonly number[]; columns: readonly TableColumn[]; fmt: ChartFormats };
  /** How many trailing columns are shown once, not paired with the baseline's (the frontier's notes). */
  single?: number;
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
    data: { keys: years, columns, fmt },
  };
}

/** A change between two values as a table shows it: signed, in the column's unit; shares in percentage points. */
export function formatChange(kind: ValueKind, delta: number | null, fmt: ChartFormats): string {
  if (delta === null || !Number.isFinite(delta)) return '–';
  if (delta === 0) return formatValue(kind, 0, fmt);
  if (kind === 'percent') return t('figure.delta.points', { points: formatSigned(delta * 100, 1, fmt.locale) });
  const text = formatValue(kind, delta, fmt);
  return delta > 0 ? `+${text}` : text;
}

/** Each row's change of one column against the baseline's same column and year; "–" where either lacks it. */
function changes(current: TableModel, baseline: TableModel, column: number): string[] {
  const a = current.data;
  const b = baseline.data;
  const col = a?.columns[column];
  const other = col && b?.columns.find((c) => c.label === col.label);
  return current.rows.map((_, r) => {
    if (!a || !b || !col || !other) return '–';
    const i = b.keys.indexOf(a.keys[r]);
    const x = col.values[r];
    const y = i >= 0 ? other.values[i] : undefined;
    return x === null || x === undefined || y === null || y === undefined ? '–' : formatChange(col.kind, x - y, a.fmt);
  });
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
 * followed by the same column of the pinned baseline and, for year tables,
 * the change in each year (issue 9 point 4: the difference over the whole
 * time axis), rows matched by their header (the year), so that what the
 * dashed lines show can be read too. A year only one of the two runs has gets
 * "–" on the other side. The frontier's table is keyed by budget instead of
 * year, the baseline read at the same budgets (frontierTableAt); its notes
 * column is shown once (`single`).
 */
export function withBaseline(current: TableModel, baseline: TableModel | null | undefined, baselineTitle = ''): TableModel {
  if (!baseline) return current;
  const paired = current.columns.length - (current.single ?? 0);
  const byHeader = new Map(baseline.rows.map((row) => [row.header, row.cells]));
  const index = current.columns.map((label) => baseline.columns.indexOf(label));
  const withChange = current.data !== undefined && baseline.data !== undefined;
  const deltas = withChange ? current.columns.map((_, i) => changes(current, baseline, i)) : [];
  return {
    caption: baselineTitle
      ? t('chart.table.baselineCaptionNamed', { caption: current.caption, baseline: baselineTitle })
      : t('chart.table.baselineCaption', { caption: current.caption }),
    rowHeader: current.rowHeader,
    columns: current.columns.flatMap((label, i) =>
      i >= paired ? [label] : withChange ? [label, t('chart.table.baselineColumn', { label }), t('chart.table.changeColumn', { label })] : [label, t('chart.table.baselineColumn', { label })],
    ),
    rows: current.rows.map((row, r) => {
      const other = byHeader.get(row.header);
      return {
        header: row.header,
        cells: row.cells.flatMap((cell, i) => {
          if (i >= paired) return [cell];
          const before = (index[i] >= 0 && other?.[index[i]]) || '–';
          return withChange ? [cell, before, deltas[i][r]] : [cell, before];
        }),
      };
    }),
  };
}
