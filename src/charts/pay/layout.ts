// Pay per engineer: cash pay (salary and bonus), "advertised" pay (plus equity
// and tokens counted as pay), the token budget beside them, and the token
// share of the whole package in a small panel below.
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatMoney, formatPercent } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type YearChartLayout } from '../common/yearChart';
import { column, unit, yearTable, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { metricLabel } from '../../ui/metricLabels';

export const title = () => t('chart.pay.title');


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
        title: column(t('chart.pay.axis'), unit('money', fmt)),
        kind: 'money',
        weight: 1,
        lines: [
          { id: 'cashPay', label: metricLabel('cashPay'), color: PALETTE.engineers, values: col('cashPay'), baseline: base('cashPay') },
          // Dashed and drawn over cash pay: without equity or tokens counted as pay the two are equal.
          { id: 'advertisedPay', label: metricLabel('advertisedPay'), color: PALETTE.planned, dash: '6 4', values: col('advertisedPay'), baseline: base('advertisedPay') },
          { id: 'budgetPerEngineer', label: metricLabel('budgetPerEngineer'), color: PALETTE.tokens, values: col('budgetPerEngineer'), baseline: base('budgetPerEngineer') },
        ],
      },
      {
        id: 'share',
        title: column(t('chart.pay.shareAxis'), unit('percent', fmt)),
        kind: 'percent',
        weight: 0.45,
        lines: [{ id: 'tokenShare', label: t('chart.pay.share'), color: PALETTE.atRisk, values: col('tokenShare'), baseline: base('tokenShare') }],
      },
    ],
  });
}

export function payDescription(rows: readonly YearRow[], currency: string, locale?: string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const m = (v: number | null) => formatMoney(v, currency, locale);
  return t('chart.pay.description', {
    from: m(first.cashPay),
    start: String(first.year),
    to: m(last.cashPay),
    end: String(last.year),
    share: formatPercent(last.tokenShare, 1, locale),
  });
}

export function payTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('money', fmt);
  return yearTable(
    t('chart.pay.caption'),
    rows.map((r) => r.year),
    [
      { label: column(metricLabel('cashPay'), u), kind: 'money', values: rows.map((r) => r.cashPay) },
      { label: column(metricLabel('advertisedPay'), u), kind: 'money', values: rows.map((r) => r.advertisedPay) },
      { label: column(metricLabel('budgetPerEngineer'), u), kind: 'money', values: rows.map((r) => r.budgetPerEngineer) },
      { label: column(t('chart.pay.share'), unit('percent', fmt)), kind: 'percent', values: rows.map((r) => r.tokenShare) },
    ],
    fmt,
  );
}
