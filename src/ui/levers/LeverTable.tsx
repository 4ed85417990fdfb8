// Side by side: the scenario as it is and each lever's cut for the same saving,
// a row per outcome, with a small bar per cell scaled to the row's largest
// value (the numbers are the text; the bars are decoration for the eye).
import type { LeverComparison, LeverOutcome } from '../../model/levers';
import { formatMoney, formatNumber, formatPercent, formatSigned } from '../format';
import { formatTotal } from '../headline/money';

type OutcomeKey = keyof LeverOutcome;

// A soft hyphen lets "headcount" break at phone width.
const SHORT = { tokens: 'tokens', salary: 'salary', headcount: 'head\u00adcount' } as const;

interface Row {
  key: OutcomeKey;
  label: string;
  format: (v: number | null) => string;
}

export function LeverTable({ comparison, currency }: { comparison: LeverComparison; currency: string }) {
  const money = (v: number | null) => formatTotal(v, currency);
  const digits = (v: number | null) => (v !== null && Math.abs(v) < 100 ? 1 : 0);
  const fte = (v: number | null) => formatNumber(v, digits(v));
  const signed = (v: number | null) => formatSigned(v, digits(v));
  const rows: Row[] = [
    { key: 'costSaved', label: 'Cost saved, cumulative', format: money },
    { key: 'output', label: 'Output', format: fte },
    { key: 'shortfall', label: 'Shortfall against demand', format: fte },
    { key: 'engineers', label: 'Engineers', format: fte },
    { key: 'jobsChange', label: 'Jobs change since the start', format: signed },
    { key: 'rolesAtRisk', label: 'Roles at risk', format: fte },
    { key: 'cashPay', label: 'Cash pay per engineer', format: (v) => formatMoney(v, currency) },
    { key: 'costPerOutput', label: 'Cost per output', format: (v) => formatMoney(v, currency) },
  ];
  const columns: { id: string; title: string; outcome: LeverOutcome; note?: string; unreachable?: boolean }[] = [
    { id: 'none', title: 'No cut', outcome: comparison.base },
    ...comparison.levers.map((l) => ({
      id: l.lever,
      title: `Cut ${SHORT[l.lever]}`,
      outcome: l.outcome,
      // The conclusion above says how much an unreachable lever can save at most.
      note: `−${formatPercent(l.cut, 1)}`,
      unreachable: !l.reachable,
    })),
  ];
  return (
    <div className="lever-table-wrap">
      <table className="lever-table">
        <caption className="visually-hidden">Outcomes of each lever for the same saving, final year</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} data-lever={c.id}>
                {c.title}
                {c.note && <span className="lever-cut">{c.note}</span>}
                {c.unreachable && <span className="lever-cut lever-cut--short">short of the target</span>}
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
