// @vitest-environment node
// Plural forms and numbers in each language: the catalogues' ICU plurals pick
// the right form for 0, 1, 2 and 5 (French counts 0 as singular), every plural
// has the `other` form that Lingui falls back to, and numbers are written the
// reader's way (German "7,9" and "67.371 €", French and Swedish with no-break spaces).
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/locales';
import { readerLocale, setLang, t } from '../../../src/i18n';
import { formatMoney, formatNumber, formatPercent } from '../../../src/ui/format';
import { pluralCases, readAll } from '../../../scripts/i18n/catalog';

afterAll(() => setLang('en'));

const SHOCKS = {
  en: ['0 shocks', '1 shock', '2 shocks', '5 shocks'],
  de: ['0 Kürzungen', '1 Kürzung', '2 Kürzungen', '5 Kürzungen'],
  fr: ['0 coupe', '1 coupe', '2 coupes', '5 coupes'],
  sv: ['0 nedskärningar', '1 nedskärning', '2 nedskärningar', '5 nedskärningar'],
  es: ['0 recortes', '1 recorte', '2 recortes', '5 recortes'],
} as const;

const YEARS = {
  en: ['+0 years', '+1 year', '+2 years', '+5 years'],
  de: ['+0 Jahre', '+1 Jahr', '+2 Jahre', '+5 Jahre'],
  fr: ['+0 an', '+1 an', '+2 ans', '+5 ans'],
  sv: ['+0 år', '+1 år', '+2 år', '+5 år'],
  es: ['+0 años', '+1 año', '+2 años', '+5 años'],
} as const;

describe.each(LANGS)('plural forms in %s', (lang) => {
  it('for 0, 1, 2 and 5', async () => {
    await setLang(lang);
    expect([0, 1, 2, 5].map((n) => t('source.shocks', { n }))).toEqual(SHOCKS[lang]);
    expect([0, 1, 2, 5].map((n) => t('figure.delta.years', { n, years: `+${n}` }))).toEqual(YEARS[lang]);
    // A plural chosen by a count that arrives formatted: the form follows the number, the text the formatted one.
    for (const n of [0, 1, 2, 5]) expect(t('levers.fewerEngineers', { n, count: String(n) })).toContain(String(n));
  });

  it('every plural has the `other` form', () => {
    const missing: string[] = [];
    for (const entry of readAll()[lang].values()) {
      for (const [arg, cases] of pluralCases(entry.message)) if (!cases.includes('other')) missing.push(`${entry.id} {${arg}}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('numbers written the reader’s way', () => {
  it('German: decimal comma, grouping dot, the euro after the amount', async () => {
    await setLang('de');
    expect(readerLocale()).toBe('de');
    expect(formatNumber(7.94, 1)).toBe('7,9');
    expect(formatMoney(67371, 'EUR')).toBe('67.371\u00a0€');
    expect(formatPercent(0.25)).toBe('25\u00a0%');
  });

  it('French and Swedish: (narrow) no-break spaces between the groups', async () => {
    await setLang('fr');
    expect(formatMoney(67371, 'EUR')).toBe('67\u202f371\u00a0€');
    expect(formatNumber(1.5, 1)).toBe('1,5');
    await setLang('sv');
    expect(formatMoney(600000, 'SEK')).toBe('600\u00a0000\u00a0kr');
  });

  it('English and Spanish', async () => {
    await setLang('en');
    expect(formatMoney(67371, 'USD')).toBe('$67,371');
    await setLang('es');
    expect(formatMoney(67371, 'EUR')).toBe('67.371\u00a0€');
  });
});
