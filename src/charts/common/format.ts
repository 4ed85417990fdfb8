// Value formats for charts: the scenario's currency, the reader's locale
// (src/ui/format.ts for full values; here also compact tick labels whose
// precision follows the tick step, so neighbouring ticks never read the same).
import { formatMoney, formatMultiplier, formatNumber, formatPercent, formatter } from '../../ui/format';
import { readerLocale } from '../../i18n';

/** What a number measures; picks its formats and its unit in axis labels. */
export type ValueKind = 'count' | 'money' | 'percent' | 'multiplier' | 'output';

export interface ChartFormats {
  currency: string;
  /** undefined: the reader's locale (src/i18n). */
  locale?: string;
}

const intl = formatter;

const values = new Map<string, string>();

/**
 * The full value, as tooltips, tables, descriptions and source lines show it.
 * Cached: most figures a chart prints are the same after an edit, and an
 * Intl format call costs microseconds each.
 */
export function formatValue(kind: ValueKind, value: number | null, fmt: ChartFormats): string {
  if (fmt.locale === undefined) fmt = { ...fmt, locale: readerLocale() };
  const key = `${kind}|${fmt.currency}|${fmt.locale}|${value}`;
  let text = values.get(key);
  if (text === undefined) {
    if (values.size > 5000) values.clear();
    text = computeValue(kind, value, fmt);
    values.set(key, text);
  }
  return text;
}

function computeValue(kind: ValueKind, value: number | null, fmt: ChartFormats): string {
  switch (kind) {
    case 'money':
      // Exactly nothing reads "$0", not "$0.00" (a zero token budget, no equity).
      if (value === 0) return intl(fmt.locale, { style: 'currency', currency: fmt.currency, maximumFractionDigits: 0 }).format(0);
      return formatMoney(value, fmt.currency, fmt.locale);
    case 'percent':
      return formatPercent(value, 1, fmt.locale);
    case 'multiplier':
      return formatMultiplier(value, fmt.locale);
    case 'output':
    case 'count':
      return formatNumber(value, 1, fmt.locale);
  }
}

/** Decimals of a tick value as written in full (0.25 → 2, 1500 → 0), ignoring float noise. */
export function decimals(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const [mantissa, exponent] = Math.abs(Number(x.toPrecision(12))).toExponential().split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '').length;
  return Math.max(0, digits - 1 - Number(exponent));
}

/** Significant digits of a tick value (1,500,000 → 2; 1,250 → 3). */
export function significant(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 1;
  return Math.abs(Number(x.toPrecision(12))).toExponential().split('e')[0].replace('.', '').replace(/0+$/, '').length;
}

const clean = (x: number) => Number(x.toPrecision(12));
const most = (ticks: readonly number[], f: (x: number) => number) => ticks.reduce((m, x) => Math.max(m, f(clean(x))), 0);

/**
 * Labels for a set of nice ticks, exact to the tick values: compact money
 * ("$1.5M") keeps every significant digit a tick has (its unit varies by
 * value and locale, so fraction digits would round 1.5M to 2M).
 */
const labelCache = new Map<string, string[]>();

export function tickLabels(kind: ValueKind, ticks: readonly number[], fmt: ChartFormats): string[] {
  // Nice ticks repeat from edit to edit: an edit should not pay for formatting them again.
  if (fmt.locale === undefined) fmt = { ...fmt, locale: readerLocale() };
  const key = `${kind}|${fmt.currency}|${fmt.locale}|${ticks.join(',')}`;
  let labels = labelCache.get(key);
  if (!labels) {
    if (labelCache.size > 2000) labelCache.clear();
    labels = computeTickLabels(kind, ticks, fmt);
    labelCache.set(key, labels);
  }
  return labels;
}

function computeTickLabels(kind: ValueKind, ticks: readonly number[], fmt: ChartFormats): string[] {
  switch (kind) {
    case 'money': {
      const f = intl(fmt.locale, { style: 'currency', currency: fmt.currency, notation: 'compact', maximumSignificantDigits: Math.max(1, most(ticks, significant)) });
      return ticks.map((v) => f.format(v));
    }
    case 'percent': {
      const f = intl(fmt.locale, { style: 'percent', maximumFractionDigits: Math.min(6, most(ticks, (x) => decimals(x * 100))) });
      return ticks.map((v) => f.format(v));
    }
    case 'multiplier': {
      const digits = Math.min(6, most(ticks, decimals));
      const f = intl(fmt.locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
      return ticks.map((v) => `${f.format(v)}×`);
    }
    case 'output':
    case 'count': {
      // Compact (12K) only for large counts: "1,250" reads better than "1.3K".
      const large = ticks.some((v) => Math.abs(v) >= 10_000);
      const f = large
        ? intl(fmt.locale, { notation: 'compact', maximumSignificantDigits: Math.max(1, most(ticks, significant)) })
        : intl(fmt.locale, { maximumFractionDigits: Math.min(6, most(ticks, decimals)) });
      return ticks.map((v) => f.format(v));
    }
  }
}

/** A calendar year: never grouped ("2026", not "2,026"). */
export const formatYear = (year: number): string => String(year);
