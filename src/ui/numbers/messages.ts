// What the number parser says when it refuses an entry, in the reader's
// language (the catalogue's `number.*`, src/locales/en.po). Each message reads
// after the field's label ("Base salary is ambiguous: …", field.error).
import { currentLang, t } from '../../i18n';
import { formatForReader } from './parseNumber';

/** How a message names a mark between digits (the catalogue selects its words by this). */
export type MarkKind = 'point' | 'comma' | 'apostrophe' | 'space';

export function markKind(mark: string): MarkKind {
  if (mark === '.') return 'point';
  if (mark === ',') return 'comma';
  if (mark === "'" || mark === '’') return 'apostrophe';
  return 'space';
}

const MARKS: Record<MarkKind, string> = { point: '.', comma: ',', apostrophe: '’', space: ' ' };

/** The name of the locale's language in the reader's language: "German", „Deutsch“, « allemand ». */
function languageName(locale: string): string {
  const code = locale.split('-')[0];
  try {
    return new Intl.DisplayNames([currentLang()], { type: 'language' }).of(code) ?? locale;
  } catch {
    return locale;
  }
}

/** "1.4 or 14", with the reader's marks and words. */
function either(readings: readonly string[], locale: string): string {
  const shown = readings.map((r) => formatForReader(Number(r), locale));
  try {
    return new Intl.ListFormat(currentLang(), { type: 'disjunction' }).format(shown);
  } catch {
    return shown.join(' / ');
  }
}

export const NUMBER_MESSAGES = {
  empty: () => t('fieldError.notNumber'),
  notANumber: (text: string) => t('number.notANumber', { text }),
  tooLarge: (text: string) => t('number.tooLarge', { text }),
  /** "1,4" in English: the mark is the locale's thousands separator, but not followed by three digits. */
  ambiguous: (text: string, readings: readonly string[], locale: string, decimal: MarkKind, group: MarkKind) =>
    t('number.ambiguous', {
      text,
      readings: either(readings, locale),
      language: languageName(locale),
      decimal,
      group,
      decimalExample: `1${MARKS[decimal]}5`,
      groupExample: `1${MARKS[group]}500`,
    }),
  twoDecimalMarks: (text: string) => t('number.twoDecimalMarks', { text }),
  /** `example` is 1250000 written the reader's way. */
  badGroups: (text: string, example: string) => t('number.badGroups', { text, example }),
  mixedGroups: (text: string) => t('number.mixedGroups', { text }),
  notPercent: (text: string) => t('number.notPercent', { text }),
  notMoney: (text: string) => t('number.notMoney', { text }),
  otherCurrency: (text: string, currency: string) => t('number.otherCurrency', { text, currency }),
  twoCurrencies: (text: string) => t('number.twoCurrencies', { text }),
} as const;
