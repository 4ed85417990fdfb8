// Money for totals: compact from a million ("$11.4M"), whole units below, so
// that 0 reads "$0" (format.ts gives small amounts cents: "$0.00").
import { formatMoney } from '../format';

const whole = new Map<string, Intl.NumberFormat>();

export function formatTotal(value: number | null, currency: string, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return formatMoney(value, currency, locale);
  if (Math.abs(value) >= 1e6) return formatMoney(value, currency, locale, true);
  const key = `${locale ?? ''}|${currency}`;
  let f = whole.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    whole.set(key, f);
  }
  return f.format(value);
}
