// Number and money formats: the scenario's currency, the reader's locale (Intl):
// the language chosen (src/i18n), with the browser's region when it has one for
// that language, so German reads "7,9" and "67.371 €", French and Swedish
// group with (narrow) no-break spaces. A `locale` argument overrides it.
// Formatters are cached: building an Intl.NumberFormat costs far more than using one.
import { readerLocale } from '../i18n';

const cache = new Map<string, Intl.NumberFormat>();
/** A cached Intl.NumberFormat (also used by the charts' tick formats). */
export function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  locale ??= readerLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const DASH = '–';

export function formatMoney(value: number | null, currency: string, locale?: string, compact = false): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return formatter(locale, {
    style: 'currency',
    currency,
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : Math.abs(value) < 100 ? 2 : 0,
  }).format(value);
}

export function formatNumber(value: number | null, digits = 0, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return formatter(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

export function formatSigned(value: number | null, digits = 0, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return formatter(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

export function formatPercent(value: number | null, digits = 0, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return formatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

export function formatMultiplier(value: number | null, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return DASH;
  return `${formatter(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value)}×`;
}
