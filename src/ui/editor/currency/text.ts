// The visible words of the currency choice, in English, in one place, for the
// catalogues to take over (the field's label is already the catalogue's
// field.currency; hint.currency there still says "Display only", which is no
// longer true, so this hint replaces it until it is translated).
export const CURRENCY_TEXT = {
  hint: 'ISO 4217 code, for example USD, EUR, GBP. On a change you choose: convert every amount at a reference rate, or relabel the same numbers.',
  groupLabel: (from: string, to: string) => `Change the currency from ${from} to ${to}`,
  offer: (from: string, to: string, rate: string, day: string) =>
    `Convert every amount from ${from} to ${to} at the ECB reference rate of ${day} (${rate}), or only relabel the same numbers as ${to}?`,
  noRate: (from: string, to: string) => `There is no reference rate between ${from} and ${to} here: the numbers can only be relabelled as ${to}.`,
  formulas: (n: number) => (n === 1 ? 'A custom formula uses money and is not converted.' : `${n} custom formulas use money and are not converted.`),
  convert: (to: string) => `Convert to ${to}`,
  relabel: (to: string) => `Relabel as ${to}`,
  cancel: 'Cancel',
  converted: (from: string, to: string, rate: string) => `Amounts converted from ${from} to ${to} at ${rate}; the rate and its date are in the sources.`,
  relabelled: (from: string, to: string) => `Relabelled: the numbers are unchanged, now read as ${to} instead of ${from}.`,
  invalid: 'must be a 3-letter ISO 4217 code such as USD',
};

/** 21 October 2025, from an ISO date. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
