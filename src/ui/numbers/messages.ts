// What the number parser says when it refuses an entry (English; the i18n
// branch moves these into its catalogues). Each message reads after the
// field's label: "Base salary is ambiguous: …".

const q = (text: string) => `“${text}”`;

export const NUMBER_MESSAGES = {
  empty: () => 'must be a number',
  notANumber: (text: string) => `must be a number, got ${q(text)}`,
  tooLarge: (text: string) => `is too large to use: ${q(text)}`,
  /** "1,4" in English: the mark is the locale's thousands separator, but not followed by three digits. */
  ambiguous: (text: string, readings: readonly string[], language: string, decimal: string, group: string) =>
    `is ambiguous: ${q(text)} could be ${readings.join(' or ')}. In ${language}, the decimal mark is ${markName(decimal)} (${example(decimal, group).decimal}) and ${markName(group)} groups thousands (${example(decimal, group).group})`,
  twoDecimalMarks: (text: string) => `cannot be read: ${q(text)} has more than one decimal mark`,
  badGroups: (text: string) => `cannot be read: ${q(text)} groups its digits unevenly (thousands come in threes, as in 1,250,000)`,
  mixedGroups: (text: string) => `cannot be read: ${q(text)} mixes spaces and marks between its digits`,
  notPercent: (text: string) => `takes a plain number, not a percentage: ${q(text)}`,
  notMoney: (text: string) => `takes a plain number, not an amount of money: ${q(text)}`,
  otherCurrency: (text: string, currency: string) => `is in ${currency}: ${q(text)} names another currency`,
  twoCurrencies: (text: string) => `cannot be read: ${q(text)} names a currency twice`,
  /** The refused entry is not applied: say which value the results still use. */
  stillUsing: (value: string) => `still using ${value}`,
} as const;

function markName(mark: string): string {
  if (mark === '.') return 'a point';
  if (mark === ',') return 'a comma';
  if (mark === "'" || mark === '’') return 'an apostrophe';
  return 'a space';
}

function example(decimal: string, group: string) {
  const g = /\s/.test(group) ? ' ' : group;
  return { decimal: `1${decimal}5`, group: `1${g}500` };
}
