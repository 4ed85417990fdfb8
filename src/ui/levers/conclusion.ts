// The comparison of levers in plain words: what each cut costs in output, jobs
// and pay for the same saving. Pure text (no markup), from the solver's numbers.
import type { LeverComparison, LeverOutcome, LeverSolution } from '../../model/levers';
import type { Lever } from '../../scenario/schema';
import { formatMoney, formatNumber, formatPercent } from '../format';

export const LEVER_NAMES: Record<Lever, string> = { tokens: 'the token budget', salary: 'salary', headcount: 'headcount' };

const EPS = 0.005;

/** "cutting the token budget by 27%", or "cutting the token budget cannot save this much: at most $X". */
export function cutText(l: LeverSolution, currency: string, locale?: string): string {
  const cutting = `cutting ${LEVER_NAMES[l.lever]}`;
  if (!l.reachable) return `${cutting} cannot save this much: at most ${formatMoney(l.maxSaved, currency, locale, l.maxSaved >= 1e6)}`;
  return `${cutting} by ${formatPercent(l.cut, 1, locale)}`;
}

function effects(o: LeverOutcome, base: LeverOutcome, currency: string, locale?: string): string {
  const parts: string[] = [];
  const lost = (base.engineers ?? 0) - (o.engineers ?? 0);
  const fte = (v: number) => formatNumber(v, v < 10 ? 1 : 0, locale);
  if (lost >= 0.05) parts.push(`${fte(lost)} fewer engineers`);
  else if (lost <= -0.05) parts.push(`${fte(-lost)} more engineers`);
  const output = base.output && base.output > 0 ? (o.output ?? 0) / base.output - 1 : 0;
  if (output <= -EPS) parts.push(`${formatPercent(-output, 0, locale)} less output`);
  const pay = base.cashPay && o.cashPay !== null ? o.cashPay / base.cashPay - 1 : 0;
  if (pay <= -EPS) parts.push(`cash pay down ${formatPercent(-pay, 0, locale)} to ${formatMoney(o.cashPay, currency, locale)}`);
  if (!parts.length) return 'with no loss of engineers, output or cash pay';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Output lost by a lever against the scenario as it is (0 when none). */
const outputLoss = (o: LeverOutcome, base: LeverOutcome) =>
  base.output && base.output > 0 ? Math.max(0, 1 - (o.output ?? 0) / base.output) : 0;

export function conclusion(c: LeverComparison, currency: string, locale?: string): string {
  const target = formatMoney(c.savings, currency, locale, c.savings >= 1e6);
  if (c.savings <= 0) return 'Set a savings target above zero to compare the levers.';
  const reachable = c.levers.filter((l) => l.reachable);
  const clauses = c.levers.map((l) =>
    l.reachable ? `${cutText(l, currency, locale)} means ${effects(l.outcome, c.base, currency, locale)}` : cutText(l, currency, locale),
  );
  const sentences = [`To save ${target} from ${c.year}: ${clauses.join('; ')}.`];
  if (reachable.length > 1) {
    const best = [...reachable].sort((a, b) => outputLoss(a.outcome, c.base) - outputLoss(b.outcome, c.base))[0];
    const loss = outputLoss(best.outcome, c.base);
    sentences.push(
      loss < EPS
        ? `Cutting ${LEVER_NAMES[best.lever]} keeps final-year output.`
        : `Cutting ${LEVER_NAMES[best.lever]} loses the least output (${formatPercent(loss, 0, locale)}).`,
    );
  } else if (!reachable.length) {
    sentences.push('No single lever saves this much: lower the target or start the downturn earlier.');
  }
  return sentences.join(' ');
}
