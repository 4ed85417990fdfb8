// "What would have to be true" in words (PRODUCT.md capability 12, MODEL.md
// §6): the headline's claim ("1 role at risk by 2030"), each input's flip as
// a condition ("demand grows less than 5.6% a year") and the line that joins
// the closest few ("…, as long as A, B and C."). Pure: the engine's Flips in,
// text out; the page (Flips.tsx) and the download cards (src/export) share it.
import type { Flip, Flips } from '../../model/flips';
import { formatMoney, formatMultiplier, formatNumber, formatPercent } from '../format';
import { peoplePlural, peopleText } from './people';
import { t, type MessageId } from '../../i18n';

/** How many of the closest flips the line names; the disclosure lists them all. */
export const LINE_FLIPS = 3;

export interface FlipTextContext {
  currency: string;
  /** In shareOfSalary mode the budgets are fractions of salary (MODEL.md §8). */
  budgetMode: 'perEngineer' | 'shareOfSalary';
  locale?: string;
}

type Kind = 'percent' | 'money' | 'times' | 'number' | 'count';

/** Each input's unit, as the editor shows it, and its condition's catalogue message. */
const INPUTS: Record<string, { kind: Kind; message: MessageId }> = {
  'demand.growth': { kind: 'percent', message: 'headline.flip.demandGrowth' },
  'demand.elasticity': { kind: 'number', message: 'headline.flip.demandElasticity' },
  'productivity.maxMultiplier': { kind: 'times', message: 'headline.flip.maxMultiplier' },
  'productivity.assumedMaxMultiplier': { kind: 'times', message: 'headline.flip.assumedMaxMultiplier' },
  'productivity.halfGainTokens': { kind: 'count', message: 'headline.flip.halfGainTokens' },
  'productivity.halfGainGrowth': { kind: 'percent', message: 'headline.flip.halfGainGrowth' },
  'productivity.adoptionYears': { kind: 'number', message: 'headline.flip.adoptionYears' },
  'productivity.planLearning': { kind: 'percent', message: 'headline.flip.planLearning' },
  'productivity.reworkShare': { kind: 'percent', message: 'headline.flip.reworkShare' },
  'tokens.budget': { kind: 'money', message: 'headline.flip.budget' },
  'tokens.budgetGrowth': { kind: 'percent', message: 'headline.flip.budgetGrowth' },
  'tokens.budgetInUse': { kind: 'money', message: 'headline.flip.budgetInUse' },
  'tokens.pricePerMillion': { kind: 'money', message: 'headline.flip.pricePerMillion' },
  'tokens.priceDecline': { kind: 'percent', message: 'headline.flip.priceDecline' },
  'tokens.usageSpread': { kind: 'number', message: 'headline.flip.usageSpread' },
  'tokens.benefitTaxRate': { kind: 'percent', message: 'headline.flip.benefitTaxRate' },
  salaryGrowth: { kind: 'percent', message: 'headline.flip.salaryGrowth' },
  'policy.attrition': { kind: 'percent', message: 'headline.flip.attrition' },
  'policy.hireLimit': { kind: 'percent', message: 'headline.flip.hireLimit' },
  'policy.severanceMonths': { kind: 'number', message: 'headline.flip.severanceMonths' },
  'policy.hiringCostRate': { kind: 'percent', message: 'headline.flip.hiringCostRate' },
  'managers.spanOfControl': { kind: 'number', message: 'headline.flip.spanOfControl' },
  'managers.spanGrowth': { kind: 'percent', message: 'headline.flip.spanGrowth' },
  'managers.salaryRatio': { kind: 'times', message: 'headline.flip.managerSalaryRatio' },
  'specialists.perMillionSpend': { kind: 'number', message: 'headline.flip.perMillionSpend' },
  'specialists.salaryRatio': { kind: 'times', message: 'headline.flip.specialistSalaryRatio' },
};

function kindOf(path: string, ctx: FlipTextContext): Kind {
  if ((path === 'tokens.budget' || path === 'tokens.budgetInUse') && ctx.budgetMode === 'shareOfSalary') return 'percent';
  return INPUTS[path]?.kind ?? 'number';
}

/** A value in the input's unit with `extra` more digits than usual. */
function format(kind: Kind, value: number, ctx: FlipTextContext, extra: number): string {
  const { locale } = ctx;
  switch (kind) {
    case 'percent':
      return formatPercent(value, 1 + extra, locale);
    case 'money':
      // Whole money from 100 up; more digits only when today's and the flip's would read the same.
      return extra === 0 ? formatMoney(value, ctx.currency, locale) : new Intl.NumberFormat(locale, { style: 'currency', currency: ctx.currency, maximumFractionDigits: Math.min(20, 2 + extra) }).format(value);
    case 'times':
      return extra === 0 ? formatMultiplier(value, locale) : `${formatNumber(value, 2 + extra, locale)}×`;
    case 'count':
      return formatNumber(value, extra, locale);
    case 'number':
      return formatNumber(value, 2 + extra, locale);
  }
}

/**
 * Today's value and the flip value as shown, with as many more digits as
 * they need to read differently (a flip 0.3% away must not read "30%, flips
 * at 30%").
 */
export function flipValues(flip: Flip, ctx: FlipTextContext): { today: string; flip: string | null } {
  const kind = kindOf(flip.path, ctx);
  if (flip.flip === null) return { today: format(kind, flip.value, ctx, 0), flip: null };
  let extra = 0;
  while (extra < 4 && format(kind, flip.value, ctx, extra) === format(kind, flip.flip, ctx, extra)) extra++;
  return { today: format(kind, flip.value, ctx, extra), flip: format(kind, flip.flip, ctx, extra) };
}

/** The condition under which the headline holds ("demand grows less than 5.6% a year"), or null without a flip. */
export function flipCondition(flip: Flip, ctx: FlipTextContext): string | null {
  if (flip.flip === null || flip.holdsWhile === null) return null;
  const value = flipValues(flip, ctx).flip!;
  const known = INPUTS[flip.path];
  if (!known) return t('headline.flip.other', { path: flip.path, side: flip.holdsWhile, value });
  // Every condition takes the same arguments ({side}, {value}): one id stands for the type of all.
  return t(known.message as 'headline.flip.demandGrowth', { side: flip.holdsWhile, value });
}

/** What the headline says, in a few words ("1 role at risk by 2030"), or null for a headline the lenses do not lead with. */
export function flipClaim(flips: Pick<Flips, 'headline' | 'value'>, ctx: FlipTextContext): string | null {
  const { metric, year } = flips.headline;
  const value = flips.value;
  if (value === null || !Number.isFinite(value)) return null;
  if (metric === 'rolesAtRisk') {
    // The threshold is 0.5: the claim counts whole roles as the sentence does (people.ts): none, "less than one"
    // below a half, else rounded; the =0 form is "no role".
    const roles = Math.max(0, value);
    return t('headline.flips.claimRoles', { r: peoplePlural(roles), roles: peopleText(roles, ctx.locale), year: String(year) });
  }
  if (metric === 'costPerOutputVsNoAI') {
    const pct = formatPercent(Math.abs(value), 0, ctx.locale);
    return t(value < 0 ? 'headline.flips.claimCheaper' : 'headline.flips.claimDearer', { pct, year: String(year) });
  }
  return null;
}

/** "A", "A and B", "A, B and C". */
function list(items: string[]): string {
  if (items.length === 1) return items[0];
  if (items.length === 2) return t('headline.flips.two', { a: items[0], b: items[1] });
  return t('headline.flips.three', { a: items[0], b: items[1], c: items[2] });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The conditions alone, for the line right under the headline sentence (issue 8:
 * "shown beside the headline sentence"): the sentence already makes the claim,
 * so this says only "As long as A and B." (the closest `count`, at most 3), or
 * that no single input flips it. The full line and every input follow the lead
 * chart (Conditions.tsx), so the phone's first screen keeps its chart (issue 9).
 */
export function flipsBrief(flips: Pick<Flips, 'headline' | 'value' | 'inputs'>, ctx: FlipTextContext, count = 2): string | null {
  if (flipClaim(flips, ctx) === null) return null;
  const conditions = flips.inputs
    .map((f) => flipCondition(f, ctx))
    .filter((c): c is string => c !== null)
    .slice(0, Math.max(1, Math.min(count, 3)));
  if (conditions.length === 0) return t('headline.flips.briefRobust');
  return t('headline.flips.brief', { conditions: list(conditions) });
}

/**
 * The line beside the headline: "1 role at risk by 2030, as long as demand
 * grows less than 5.6% a year and the ceiling stays above 1.31×." with the
 * closest `count` flips; "…, whichever single input moves within its bounds."
 * when none flips it; null when the headline has no claim to qualify.
 */
export function flipsLine(flips: Pick<Flips, 'headline' | 'value' | 'inputs'>, ctx: FlipTextContext, count = LINE_FLIPS): string | null {
  const claim = flipClaim(flips, ctx);
  if (claim === null) return null;
  const conditions = flips.inputs
    .map((f) => flipCondition(f, ctx))
    .filter((c): c is string => c !== null)
    .slice(0, Math.max(1, Math.min(count, 3)));
  if (conditions.length === 0) return capitalise(t('headline.flips.robust', { claim }));
  return capitalise(t('headline.flips.line', { claim, conditions: list(conditions) }));
}
