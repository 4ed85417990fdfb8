// Pay per engineer: cash pay (salary and bonus), "advertised" pay (plus equity
// and tokens counted as pay), the token budget beside them, and the token
// share of the whole package in a small panel below.
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatMoney, formatPercent } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type YearChartLayout } from '../common/yearChart';
import { unit, yearTable, type TableModel } from '../common/table';

export const TITLE = 'Pay per engineer: cash, advertised and tokens';


export function payLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, main?: number): YearChartLayout {
  const { col, base } = rowColumns(rows, baseline);
  return layoutYearChart({
    years: rows.map((r) => r.year),
    width,
    fmt,
    main,
    panels: [
      {
        id: 'pay',
        title: `Per engineer-year ${unit('money', fmt)}`,
        kind: 'money',
        weight: 1,
        lines: [
          { id: 'cashPay', label: 'Cash pay', color: PALETTE.engineers, values: col('cashPay'), baseline: base('cashPay') },
          // Dashed and drawn over cash pay: without equity or tokens counted as pay the two are equal.
          { id: 'advertisedPay', label: 'Advertised pay', color: PALETTE.planned, dash: '6 4', values: col('advertisedPay'), baseline: base('advertisedPay') },
          { id: 'budgetPerEngineer', label: 'Token budget', color: PALETTE.tokens, values: col('budgetPerEngineer'), baseline: base('budgetPerEngineer') },
        ],
      },
      {
        id: 'share',
        title: 'Token share of the package (%)',
        kind: 'percent',
        weight: 0.45,
        lines: [{ id: 'tokenShare', label: 'Token share', color: PALETTE.atRisk, values: col('tokenShare'), baseline: base('tokenShare') }],
      },
    ],
  });
}

export function payDescription(rows: readonly YearRow[], currency: string, locale?: string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const m = (v: number | null) => formatMoney(v, currency, locale);
  return `Cash pay per engineer goes from ${m(first.cashPay)} in ${first.year} to ${m(last.cashPay)} in ${last.year}; tokens are ${formatPercent(last.tokenShare, 1, locale)} of the package by then.`;
}

export function payTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('money', fmt);
  return yearTable(
    'Pay per engineer per year: cash pay, advertised pay, token budget and the token share of the package',
    rows.map((r) => r.year),
    [
      { label: `Cash pay ${u}`, kind: 'money', values: rows.map((r) => r.cashPay) },
      { label: `Advertised pay ${u}`, kind: 'money', values: rows.map((r) => r.advertisedPay) },
      { label: `Token budget ${u}`, kind: 'money', values: rows.map((r) => r.budgetPerEngineer) },
      { label: 'Token share (%)', kind: 'percent', values: rows.map((r) => r.tokenShare) },
    ],
    fmt,
  );
}
