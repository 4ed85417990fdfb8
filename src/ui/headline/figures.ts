// The headline figures: what each is called, what it means in one line, how it
// is read from a run and formatted. Names are MODEL.md §5's (final-year metrics)
// and the summary's field names: they are the `data-metric` contract of
// PRODUCT.md, so tests and scripts can read them.
import type { SimulationResult, YearRow } from '../../model';
import { formatMoney, formatNumber, formatPercent, formatMultiplier, formatSigned } from '../format';
import { formatTotal } from './money';
import { METRIC_LABELS } from '../metricLabels';

export const FIGURE_NAMES = [
  'rolesAtRisk', 'required', 'engineers', 'jobsChange', 'shortfall', 'totalCost', 'costPerOutput',
  'tokenShare', 'multiplier', 'intensity', 'expectationGap', 'cashPay', 'advertisedPay', 'budgetPerEngineer',
  'costVsNoAI', 'costSaved', 'firstYearTokensExceedSalary', 'payForgone',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** What formatting needs to know about the scenario. */
export interface FigureContext {
  currency: string;
  startYear: number;
  finalYear: number;
  years: number;
  countAsPay: boolean;
  locale?: string;
}

type Kind = 'fte' | 'signedFte' | 'money' | 'bigMoney' | 'signedMoney' | 'share' | 'signedShare' | 'times' | 'year';

export interface FigureDef {
  name: FigureName;
  label: string;
  kind: Kind;
  explain(ctx: FigureContext): string;
  value(result: SimulationResult): number | null;
}

const last = (result: SimulationResult): YearRow => result.years[result.years.length - 1];
const yearly = (name: keyof YearRow & FigureName) => (result: SimulationResult) => last(result)[name] as number | null;

const DEFS: FigureDef[] = [
  { name: 'rolesAtRisk', label: METRIC_LABELS.rolesAtRisk, kind: 'fte', value: yearly('rolesAtRisk'),
    explain: () => 'engineers beyond those needed to meet demand' },
  { name: 'required', label: METRIC_LABELS.required, kind: 'fte', value: yearly('required'),
    explain: () => 'to meet demand with the tools’ realized gain' },
  { name: 'engineers', label: METRIC_LABELS.engineers, kind: 'fte', value: yearly('engineers'),
    explain: (c) => `employed in ${c.finalYear}, full-time equivalents` },
  { name: 'jobsChange', label: METRIC_LABELS.jobsChange, kind: 'signedFte', value: yearly('jobsChange'),
    explain: (c) => `engineers, managers and specialists against ${c.startYear}` },
  { name: 'shortfall', label: METRIC_LABELS.shortfall, kind: 'fte', value: yearly('shortfall'),
    explain: () => 'demand left undone, in engineer-years of pre-AI work' },
  { name: 'totalCost', label: METRIC_LABELS.totalCost, kind: 'bigMoney', value: yearly('totalCost'),
    explain: (c) => `pay, on-costs, equity and tokens in ${c.finalYear}` },
  { name: 'costPerOutput', label: METRIC_LABELS.costPerOutput, kind: 'money', value: yearly('costPerOutput'),
    explain: () => 'total cost per engineer-year of pre-AI work delivered' },
  { name: 'tokenShare', label: METRIC_LABELS.tokenShare, kind: 'share', value: yearly('tokenShare'),
    explain: () => 'of an engineer’s package (cash, equity, tokens) spent on tokens' },
  { name: 'multiplier', label: METRIC_LABELS.multiplier, kind: 'times', value: yearly('multiplier'),
    explain: () => 'output per engineer, relative to no AI' },
  { name: 'intensity', label: METRIC_LABELS.intensity, kind: 'times', value: yearly('intensity'),
    explain: () => 'output asked of each engineer, relative to no AI' },
  { name: 'expectationGap', label: METRIC_LABELS.expectationGap, kind: 'signedShare', value: yearly('expectationGap'),
    explain: () => 'asked of each engineer beyond what the tools deliver' },
  { name: 'cashPay', label: METRIC_LABELS.cashPay, kind: 'money', value: yearly('cashPay'),
    explain: () => 'salary plus bonus per engineer' },
  { name: 'advertisedPay', label: METRIC_LABELS.advertisedPay, kind: 'money', value: yearly('advertisedPay'),
    explain: (c) => (c.countAsPay ? 'cash pay plus equity plus tokens counted as pay' : 'cash pay plus equity') },
  { name: 'budgetPerEngineer', label: METRIC_LABELS.budgetPerEngineer, kind: 'money', value: yearly('budgetPerEngineer'),
    explain: () => 'per engineer a year' },
  { name: 'costVsNoAI', label: 'Cost against no AI', kind: 'signedMoney', value: (r) => r.summary.costVsNoAI,
    explain: (c) => `cumulative ${c.startYear}–${c.finalYear}; below zero, tokens save more than they cost` },
  { name: 'costSaved', label: 'Saved by cuts', kind: 'bigMoney', value: (r) => r.summary.costSaved,
    explain: () => 'cumulative cost the scenario’s shocks save' },
  { name: 'firstYearTokensExceedSalary', label: 'Tokens exceed salary', kind: 'year',
    value: (r) => r.summary.firstYearTokensExceedSalary,
    explain: () => 'first year the token budget per engineer reaches the base salary' },
  { name: 'payForgone', label: 'Pay forgone', kind: 'bigMoney', value: (r) => r.summary.payForgone,
    explain: (c) => `cash pay per engineer lost over ${c.years} years if raises were paid as tokens` },
];

export const FIGURES: Record<FigureName, FigureDef> = Object.fromEntries(DEFS.map((d) => [d.name, d])) as Record<
  FigureName,
  FigureDef
>;

const fte = (v: number, locale?: string) => formatNumber(v, Math.abs(v) < 100 ? 1 : 0, locale);

const plus = (v: number, text: string) => (v > 0 ? `+${text}` : text);

/** The figure's value as shown. */
export function formatFigure(kind: Kind, value: number | null, ctx: FigureContext): string {
  const { currency, locale } = ctx;
  if (value === null || !Number.isFinite(value)) return kind === 'year' ? 'Never' : '–';
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
      return `${formatSigned(delta * 100, 1, locale)} pts`;
    case 'times':
      return `${formatSigned(delta, 2, locale)}×`;
    case 'year':
      return `${formatSigned(delta, 0, locale)} ${Math.abs(delta) === 1 ? 'year' : 'years'}`;
  }
}

export interface FigureView {
  name: FigureName;
  label: string;
  explanation: string;
  value: number | null;
  text: string;
  /** Present when a baseline is pinned. */
  delta?: { value: number | null; text: string };
}

/** Every figure of a run (and its change against a baseline run), in the order given. */
export function figureViews(
  order: readonly FigureName[],
  result: SimulationResult,
  ctx: FigureContext,
  baseline: SimulationResult | null,
): FigureView[] {
  return order.map((name) => {
    const def = FIGURES[name];
    const value = def.value(result);
    const view: FigureView = { name, label: def.label, explanation: def.explain(ctx), value, text: formatFigure(def.kind, value, ctx) };
    if (baseline) {
      const before = def.value(baseline);
      const delta = value !== null && before !== null ? value - before : null;
      let text = formatDelta(def.kind, delta, ctx);
      // A year that appears or disappears has no difference in years: say what it was.
      if (def.kind === 'year' && delta === null && value !== before) text = `was ${before === null ? 'never' : String(before)}`;
      view.delta = { value: delta, text: delta === 0 || value === before ? 'no change' : text };
    }
    return view;
  });
}
