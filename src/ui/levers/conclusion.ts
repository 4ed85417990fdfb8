// The comparison of levers in plain words: what each cut costs in output, jobs
// and pay for the same saving. Pure text (no markup), from the solver's numbers,
// each clause a catalogue message (src/locales) in the reader's language.
import type { LeverComparison, LeverOutcome, LeverSolution } from '../../model/levers';
import type { Lever } from '../../scenario/schema';
import { formatMoney, formatNumber, formatPercent } from '../format';
import { t } from '../../i18n';

/** The lever as the object of "cutting …" (a getter per lever: the reader's language). */
export const LEVER_NAMES: Readonly<Record<Lever, string>> = {
  get tokens() {
    return t('levers.name.tokens');
  },
  get salary() {
    return t('levers.name.salary');
  },
  get headcount() {
    return t('levers.name.headcount');
  },
};

const EPS = 0.005;

/** "cutting the token budget by 27%", or "cutting the token budget cannot save this much: at most $X". */
export function cutText(l: LeverSolution, currency: string, locale?: string): string {
  if (!l.reachable) {
    return t('levers.cannotSave', { lever: LEVER_NAMES[l.lever], max: formatMoney(l.maxSaved, currency, locale, l.maxSaved >= 1e6) });
  }
  return t('levers.cutBy', { lever: LEVER_NAMES[l.lever], cut: formatPercent(l.cut, 1, locale) });
}

function effects(o: LeverOutcome, base: LeverOutcome, currency: string, locale?: string): string {
  const parts: string[] = [];
  const lost = (base.engineers ?? 0) - (o.engineers ?? 0);
  const fte = (v: number) => formatNumber(v, v < 10 ? 1 : 0, locale);
  const plural = (v: number) => Number(v.toFixed(v < 10 ? 1 : 0));
  if (lost >= 0.05) parts.push(t('levers.fewerEngineers', { n: plural(lost), count: fte(lost) }));
  else if (lost <= -0.05) parts.push(t('levers.moreEngineers', { n: plural(-lost), count: fte(-lost) }));
  const output = base.output && base.output > 0 ? (o.output ?? 0) / base.output - 1 : 0;
  if (output <= -EPS) parts.push(t('levers.lessOutput', { pct: formatPercent(-output, 0, locale) }));
  const pay = base.cashPay && o.cashPay !== null ? o.cashPay / base.cashPay - 1 : 0;
  if (pay <= -EPS) parts.push(t('levers.payDown', { pct: formatPercent(-pay, 0, locale), pay: formatMoney(o.cashPay, currency, locale) }));
  if (!parts.length) return t('levers.noLoss');
  return parts.length === 1 ? parts[0] : t('levers.and', { rest: parts.slice(0, -1).reduce((a, b) => t('levers.comma', { a, b })), last: parts.at(-1)! });
}

/** Output lost by a lever against the scenario as it is (0 when none). */
const outputLoss = (o: LeverOutcome, base: LeverOutcome) =>
  base.output && base.output > 0 ? Math.max(0, 1 - (o.output ?? 0) / base.output) : 0;

export function conclusion(c: LeverComparison, currency: string, locale?: string): string {
  const target = formatMoney(c.savings, currency, locale, c.savings >= 1e6);
  if (c.savings <= 0) return t('levers.setTarget');
  const reachable = c.levers.filter((l) => l.reachable);
  const clauses = c.levers.map((l) =>
    l.reachable ? t('levers.means', { cut: cutText(l, currency, locale), effects: effects(l.outcome, c.base, currency, locale) }) : cutText(l, currency, locale),
  );
  const sentences = [t('levers.toSave', { target, year: String(c.year), clauses: clauses.reduce((a, b) => t('levers.semicolon', { a, b })) })];
  if (reachable.length > 1) {
    const best = [...reachable].sort((a, b) => outputLoss(a.outcome, c.base) - outputLoss(b.outcome, c.base))[0];
    const loss = outputLoss(best.outcome, c.base);
    sentences.push(
      loss < EPS
        ? t('levers.keepsOutput', { lever: LEVER_NAMES[best.lever] })
        : t('levers.losesLeast', { lever: LEVER_NAMES[best.lever], pct: formatPercent(loss, 0, locale) }),
    );
  } else if (!reachable.length) {
    sentences.push(t('levers.noneReaches'));
  }
  return sentences.join(' ');
}
