// The headline figures: what each is called, what it means in one line, how it
// is read from a run and formatted. Yearly figures are read in the year the
// reader chose (the final year by default, issue 9 point 4); the summary's
// cover the whole run. Names are MODEL.md §5's (yearly metrics)
// and the summary's field names: they are the `data-metric` contract of
// PRODUCT.md, so tests and scripts can read them.
import type { SimulationResult, YearRow } from '../../model';
import { formatMoney, formatNumber, formatPercent, formatMultiplier, formatSigned } from '../format';
import { formatTotal } from './money';
import { PEOPLE_EPS } from './people';
import { metricLabel } from '../metricLabels';
import type { YearMetric } from '../../model/metrics';
import { t } from '../../i18n';

export const FIGURE_NAMES = [
  'rolesAtRisk', 'required', 'engineers', 'jobsChange', 'shortfall', 'totalCost', 'costPerOutput',
  'tokenShare', 'multiplier', 'intensity', 'expectationGap', 'cashPay', 'advertisedPay', 'budgetPerEngineer',
  'costVsNoAI', 'costSaved', 'firstYearTokensExceedSalary', 'payForgone',
  // Model version 2 (MODEL.md §5): flows, managers, the demand response, the one-off and per-head costs, the tax on a
  // token allowance, and the summary's v2 fields.
  'managerRolesAtRisk', 'hires', 'layoffs', 'demandResponse', 'costPerDemandMet', 'severanceCost', 'hiringCost',
  'otherCost', 'tokenTax', 'cashAfterTokenTax', 'cumulativeHires', 'cumulativeLayoffs', 'costPerOutputVsNoAI',
  'costPerDemandMetVsNoAI',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** What formatting needs to know about the scenario. */
export interface FigureContext {
  currency: string;
  startYear: number;
  finalYear: number;
  /** The year the yearly figures are read in (the final year unless the reader chose another). */
  year: number;
  years: number;
  countAsPay: boolean;
  locale?: string;
}

type Kind = 'fte' | 'signedFte' | 'money' | 'bigMoney' | 'signedMoney' | 'share' | 'signedShare' | 'times' | 'year';

export interface FigureDef {
  name: FigureName;
  /** A getter: the name in the reader's language. */
  readonly label: string;
  /** A getter: the few words that name it as a second value inside another figure (lens.ts `companions`). */
  readonly short?: string;
  kind: Kind;
  explain(ctx: FigureContext): string;
  /** The figure in `year` (a yearly one; the final year when omitted), or over the whole run (a summary's). */
  value(result: SimulationResult, year?: number): number | null;
  /** A metric of each year, not of the whole run. */
  yearly: boolean;
}

/** The run's row of a calendar year; the final row when the year is omitted; undefined when the run lacks it. */
export const rowOf = (result: SimulationResult, year?: number): YearRow | undefined =>
  year === undefined ? result.years[result.years.length - 1] : result.years.find((r) => r.year === year);
const yearly = (name: keyof YearRow & FigureName) => (result: SimulationResult, year?: number) =>
  (rowOf(result, year)?.[name] ?? null) as number | null;

/** Figures that are metrics of the final year: their labels are the metrics' (src/ui/metricLabels.ts). */
const metricFigure = (name: FigureName & YearMetric, kind: Kind, explain: FigureDef['explain'], short?: () => string): FigureDef => ({
  name,
  get label() {
    return metricLabel(name);
  },
  get short() {
    return short?.();
  },
  kind,
  value: yearly(name),
  yearly: true,
  explain,
});

const span = (c: FigureContext) => ({ start: String(c.startYear), end: String(c.finalYear) });

/** A figure of the whole run, read from the summary field of the same name. */
const summaryFigure = (
  name: FigureName & keyof SimulationResult['summary'],
  kind: Kind,
  label: () => string,
  explain: FigureDef['explain'],
): FigureDef => ({
  name,
  get label() {
    return label();
  },
  kind,
  value: (r) => r.summary[name],
  yearly: false,
  explain,
});

const DEFS: FigureDef[] = [
  metricFigure('rolesAtRisk', 'fte', () => t('figure.rolesAtRisk.explain')),
  metricFigure('required', 'fte', () => t('figure.required.explain')),
  metricFigure('engineers', 'fte', (c) => t('figure.engineers.explain', { year: String(c.year) })),
  metricFigure('jobsChange', 'signedFte', (c) => t('figure.jobsChange.explain', { start: String(c.startYear) })),
  metricFigure('shortfall', 'fte', () => t('figure.shortfall.explain')),
  metricFigure('totalCost', 'bigMoney', (c) => t('figure.totalCost.explain', { year: String(c.year) })),
  metricFigure('costPerOutput', 'money', () => t('figure.costPerOutput.explain')),
  metricFigure('tokenShare', 'share', () => t('figure.tokenShare.explain')),
  metricFigure('multiplier', 'times', () => t('figure.multiplier.explain')),
  metricFigure('intensity', 'times', () => t('figure.intensity.explain')),
  metricFigure('expectationGap', 'signedShare', () => t('figure.expectationGap.explain')),
  metricFigure('cashPay', 'money', () => t('figure.cashPay.explain')),
  metricFigure('advertisedPay', 'money', (c) => (c.countAsPay ? t('figure.advertisedPay.explainTokens') : t('figure.advertisedPay.explain'))),
  metricFigure('budgetPerEngineer', 'money', () => t('figure.budgetPerEngineer.explain')),
  {
    name: 'costVsNoAI',
    get label() {
      return t('figure.costVsNoAI.label');
    },
    kind: 'signedMoney',
    value: (r) => r.summary.costVsNoAI,
    yearly: false,
    explain: (c) => t('figure.costVsNoAI.explain', span(c)),
  },
  {
    name: 'costSaved',
    get label() {
      return t('figure.costSaved.label');
    },
    kind: 'bigMoney',
    value: (r) => r.summary.costSaved,
    yearly: false,
    explain: () => t('figure.costSaved.explain'),
  },
  {
    name: 'firstYearTokensExceedSalary',
    get label() {
      return t('figure.firstYearTokensExceedSalary.label');
    },
    kind: 'year',
    value: (r) => r.summary.firstYearTokensExceedSalary,
    yearly: false,
    explain: () => t('figure.firstYearTokensExceedSalary.explain'),
  },
  {
    name: 'payForgone',
    get label() {
      return t('figure.payForgone.label');
    },
    kind: 'bigMoney',
    value: (r) => r.summary.payForgone,
    yearly: false,
    explain: (c) => t('figure.payForgone.explain', { years: c.years }),
  },
  // Model version 2. Flows count engineers only; a promotion between teams is no hire (MODEL.md §5).
  metricFigure('managerRolesAtRisk', 'fte', () => t('figure.managerRolesAtRisk.explain'), () => t('figure.managerRolesAtRisk.short')),
  metricFigure('hires', 'fte', (c) => t('figure.hires.explain', { year: String(c.year) })),
  metricFigure('layoffs', 'fte', (c) => t('figure.layoffs.explain', { year: String(c.year) })),
  metricFigure('demandResponse', 'times', () => t('figure.demandResponse.explain')),
  metricFigure('costPerDemandMet', 'money', () => t('figure.costPerDemandMet.explain'), () => t('figure.costPerDemandMet.short')),
  metricFigure('severanceCost', 'bigMoney', (c) => t('figure.severanceCost.explain', { year: String(c.year) })),
  metricFigure('hiringCost', 'bigMoney', (c) => t('figure.hiringCost.explain', { year: String(c.year) })),
  metricFigure('otherCost', 'bigMoney', (c) => t('figure.otherCost.explain', { year: String(c.year) })),
  metricFigure('tokenTax', 'money', () => t('figure.tokenTax.explain')),
  metricFigure('cashAfterTokenTax', 'money', () => t('figure.cashAfterTokenTax.explain')),
  summaryFigure('cumulativeHires', 'fte', () => t('figure.cumulativeHires.label'), (c) => t('figure.cumulativeHires.explain', span(c))),
  summaryFigure('cumulativeLayoffs', 'fte', () => t('figure.cumulativeLayoffs.label'), (c) => t('figure.cumulativeLayoffs.explain', span(c))),
  summaryFigure('costPerOutputVsNoAI', 'signedShare', () => t('figure.costPerOutputVsNoAI.label'), (c) =>
    t('figure.costPerOutputVsNoAI.explain', { end: String(c.finalYear) }),
  ),
  summaryFigure('costPerDemandMetVsNoAI', 'signedShare', () => t('figure.costPerDemandMetVsNoAI.label'), (c) =>
    t('figure.costPerDemandMetVsNoAI.explain', { end: String(c.finalYear) }),
  ),
];

export const FIGURES: Record<FigureName, FigureDef> = Object.fromEntries(DEFS.map((d) => [d.name, d])) as Record<
  FigureName,
  FigureDef
>;

// FTE to one decimal below 100; a count above 0 that one decimal would show as "0" reads "<0.1", so a figure
// never says none where the sentence says "less than one" (people.ts).
const fte = (v: number, locale?: string) =>
  Math.abs(v) >= PEOPLE_EPS && Math.abs(v) < 0.05 ? `${v < 0 ? '-' : ''}<${formatNumber(0.1, 1, locale)}` : formatNumber(v, Math.abs(v) < 100 ? 1 : 0, locale);

const plus = (v: number, text: string) => (v > 0 ? `+${text}` : text);

/** The figure's value as shown. */
export function formatFigure(kind: Kind, value: number | null, ctx: FigureContext): string {
  const { currency, locale } = ctx;
  if (value === null || !Number.isFinite(value)) return kind === 'year' ? t('figure.never') : '–';
  switch (kind) {
    case 'fte':
      return fte(value, locale);
    case 'signedFte':
      return plus(value, fte(value, locale));
    case 'money':
      return formatMoney(value, currency, locale);
    case 'bigMoney':
      return formatTotal(value, currency, locale);
    case 'signedMoney':
      return plus(value, formatTotal(value, currency, locale));
    case 'share':
      return formatPercent(value, 1, locale);
    case 'signedShare':
      return plus(value, formatPercent(value, 1, locale));
    case 'times':
      return formatMultiplier(value, locale);
    case 'year':
      // A calendar year, never grouped ("2,030").
      return String(value);
  }
}

/** The change against the baseline as shown: signed, in the figure's unit. */
export function formatDelta(kind: Kind, delta: number | null, ctx: FigureContext): string {
  const { currency, locale } = ctx;
  if (delta === null || !Number.isFinite(delta)) return '–';
  switch (kind) {
    case 'fte':
    case 'signedFte':
      return formatSigned(delta, Math.abs(delta) < 100 ? 1 : 0, locale);
    case 'money':
    case 'bigMoney':
    case 'signedMoney':
      return plus(delta, kind === 'money' ? formatMoney(delta, currency, locale) : formatTotal(delta, currency, locale));
    case 'share':
    case 'signedShare':
      // Percentage points: the difference of two shares.
      return t('figure.delta.points', { points: formatSigned(delta * 100, 1, locale) });
    case 'times':
      return `${formatSigned(delta, 2, locale)}×`;
    case 'year':
      return t('figure.delta.years', { n: Math.abs(delta), years: formatSigned(delta, 0, locale) });
  }
}

export interface FigureView {
  name: FigureName;
  label: string;
  explanation: string;
  value: number | null;
  text: string;
  /** Present when a baseline is pinned; `same` when nothing changed. */
  delta?: { value: number | null; text: string; same: boolean };
  /** A second figure shown inside this one (lens.ts `companions`), named by its short label. */
  companion?: FigureView;
}

/** One figure of a run, and its change against a baseline run. */
function figureView(name: FigureName, result: SimulationResult, ctx: FigureContext, baseline: SimulationResult | null, short = false): FigureView {
  const def = FIGURES[name];
  const value = def.value(result, ctx.year);
  const label = short ? (def.short ?? def.label) : def.label;
  const view: FigureView = { name, label, explanation: def.explain(ctx), value, text: formatFigure(def.kind, value, ctx) };
  if (baseline) {
    const before = def.value(baseline, ctx.year);
    const delta = value !== null && before !== null ? value - before : null;
    let text = formatDelta(def.kind, delta, ctx);
    // A year that appears or disappears has no difference in years: say what it was.
    if (def.kind === 'year' && delta === null && value !== before) text = before === null ? t('figure.delta.wasNever') : t('figure.delta.was', { year: String(before) });
    const same = delta === 0 || value === before;
    view.delta = { value: delta, text: same ? t('figure.delta.none') : text, same };
  }
  return view;
}

/**
 * Every figure of a run (and its change against a baseline run), in the order given, yearly ones in `ctx.year`;
 * a figure named in `companions` carries that second figure inside it.
 */
export function figureViews(
  order: readonly FigureName[],
  result: SimulationResult,
  ctx: FigureContext,
  baseline: SimulationResult | null,
  companions: Partial<Record<FigureName, FigureName>> = {},
): FigureView[] {
  return order.map((name) => {
    const view = figureView(name, result, ctx, baseline);
    const second = companions[name];
    if (second) view.companion = figureView(second, result, ctx, baseline, true);
    return view;
  });
}
