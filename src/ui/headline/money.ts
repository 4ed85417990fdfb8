// Money for totals: compact from a million ("$11.4M"), whole units below, so
// that 0 reads "$0" (format.ts gives small amounts cents: "$0.00").
import { formatMoney, formatter } from '../format';

export function formatTotal(value: number | null, currency: string, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return formatMoney(value, currency, locale);
  if (Math.abs(value) >= 1e6) return formatMoney(value, currency, locale, true);
  return formatter(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
}
