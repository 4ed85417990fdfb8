// Pay per engineer: cash pay (salary and bonus), "advertised" pay (plus equity
// and tokens counted as pay), the token budget beside them, and the token
// share of the whole package in a small panel below. Where a tax on the token
// allowance applies (MODEL.md §3: `tokenTax = countAsPay ? benefitTaxRate ×
// budget`), also cash pay after that tax, `cashAfterTokenTax`: what the
// engineer keeps of the cash once the allowance they cannot spend is taxed.
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatMoney, formatPercent } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type LineSpec, type YearChartLayout } from '../common/yearChart';
import { column, unit, yearTable, type TableModel } from '../common/table';
import { t } from '../../i18n';
import { metricLabel } from '../../ui/metricLabels';

export const title = () => t('chart.pay.title');

/**
 * Whether the run (or the baseline it is compared with) taxes a token allowance
 * in some year. Read from the rows, not the scenario: a team's own `tokens`
 * may count tokens as pay or tax them where the scenario's do not, and a tax
 * on a budget of 0 is 0 (MODEL.md §3), so there would be nothing to show.
 */
export function taxApplies(rows: readonly YearRow[], baseline?: readonly YearRow[] | null): boolean {
  const taxed = (rs: readonly YearRow[]) => rs.some((r) => (r.tokenTax ?? 0) > 0);
  return taxed(rows) || (baseline ? taxed(baseline) : false);
}

export function payLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, main?: number): YearChartLayout {
  const { col, base } = rowColumns(rows, baseline);
  const afterTax: LineSpec[] = taxApplies(rows, baseline)
    ? // Dotted sky blue under the blue cash pay: the cash that is left, apart from cash pay in grey print too.
      [{ id: 'cashAfterTokenTax', label: metricLabel('cashAfterTokenTax'), color: PALETTE.afterTax, dash: '2 3', values: col('cashAfterTokenTax'), baseline: base('cashAfterTokenTax') }]
    : [];
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
          ...afterTax,
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
  const values = {
    from: m(first.cashPay),
    start: String(first.year),
    to: m(last.cashPay),
    end: String(last.year),
    share: formatPercent(last.tokenShare, 1, locale),
  };
  return taxApplies(rows) ? t('chart.pay.descriptionTax', { ...values, after: m(last.cashAfterTokenTax) }) : t('chart.pay.description', values);
}

/** `taxed`: add the allowance's tax and the cash after it (taxApplies; pass the same answer for a baseline's table, so their columns match). */
export function payTable(rows: readonly YearRow[], fmt: ChartFormats, taxed = taxApplies(rows)): TableModel {
  const u = unit('money', fmt);
  const tax = taxed
    ? [
        { label: column(metricLabel('tokenTax'), u), kind: 'money' as const, values: rows.map((r) => r.tokenTax) },
        { label: column(metricLabel('cashAfterTokenTax'), u), kind: 'money' as const, values: rows.map((r) => r.cashAfterTokenTax) },
      ]
    : [];
  return yearTable(
    taxed ? t('chart.pay.captionTax') : t('chart.pay.caption'),
    rows.map((r) => r.year),
    [
      { label: column(metricLabel('cashPay'), u), kind: 'money', values: rows.map((r) => r.cashPay) },
      ...tax,
      { label: column(metricLabel('advertisedPay'), u), kind: 'money', values: rows.map((r) => r.advertisedPay) },
      { label: column(metricLabel('budgetPerEngineer'), u), kind: 'money', values: rows.map((r) => r.budgetPerEngineer) },
      { label: column(t('chart.pay.share'), unit('percent', fmt)), kind: 'percent', values: rows.map((r) => r.tokenShare) },
    ],
    fmt,
  );
}
