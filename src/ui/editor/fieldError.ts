// A refused entry's message in the reader's language. parse.ts gives each
// schema error a code and values beside its English message; the catalogue's
// `fieldError.<code>` says it, with numbers written the reader's way and, for
// a field shown in percent, in percent (a stored 0.99 reads "99%"). An error
// without a code (the formula sandbox's, a rule spanning fields) keeps its
// English message.
import type { FieldError } from '../../scenario/parse';
import { hasMessage, tOr } from '../../i18n';
import { formatNumber, formatPercent } from '../format';
import { displayMessage } from './display';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Bounds and typed values as the field shows them. */
function shown(value: string | number, percent: boolean): string {
  const text = String(value);
  if (!NUMBER.test(text)) return text;
  const n = Number(text);
  return percent ? formatPercent(n, 6) : formatNumber(n, 6);
}

export function fieldErrorText(message: string, detail: FieldError | undefined, percent: boolean): string {
  const code = detail?.code;
  // A detail left from an older entry (the message changed since) says nothing about this one.
  if (!code || detail.message !== message || !hasMessage(`fieldError.${code}`)) return displayMessage(message, percent);
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(detail.values ?? {})) {
    // Lengths and counts are not in the field's unit, nor is a team's name; bounds and the typed value are.
    values[key] = key === 'expected' || key === 'values' || key === 'value' || key === 'name' ? value : shown(value, percent && !/^(tooFew|tooMany|tooShort|tooLong)/.test(code));
  }
  return tOr(`fieldError.${code}`, displayMessage(message, percent), values);
}
