// The headline sentence, generated from the numbers and framed by the lens
// (PRODUCT.md: a journalist leaves with "a scenario they can explain in one
// sentence"). A pure function of plain facts, so tests pass hand-built objects;
// it returns text, never markup, and reads nothing a user typed (titles, team
// names) so nothing untrusted reaches it. Every clause is a catalogue message
// with its numbers as arguments (plural forms chosen by the number as shown),
// so each language orders and inflects the clauses its own way. People are
// counted in whole heads (people.ts).
import type { Summary, YearRow } from '../../model';
import type { Lens } from '../../state/store';
import { formatMoney, formatPercent, formatMultiplier } from '../format';
import { anyPeople, lessThanOne, peoplePlural, peopleText, PEOPLE_EPS, wholePeople } from './people';
import { t } from '../../i18n';

type Row = Pick<
  YearRow,
  | 'year' | 'engineers' | 'managers' | 'required' | 'rolesAtRisk' | 'managerRolesAtRisk' | 'jobsChange' | 'demand' | 'shortfall' | 'multiplier'
  | 'expectationGap' | 'budgetPerEngineer' | 'cashPay' | 'advertisedPay' | 'costPerOutput'
>;

export interface SentenceFacts {
  currency: string;
  /** The first and the final year's totals. */
  first: Row;
  last: Row;
  summary: Pick<Summary, 'firstYearTokensExceedSalary' | 'costVsNoAI' | 'cumulativeLayoffs'>;
  /** Final-year cost per output of the same scenario with no token budget. */
  noAICostPerOutput: number | null;
  /** The trade-off frontier of the final year (finance lens); omitted, the sentence skips it. */
  frontier?: { optimum: { budget: number }; breakEven: { budget: number }; breakEvenBeyondSweep: boolean };
}

// Below this a share reads as zero in words (shares are said to whole percent); people: people.ts.
const SHARE_EPS = 0.005;

const has = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** Words for the numbers, in one locale and currency. */
function wordsFor(currency: string, locale?: string) {
  return {
    /** People in whole heads, or "less than one" (people.ts). */
    count: (v: number) => peopleText(v, locale),
    /** The number a plural form is chosen by: the count as said ("less than one role" is singular). */
    plural: peoplePlural,
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
    noEngineers: !anyPeople(engineers),
    noTokens: !(has(last.budgetPerEngineer) && last.budgetPerEngineer > 0),
    atRisk: anyPeople(last.rolesAtRisk),
    managersAtRisk: anyPeople(last.managerRolesAtRisk),
    shortShare: shortShare >= SHARE_EPS ? shortShare : 0,
    shrunk: has(first.engineers) && first.engineers - engineers >= PEOPLE_EPS,
    slowdown: has(last.multiplier) && last.multiplier < 1 - 1e-9,
    gains: has(last.multiplier) && last.multiplier > 1 + 1e-9,
  };
}

/** "cash pay goes from $X to $Y and advertised pay is $Z", or null when there is no one to pay. */
function payClause(f: SentenceFacts, w: Words): string | null {
  const { first, last } = f;
  if (!has(last.cashPay)) return null;
  const moved = has(first.cashPay) && Math.abs(last.cashPay - first.cashPay) >= 0.5;
  const values = { from: w.money(first.cashPay ?? 0), to: w.money(last.cashPay) };
  if (has(last.advertisedPay) && Math.abs(last.advertisedPay - last.cashPay) >= 0.5) {
    const advertised = w.money(last.advertisedPay);
    return moved ? t('sentence.pay.movesAdvertised', { ...values, advertised }) : t('sentence.pay.staysAdvertised', { to: values.to, advertised });
  }
  return moved ? t('sentence.pay.moves', values) : t('sentence.pay.stays', { to: values.to });
}

/** Follow-up sentences on the edge cases every lens should mention. */
function extras(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string[] {
  const out: string[] = [];
  if (c.slowdown) out.push(t('sentence.slowdown', { times: w.times(f.last.multiplier!) }));
  const year = f.summary.firstYearTokensExceedSalary;
  if (year !== null) out.push(t('sentence.tokensExceedSalary', { year: String(year) }));
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const join = (parts: (string | null | false)[]) => parts.filter(Boolean).join(' ');

function newsroom(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string {
  const { first, last } = f;
  const year = String(last.year);
  const e = last.engineers ?? 0;
  if (c.noEngineers) {
    const undone = has(last.demand) && last.demand > 0;
    return join([t(undone ? 'sentence.news.noEngineersUndone' : 'sentence.news.noEngineers', { year }), ...extras(f, w, c)]);
  }
  const opener = c.noTokens ? t('sentence.news.withoutTokens') : t('sentence.news.withTokens', { money: w.money(last.budgetPerEngineer!) });
  const staff = { e: w.plural(e), engineers: w.count(e), year };
  const short = w.pct(c.shortShare);
  let body: string;
  if (c.atRisk) {
    // With one team (or none short) roles at risk are engineers − required: say required as the difference of
    // the two whole counts, so "8 engineers do the work 7 could do: 1 role at risk" adds up (7.5 alone rounds to 8).
    const r = last.rolesAtRisk!;
    const single = has(last.required) && Math.abs(e - last.required - r) < PEOPLE_EPS;
    const required = single ? Math.max(0, wholePeople(e) - (lessThanOne(r) ? 0 : wholePeople(r))) : last.required!;
    const work = t('sentence.news.doTheWork', { ...staff, required: w.count(required) });
    const roles = { work, r: w.plural(last.rolesAtRisk!), roles: w.count(last.rolesAtRisk!) };
    // Only several teams can have both: a surplus in some, a shortage in others.
    body = c.shortShare ? t('sentence.news.unevenly', { ...roles, short }) : t('sentence.news.atRisk', roles);
  } else if (c.shrunk) {
    const from = w.count(first.engineers!);
    body = c.shortShare ? t('sentence.news.shrunkShort', { ...staff, from, short }) : t('sentence.news.shrunk', { ...staff, from });
  } else if (c.shortShare) {
    body = c.gains ? t('sentence.news.demandOutgrows', { ...staff, short }) : t('sentence.news.short', { ...staff, short });
  } else {
    body = t('sentence.news.allNeeded', staff);
  }
  const pay = payClause(f, w);
  const sentence = pay ? t('sentence.news.withPay', { opener, body, pay }) : t('sentence.news.plain', { opener, body });
  return join([sentence, ...extras(f, w, c)]);
}

function union(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string {
  const { first, last } = f;
  const year = String(last.year);
  const e = last.engineers ?? 0;
  let lead: string;
  // Roles at risk, managers included (issue 8 point 7): managers beyond those the needed engineers call for.
  const managers = { m: w.plural(last.managerRolesAtRisk ?? 0), managers: w.count(last.managerRolesAtRisk ?? 0) };
  if (c.noEngineers) lead = t('sentence.union.noEngineers', { year });
  else if (c.atRisk) {
    if (c.managersAtRisk) {
      // One count, managers included: of all engineering and manager roles (shorter than two counts, which pushed
      // the German first screen's lead chart down a line).
      const risk = last.rolesAtRisk! + last.managerRolesAtRisk!;
      const total = e + (last.managers ?? 0);
      lead = t('sentence.union.atRiskWithManagers', { year, r: w.plural(risk), roles: w.count(risk), total: w.count(total) });
    } else lead = t('sentence.union.atRisk', { year, r: w.plural(last.rolesAtRisk!), roles: w.count(last.rolesAtRisk!), engineers: w.count(e) });
  } else if (c.managersAtRisk) lead = t('sentence.union.managersAtRisk', { year, ...managers });
  else if (c.shortShare && c.gains && !c.shrunk) lead = t('sentence.union.demandOutgrows', { year });
  else if (c.shrunk) {
    // Nothing is "at risk" once the cuts are made (layoffs or attrition under matchDemand): say what is gone.
    const gone = first.engineers! - e;
    lead = t('sentence.union.gone', { year, g: w.plural(gone), gone: w.count(gone), from: w.count(first.engineers!) });
  } else lead = t('sentence.union.noRisk', { year });
  const jobs = last.jobsChange ?? 0;
  const start = String(first.year);
  const jobsText =
    !anyPeople(jobs)
      ? t('sentence.union.jobsLevel', { start })
      : t(jobs < 0 ? 'sentence.union.jobsFall' : 'sentence.union.jobsGrow', { count: w.count(Math.abs(jobs)), start });
  const parts = [t('sentence.union.leadAndJobs', { lead, jobs: jobsText })];
  // Layoffs over the whole run, when there are any: a cut made in 2027 is gone from the final year's flows.
  const laidOff = f.summary.cumulativeLayoffs;
  if (anyPeople(laidOff)) {
    parts.push(t('sentence.union.layoffs', { l: w.plural(laidOff), layoffs: w.count(laidOff), span: `${start}–${year}` }));
  }
  const gap = last.expectationGap;
  if (!c.noEngineers && has(gap)) {
    if (gap >= SHARE_EPS) parts.push(t('sentence.union.gapMore', { pct: w.pct(gap) }));
    else if (gap <= -SHARE_EPS) parts.push(t('sentence.union.gapLess', { pct: w.pct(gap) }));
    else parts.push(t('sentence.union.gapNone'));
  }
  if (has(last.cashPay)) {
    parts.push(
      has(last.advertisedPay) && Math.abs(last.advertisedPay - last.cashPay) >= 0.5
        ? t('sentence.union.cashAdvertised', { cash: w.money(last.cashPay), advertised: w.money(last.advertisedPay) })
        : t('sentence.union.cash', { cash: w.money(last.cashPay) }),
    );
  }
  // "a; b; c, and d": the clauses in one sentence.
  const body =
    parts.length > 1
      ? t('sentence.list.last', { rest: parts.slice(0, -1).reduce((a, b) => t('sentence.list.next', { a, b })), last: parts.at(-1)! })
      : parts[0];
  const shortfall = !c.shortShare || c.noEngineers ? null : t(c.atRisk ? 'sentence.union.otherTeamsShort' : 'sentence.union.outputShort', { pct: w.pct(c.shortShare) });
  return join([t('sentence.end', { body }), shortfall, ...extras(f, w, c)]);
}

function finance(f: SentenceFacts, w: Words, c: ReturnType<typeof classify>): string {
  const { first, last } = f;
  const year = String(last.year);
  const sentences: string[] = [];
  const cpo = last.costPerOutput;
  const base = f.noAICostPerOutput;
  if (!has(cpo)) sentences.push(t('sentence.finance.nothing', { year }));
  else if (c.noTokens) sentences.push(t('sentence.finance.noTokens', { year, cost: w.money(cpo) }));
  else if (has(base) && base > 0) {
    const change = cpo / base - 1;
    const values = { year, cost: w.money(cpo), pct: w.pct(change), base: w.money(base) };
    sentences.push(
      Math.abs(change) < SHARE_EPS
        ? t('sentence.finance.same', values)
        : t(change < 0 ? 'sentence.finance.less' : 'sentence.finance.more', values),
    );
  } else sentences.push(t('sentence.finance.plain', { year, cost: w.money(cpo) }));

  const fr = f.frontier;
  if (fr) {
    const budget = last.budgetPerEngineer ?? 0;
    // With no engineers left there is no budget per engineer to compare with.
    const current = c.noEngineers ? '' : c.noTokens ? t('sentence.finance.againstNone') : t('sentence.finance.against', { budget: w.money(budget) });
    if (fr.optimum.budget < 0.5) {
      sentences.push(t('sentence.finance.noneCheapest', { current }));
    } else {
      const stop = fr.breakEvenBeyondSweep
        ? t('sentence.finance.stillPays', { budget: w.money(fr.breakEven.budget) })
        : t('sentence.finance.stopsPaying', { budget: w.money(fr.breakEven.budget) });
      const past = current && !c.noTokens && !fr.breakEvenBeyondSweep && budget > fr.breakEven.budget ? t('sentence.finance.pastBreakEven') : '';
      sentences.push(t('sentence.finance.optimum', { optimum: w.money(fr.optimum.budget), stop, current, past }));
    }
  }
  const total = f.summary.costVsNoAI;
  const span = `${first.year}–${year}`;
  if (!c.noTokens && Math.abs(total) >= 0.5) {
    sentences.push(t(total < 0 ? 'sentence.finance.tokensCut' : 'sentence.finance.tokensAdd', { span, amount: w.big(Math.abs(total)) }));
  }
  return join([...sentences, ...extras(f, w, c)]);
}

const FRAMES: Record<Lens, typeof newsroom> = { newsroom, union, finance };

/** The headline sentence for a lens, in the reader's language; `locale` defaults to the reader's. */
export function headlineSentence(facts: SentenceFacts, lens: Lens, locale?: string): string {
  const w = wordsFor(facts.currency, locale);
  return capitalise(FRAMES[lens](facts, w, classify(facts)));
}
