// The headline sentence, generated from the numbers and framed by the lens
// (PRODUCT.md: a journalist leaves with "a scenario they can explain in one
// sentence"). A pure function of plain facts, so tests pass hand-built objects;
// it returns text, never markup, and reads nothing a user typed (titles, team
// names) so nothing untrusted reaches it.
import type { Summary, YearRow } from '../../model';
import type { Lens } from '../../state/store';
import { formatMoney, formatNumber, formatPercent, formatMultiplier } from '../format';

type Row = Pick<
  YearRow,
  | 'year' | 'engineers' | 'required' | 'rolesAtRisk' | 'jobsChange' | 'demand' | 'shortfall' | 'multiplier'
  | 'expectationGap' | 'budgetPerEngineer' | 'cashPay' | 'advertisedPay' | 'costPerOutput'
>;

export interface SentenceFacts {
  currency: string;
  /** The first and the final year's totals. */
  first: Row;
  last: Row;
  summary: Pick<Summary, 'firstYearTokensExceedSalary' | 'costVsNoAI'>;
  /** Final-year cost per output of the same scenario with no token budget. */
  noAICostPerOutput: number | null;
  /** The trade-off frontier of the final year (finance lens); omitted, the sentence skips it. */
  frontier?: { optimum: { budget: number }; breakEven: { budget: number }; breakEvenBeyondSweep: boolean };
}

// Below these a figure reads as zero in words (FTE shown to one decimal; shares to whole percent).
const FTE_EPS = 0.05;
const SHARE_EPS = 0.005;

const has = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** Words for the numbers, in one locale and currency. */
function wordsFor(currency: string, locale?: string) {
  // Whole FTE from 10 up; one decimal below, where a fraction of a role matters.
  const count = (v: number) => formatNumber(v, Math.abs(v) < 10 && Math.round(v) !== v ? 1 : 0, locale);
  const noun = (v: number, one: string, many: string) => `${count(v)} ${count(v) === count(1) ? one : many}`;
  return {
    count,
    noun,
    money: (v: number) => formatMoney(v, currency, locale),
    big: (v: number) => formatMoney(v, currency, locale, Math.abs(v) >= 1e6),
    pct: (v: number) => formatPercent(Math.abs(v), 0, locale),
    times: (v: number) => formatMultiplier(v, locale),
  };
}
type Words = ReturnType<typeof wordsFor>;

/** The shape of the final year, shared by every lens. */
function classify(f: SentenceFacts) {
  const { first, last } = f;
  const engineers = last.engineers ?? 0;
  const shortShare = has(last.shortfall) && has(last.demand) && last.demand > 0 ? last.shortfall / last.demand : 0;
  return {
    noEngineers: engineers < FTE_EPS,
    noTokens: !(has(last.budgetPerEngineer) && last.budgetPerEngineer > 0),
    atRisk: has(last.rolesAtRisk) && last.rolesAtRisk >= FTE_EPS,
    shortShare: shortShare >= SHARE_EPS ? shortShare : 0,
    shrunk: has(first.engineers) && first.engineers - engineers >= FTE_EPS,
    slowdown: has(last.multiplier) && last.multiplier < 1 - 1e-9,
    gains: has(last.multiplier) && last.multiplier > 1 + 1e-9,
  };
}

/** "cash pay goes from $X to $Y and advertised pay is $Z", or null when there is no one to pay. */
function payClause(f: SentenceFacts, w: Words): string | null {
  const { first, last } = f;
  if (!has(last.cashPay)) return null;
  const moved = has(first.cashPay) && Math.abs(last.cashPay - first.cashPay) >= 0.5;
  let text = moved
    ? `cash pay goes from ${w.money(first.cashPay!)} to ${w.money(last.cashPay)}`
    : `cash pay stays at ${w.money(last.cashPay)}`;
  if (has(last.advertisedPay) && Math.abs(last.advertisedPay - last.cashPay) >= 0.5) {
    text += ` and advertised pay ${moved ? 'reaches' : 'is'} ${w.money(last.advertisedPay)}`;
  }
  return text;
}

/** Follow-up sentences on the edge cases every lens should mention. */
function extras(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string[] {
  const out: string[] = [];
  if (c.slowdown) out.push(`The tools slow engineers down: each delivers ${w.times(f.last.multiplier!)} the output without them.`);
  const year = f.summary.firstYearTokensExceedSalary;
  if (year !== null) out.push(`From ${year} the token budget per engineer exceeds the base salary.`);
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const join = (parts: (string | null | false)[]) => parts.filter(Boolean).join(' ');

function newsroom(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string {
  const { first, last } = f;
  const year = last.year;
  const e = last.engineers ?? 0;
  if (c.noEngineers) {
    const undone = has(last.demand) && last.demand > 0 ? ', and none of the work demanded gets done' : '';
    return join([`By ${year} no engineers are left${undone}.`, ...extras(f, w, c)]);
  }
  const opener = c.noTokens ? 'Without a token budget' : `With ${w.money(last.budgetPerEngineer!)} of tokens per engineer a year`;
  let body: string;
  const doTheWork = `${w.noun(e, 'engineer does', 'engineers do')} the work ${w.count(last.required!)} could do by ${year}`;
  const roles = c.atRisk ? w.noun(last.rolesAtRisk!, 'role', 'roles') : '';
  if (c.atRisk && c.shortShare) {
    // Only several teams can have both: a surplus in some, a shortage in others.
    body = `${doTheWork}, but unevenly: ${roles} at risk in some teams and output ${w.pct(c.shortShare)} short of demand in others`;
  } else if (c.atRisk) {
    body = `${doTheWork}: ${roles} at risk`;
  } else if (c.shrunk) {
    body = `the team goes from ${w.count(first.engineers!)} to ${w.noun(e, 'engineer', 'engineers')} by ${year}`;
    body += c.shortShare ? `, and output falls ${w.pct(c.shortShare)} short of demand` : ', no more than demand needs';
  } else if (c.shortShare) {
    body = c.gains && !c.shrunk
      ? `demand grows faster than the tools raise output: ${w.noun(e, 'engineer falls', 'engineers fall')} ${w.pct(c.shortShare)} short of demand by ${year}, with no role at risk`
      : `${w.noun(e, 'engineer falls', 'engineers fall')} ${w.pct(c.shortShare)} short of demand by ${year}, with no role at risk`;
  } else {
    body = `all ${w.noun(e, 'engineer is', 'engineers are')} still needed by ${year}: no role is at risk`;
  }
  const pay = payClause(f, w);
  return join([`${opener}, ${body}${pay ? `, while ${pay}` : ''}.`, ...extras(f, w, c)]);
}

function union(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string {
  const { first, last } = f;
  const year = last.year;
  const e = last.engineers ?? 0;
  let lead: string;
  if (c.noEngineers) lead = `By ${year} no engineers are left`;
  else if (c.atRisk) {
    const are = w.count(last.rolesAtRisk!) === w.count(1) ? 'is' : 'are';
    lead = `By ${year}, ${w.count(last.rolesAtRisk!)} of ${w.count(e)} engineering roles ${are} at risk`;
  } else if (c.shortShare && c.gains && !c.shrunk) lead = `By ${year} no role is at risk: demand grows faster than the tools raise output`;
  else if (c.shrunk) {
    // Nothing is "at risk" once the cuts are made (layoffs or attrition under matchDemand): say what is gone.
    const gone = first.engineers! - e;
    const are = w.count(gone) === w.count(1) ? 'is' : 'are';
    lead = `By ${year}, ${w.count(gone)} of ${w.count(first.engineers!)} engineering roles ${are} gone`;
  } else lead = `By ${year} no role is at risk`;
  const jobs = last.jobsChange ?? 0;
  const jobsText =
    Math.abs(jobs) < FTE_EPS
      ? `jobs stay level with ${first.year}`
      : `jobs ${jobs < 0 ? 'fall' : 'grow'} by ${w.count(Math.abs(jobs))} against ${first.year}`;
  const parts = [`${lead}, and ${jobsText}`];
  const gap = last.expectationGap;
  if (!c.noEngineers && has(gap)) {
    if (gap >= SHARE_EPS) parts.push(`each engineer is asked for ${w.pct(gap)} more than the tools deliver`);
    else if (gap <= -SHARE_EPS) parts.push(`each engineer is asked for ${w.pct(gap)} less than the tools deliver`);
    else parts.push('each engineer is asked for what the tools deliver');
  }
  if (has(last.cashPay)) {
    parts.push(
      has(last.advertisedPay) && Math.abs(last.advertisedPay - last.cashPay) >= 0.5
        ? `cash pay is ${w.money(last.cashPay)} against an advertised ${w.money(last.advertisedPay)}`
        : `cash pay is ${w.money(last.cashPay)}`,
    );
  }
  const last2 = parts.length > 1 ? `${parts.slice(0, -1).join('; ')}, and ${parts.at(-1)}` : parts[0];
  const shortfall = !c.shortShare || c.noEngineers ? '' : c.atRisk
    ? ` Other teams fall ${w.pct(c.shortShare)} short of demand.`
    : ` Output falls ${w.pct(c.shortShare)} short of demand.`;
  return join([`${last2}.${shortfall}`, ...extras(f, w, c)]);
}

function finance(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string {
  const { first, last } = f;
  const year = last.year;
  const sentences: string[] = [];
  const cpo = last.costPerOutput;
  const base = f.noAICostPerOutput;
  if (!has(cpo)) sentences.push(`In ${year} nothing is produced, so there is no cost per output.`);
  else if (c.noTokens) sentences.push(`In ${year} a unit of output costs ${w.money(cpo)}, with no token budget.`);
  else if (has(base) && base > 0) {
    const change = cpo / base - 1;
    const versus =
      Math.abs(change) < SHARE_EPS
        ? `the same as without tokens`
        : `${w.pct(change)} ${change < 0 ? 'less' : 'more'} than without tokens (${w.money(base)})`;
    sentences.push(`In ${year} a unit of output costs ${w.money(cpo)}, ${versus}.`);
  } else sentences.push(`In ${year} a unit of output costs ${w.money(cpo)}.`);

  const fr = f.frontier;
  if (fr) {
    const budget = last.budgetPerEngineer ?? 0;
    // With no engineers left there is no budget per engineer to compare with.
    const current = c.noEngineers ? '' : c.noTokens ? ', against none in this scenario' : `, against ${w.money(budget)} in this scenario`;
    if (fr.optimum.budget < 0.5) {
      sentences.push(`No token budget pays for itself: the cheapest is none${current}.`);
    } else {
      const stop = fr.breakEvenBeyondSweep
        ? `tokens still pay for themselves at ${w.money(fr.breakEven.budget)}, the largest budget tried`
        : `tokens stop paying for themselves above ${w.money(fr.breakEven.budget)}`;
      const past = current && !c.noTokens && !fr.breakEvenBeyondSweep && budget > fr.breakEven.budget ? ', past break-even' : '';
      sentences.push(`The cost-minimising token budget is ${w.money(fr.optimum.budget)} per engineer a year and ${stop}${current}${past}.`);
    }
  }
  const total = f.summary.costVsNoAI;
  const span = `${first.year}–${year}`;
  if (!c.noTokens && Math.abs(total) >= 0.5) {
    sentences.push(`Over ${span} tokens ${total < 0 ? 'cut total cost by' : 'add'} ${w.big(Math.abs(total))}${total < 0 ? '' : ' to total cost'}.`);
  }
  return join([...sentences, ...extras(f, w, c)]);
}

const FRAMES: Record<Lens, typeof newsroom> = { newsroom, union, finance };

/** The headline sentence for a lens; `locale` defaults to the browser's. */
export function headlineSentence(facts: SentenceFacts, lens: Lens, locale?: string): string {
  const w = wordsFor(facts.currency, locale);
  return capitalise(FRAMES[lens](facts, w, classify(facts)));
}
