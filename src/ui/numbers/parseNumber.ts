// Numbers typed the reader's way (PRODUCT.md capability 10; issue 9, point 2).
// Pure: the text, the reader's locale and the field's kind in; a value or a
// message out. Never guesses: "57.000" is 57000 in German and ambiguous in
// Swedish; "1,4" is 1.4 in German and ambiguous in English.
//
// Accepted, in every locale: a sign (- + or the minus sign −), digits grouped
// by the locale's separator, spaces or apostrophes (1 250 000, 1'250'000), the
// locale's decimal mark, an exponent (1e15, 2.5e-7), a `k` or `M` suffix
// (250k, 1.5M, German "1,5 Mio."), a currency sign or code of the field's
// currency ($250,000, €57.000, 57 000 kr, 5000 SEK) and `%` on percent fields.
//
// Groups of digits come in threes (Indian lakh grouping, 12,34,567, is refused
// with a message rather than misread). The reader's locale is src/i18n's
// readerLocale(): the language chosen, with the browser's region for it.
import { readerLocale } from '../../i18n';
import { formatNumber } from '../format';
import { NUMBER_MESSAGES as M, markKind } from './messages';

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; message: string; empty?: true };

export interface ParseOptions {
  /** BCP 47 tag; readerLocale() when omitted. */
  locale?: string;
  /** The field is shown in percent: a trailing `%` is accepted. */
  percent?: boolean;
  /** ISO 4217 code of a money field: its signs and code are accepted; other currencies are refused. */
  currency?: string;
}

export interface NumberMarks {
  decimal: string;
  /** The thousands separator; a narrow or no-break space is reported as ' '. */
  group: string;
}

const marksCache = new Map<string, NumberMarks>();

/** The locale's decimal mark and thousands separator, from Intl. */
export function numberMarks(locale: string): NumberMarks {
  let marks = marksCache.get(locale);
  if (!marks) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
    }
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    marks = { decimal, group: SPACES.test(group) ? ' ' : group };
    marksCache.set(locale, marks);
  }
  return marks;
}

const SPACES = /[\s\u00A0\u202F]/;
const SPACE_LIKE = /[\s\u00A0\u202F'’]/g;
const MINUS = /^[-−‒–]$/;

/** Multipliers after the number: thousands and millions. */
const SUFFIXES: Record<string, number> = { k: 3, K: 3, M: 6, Mio: 6, 'Mio.': 6 };

/** A lone currency-like mark: a currency sign, or a short word of letters (kr, SEK, US$, Fr.). */
const CURRENCY_MARK = /^(?:\p{Sc}|[A-Z]{3}|[A-Za-z]{1,3}\p{Sc}|\p{Sc}[A-Za-z]{1,3}|[Kk]r\.?|Fr\.?|zł|Kč|Ft|lei)$/u;

// Where a currency is at home: its symbol there is accepted too ("kr" for SEK in any language).
const HOME: Record<string, string> = {
  USD: 'en-US', EUR: 'de', GBP: 'en-GB', SEK: 'sv', NOK: 'nb', DKK: 'da', ISK: 'is', CHF: 'de-CH', PLN: 'pl',
  CZK: 'cs', JPY: 'ja', CNY: 'zh', INR: 'en-IN', BRL: 'pt-BR', CAD: 'en-CA', AUD: 'en-AU', NZD: 'en-NZ', MXN: 'es-MX',
};

/** The interface's languages (PRODUCT.md capability 10). */
const APP_LOCALES = ['en', 'de', 'fr', 'sv', 'es'];

const currencyCache = new Map<string, Set<string>>();

/** The marks that name `currency` for a reader in `locale`: its code and its symbols. */
export function currencyMarks(currency: string, locale: string): Set<string> {
  const key = `${currency}|${locale}`;
  let marks = currencyCache.get(key);
  if (!marks) {
    marks = new Set([currency.toUpperCase()]);
    // The reader's language, the app's languages and the currency's home: "US$", "$US", "kr".
    for (const l of new Set([locale, ...APP_LOCALES, HOME[currency.toUpperCase()] ?? 'en'])) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
        try {
          const part = new Intl.NumberFormat(l, { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((p) => p.type === 'currency');
          if (part) marks.add(part.value.toUpperCase());
        } catch {
          // An unknown code: its code alone names it.
        }
      }
    }
    for (const m of [...marks]) if (m.endsWith('.')) marks.add(m.slice(0, -1));
    currencyCache.set(key, marks);
  }
  return marks;
}

//  sign?  mark?  sign?  number (exponent?)  suffix?  mark?
const SHAPE =
  /^([-+−‒–]?)\s*([^\d\s.,+\-−‒–'’]{1,4})?\s*([-+−‒–]?)\s*([\d.,'’\s\u00A0\u202F]*\d[\d.,'’\s\u00A0\u202F]*)(?:[eE]([-+−]?\d{1,4}))?\s*((?:k|K|M|Mio\.?)(?!\p{L}))?\s*([^\d\s.,+\-−'’]{1,4})?$/u;

/**
 * Reads `text` as typed in `locale`. The value is in the units the field shows
 * (15 for "15%"); the caller converts to stored units.
 */
export function parseNumber(text: string, options: ParseOptions = {}): NumberReading {
  const locale = options.locale ?? readerLocale();
  const shown = text.trim();
  if (shown === '') return { ok: false, message: M.empty(), empty: true };

  let rest = shown;
  if (rest.endsWith('%')) {
    if (!options.percent) return { ok: false, message: M.notPercent(shown) };
    rest = rest.slice(0, -1).trimEnd();
  }
  const m = SHAPE.exec(rest);
  if (!m) return { ok: false, message: M.notANumber(shown) };
  const [, sign1, lead, sign2, core, exponent, suffix, trail] = m;
  if (sign1 && sign2) return { ok: false, message: M.notANumber(shown) };

  // Currency: at most one mark, and only the field's own.
  const marks = [lead, trail].filter((x): x is string => x !== undefined);
  if (marks.length === 2) return { ok: false, message: CURRENCY_MARK.test(marks[0]) && CURRENCY_MARK.test(marks[1]) ? M.twoCurrencies(shown) : M.notANumber(shown) };
  if (marks.length === 1) {
    const mark = marks[0];
    if (!CURRENCY_MARK.test(mark)) return { ok: false, message: M.notANumber(shown) };
    if (!options.currency) return { ok: false, message: M.notMoney(shown) };
    if (!currencyMarks(options.currency, locale).has(mark.toUpperCase())) {
      return { ok: false, message: M.otherCurrency(shown, options.currency.toUpperCase()) };
    }
  }

  const read = readCore(core, locale, shown);
  if (!read.ok) return read;
  if (exponent !== undefined && read.grouped) return { ok: false, message: M.notANumber(shown) };
  const exp = Number((exponent ?? '0').replace('−', '-')) + (suffix ? SUFFIXES[suffix] : 0);
  const negative = MINUS.test(sign1 || sign2);
  // Through a string: 1.5 with e6 is exactly 1500000, with no binary rounding between.
  const value = Number(`${negative ? '-' : ''}${read.int || '0'}.${read.frac || '0'}e${exp}`);
  if (!Number.isFinite(value)) return { ok: false, message: M.tooLarge(shown) };
  return { ok: true, value: value === 0 ? 0 : value };
}

type CoreReading = { ok: true; int: string; frac: string; grouped: boolean } | { ok: false; message: string };

/** The digits of `core` (digits, marks, spaces): integer and fraction, by the locale's rules. */
function readCore(core: string, locale: string, shown: string): CoreReading {
  const { decimal, group } = numberMarks(locale);
  const c = core.trim();
  const points = count(c, '.');
  const commas = count(c, ',');
  let decimalMark: string | null = null;
  let groupMark: string | null = null;

  if (points && commas) {
    // Both: the last one is the decimal mark, and only one may be.
    decimalMark = c.lastIndexOf('.') > c.lastIndexOf(',') ? '.' : ',';
    groupMark = decimalMark === '.' ? ',' : '.';
    if (count(c, decimalMark) > 1) return { ok: false, message: M.twoDecimalMarks(shown) };
  } else if (points + commas >= 2) {
    groupMark = points ? '.' : ',';
  } else if (points + commas === 1) {
    const mark = points ? '.' : ',';
    const [a, b] = c.split(mark);
    const digitsA = a.replace(SPACE_LIKE, '');
    const couldGroup = /^\d{3}$/.test(b) && validFirstGroup(digitsA) && !SPACES.test(a);
    const readings = [String(Number(`${digitsA || '0'}.${b}`)), String(Number(`${digitsA}${b}`))];
    if (mark === decimal) decimalMark = mark;
    else if (mark === group) {
      if (!couldGroup) return { ok: false, message: M.ambiguous(shown, readings, locale, markKind(decimal), markKind(group)) };
      groupMark = mark;
    } else if (couldGroup) {
      // A mark this locale uses for neither: "57.000" in Swedish is 57 or 57000.
      return { ok: false, message: M.ambiguous(shown, readings, locale, markKind(decimal), markKind(group)) };
    } else decimalMark = mark;
  }

  const [intPart, frac = ''] = decimalMark ? c.split(decimalMark) : [c];
  if (!/^\d*$/.test(frac)) return { ok: false, message: M.notANumber(shown) };
  const hasSpaces = SPACE_LIKE.test(intPart);
  SPACE_LIKE.lastIndex = 0;
  if (hasSpaces && groupMark) return { ok: false, message: M.mixedGroups(shown) };
  const groups = groupMark ? intPart.split(groupMark) : intPart.split(SPACE_LIKE).filter((g, _i, all) => g !== '' || all.length === 1);
  if (groups.length > 1) {
    const [first, ...others] = groups;
    if (!validFirstGroup(first) || others.some((g) => !/^\d{3}$/.test(g))) return { ok: false, message: M.badGroups(shown, formatForReader(1250000, locale)) };
  } else if (!/^\d*$/.test(groups[0])) return { ok: false, message: M.notANumber(shown) };
  const int = groups.join('');
  if (int === '' && frac === '') return { ok: false, message: M.notANumber(shown) };
  return { ok: true, int, frac, grouped: groups.length > 1 };
}

/** The first group of a grouped number: 1 to 3 digits, no leading zero ("0.035" is no grouping). */
const validFirstGroup = (digits: string) => /^[1-9]\d{0,2}$/.test(digits);

function count(text: string, char: string): number {
  let n = 0;
  for (const ch of text) if (ch === char) n++;
  return n;
}

/**
 * The text an input shows for a value, in the reader's way: the locale's
 * decimal mark, no grouping (so it reads back the same), twelve significant
 * digits at most (0.07 × 100 shows as 7, not 7.000000000000001).
 */
export function inputText(value: number, locale: string = readerLocale()): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toPrecision(12)));
  const { decimal } = numberMarks(locale);
  return decimal === '.' ? text : text.replace('.', decimal);
}

/** A value for a sentence ("still using 1,250,000"): grouped, up to six decimals (src/ui/format.ts). */
export function formatForReader(value: number, locale: string = readerLocale()): string {
  return formatNumber(value, 6, locale);
}
