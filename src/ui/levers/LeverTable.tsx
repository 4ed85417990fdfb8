// Side by side: the scenario as it is and each lever's cut for the same saving,
// a row per outcome, with a small bar per cell scaled to the row's largest
// value (the numbers are the text; the bars are decoration for the eye).
import type { LeverComparison, LeverOutcome } from '../../model/levers';
import { formatMoney, formatNumber, formatPercent, formatSigned } from '../format';
import { formatTotal } from '../headline/money';
import { useLocale, useT } from '../../i18n/react';
import { metricLabel } from '../metricLabels';

type OutcomeKey = keyof LeverOutcome;


interface Row {
  key: OutcomeKey;
  label: string;
  format: (v: number | null) => string;
}

export function LeverTable({ comparison, currency }: { comparison: LeverComparison; currency: string }) {
  const t = useT();
  const locale = useLocale();
  const money = (v: number | null) => formatTotal(v, currency, locale);
  const digits = (v: number | null) => (v !== null && Math.abs(v) < 100 ? 1 : 0);
  const fte = (v: number | null) => formatNumber(v, digits(v), locale);
  const signed = (v: number | null) => formatSigned(v, digits(v), locale);
  const rows: Row[] = [
    { key: 'costSaved', label: t('levers.row.costSaved'), format: money },
    { key: 'output', label: metricLabel('output'), format: fte },
    { key: 'shortfall', label: t('levers.row.shortfall'), format: fte },
    { key: 'engineers', label: metricLabel('engineers'), format: fte },
    { key: 'jobsChange', label: t('levers.row.jobsChange'), format: signed },
    { key: 'rolesAtRisk', label: metricLabel('rolesAtRisk'), format: fte },
    { key: 'cashPay', label: t('levers.row.cashPay'), format: (v) => formatMoney(v, currency, locale) },
    { key: 'costPerOutput', label: metricLabel('costPerOutput'), format: (v) => formatMoney(v, currency, locale) },
  ];
  // Soft hyphens (\u00ad) in the catalogue let long words ("head\u00adcount", "Personal\u00adabbau") break at phone width.
  const leverTitle = { tokens: t('levers.cut.tokens'), salary: t('levers.cut.salary'), headcount: t('levers.cut.headcount') };
  const columns: { id: string; title: string; outcome: LeverOutcome; note?: string; unreachable?: boolean }[] = [
    { id: 'none', title: t('levers.noCut'), outcome: comparison.base },
    ...comparison.levers.map((l) => ({
      id: l.lever,
      title: leverTitle[l.lever],
      outcome: l.outcome,
      // The conclusion above says how much an unreachable lever can save at most.
      note: `−${formatPercent(l.cut, 1, locale)}`,
      unreachable: !l.reachable,
    })),
  ];
  return (
    <div className="lever-table-wrap">
      <table className="lever-table">
        <caption className="visually-hidden">{t('levers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('levers.outcome')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} data-lever={c.id}>
                {c.title}
                {c.note && <span className="lever-cut">{c.note}</span>}
                {c.unreachable && <span className="lever-cut lever-cut--short">{t('levers.short')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const values = columns.map((c) => c.outcome[row.key]);
            const scale = Math.max(...values.map((v) => Math.abs(v ?? 0)));
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map((c, i) => {
                  const v = values[i];
                  const text = row.format(v);
                  // No bar for a value shown as zero, or under 1% of the row's largest: it would read as a stray mark.
                  const share = scale > 0 && v !== null && /[1-9]/.test(text) ? Math.abs(v) / scale : 0;
                  const width = share < 0.01 ? 0 : share * 100;
                  return (
                    <td key={c.id} data-lever={c.id} data-outcome={row.key} data-value={v ?? ''}>
                      <span className="lever-value">{text}</span>
                      <span className="lever-bar" aria-hidden="true">
                        <span className={v !== null && v < 0 ? 'lever-bar-fill lever-bar-fill--neg' : 'lever-bar-fill'} style={{ width: `${width}%` }} />
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
