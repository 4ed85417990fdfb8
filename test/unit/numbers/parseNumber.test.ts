// The reader's numbers (issue 9 point 2): tables of typed text per locale, the
// refusals with their reasons, and round trips of what the inputs show.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatForReader, inputText, parseNumber, type ParseOptions } from '../../../src/ui/numbers/parseNumber';
import { readerLocale, setLang } from '../../../src/i18n';

type Row = [text: string, value: number, options?: ParseOptions];

const ACCEPTED: Record<string, Row[]> = {
  en: [
    ['57000', 57000], ['57,000', 57000], ['1,234,567.89', 1234567.89], ['1.4', 1.4], ['.5', 0.5], ['5.', 5],
    ['-5', -5], ['+5', 5], ['−5', -5], ['1e15', 1e15], ['2.5e-7', 2.5e-7], ['1E6', 1e6],
    ['250k', 250000], ['250 k', 250000], ['1.5M', 1500000], ['600 000', 600000], ["1'250'000", 1250000],
    ['$250,000', 250000, { currency: 'USD' }], ['US$5', 5, { currency: 'USD' }], ['-$5', -5, { currency: 'USD' }], ['$-5', -5, { currency: 'USD' }],
    ['5000 SEK', 5000, { currency: 'SEK' }], ['5 kr', 5, { currency: 'SEK' }], ['$1.5M', 1500000, { currency: 'USD' }],
    ['15%', 15, { percent: true }], ['15 %', 15, { percent: true }], ['2.5', 2.5, { percent: true }],
    ['1.234,5', 1234.5], // both marks: the last is the decimal mark, whatever the locale
  ],
  de: [
    ['57.000', 57000], ['1,4', 1.4], ['57000,50', 57000.5], ['1.234.567,89', 1234567.89], ['57 000', 57000],
    ['€57.000', 57000, { currency: 'EUR' }], ['57.000 €', 57000, { currency: 'EUR' }], ['1,5 Mio.', 1500000], ['250k', 250000],
    ['1,5e-7', 1.5e-7], ['3,5 %', 3.5, { percent: true }], ['−0,5', -0.5],
  ],
  fr: [
    ['1 234,5', 1234.5], ['1\u202f234,5', 1234.5], ['1\u00a0234,5', 1234.5], ['1,4', 1.4], ['57 000 €', 57000, { currency: 'EUR' }],
    ['5 $US', 5, { currency: 'USD' }], ['1.5', 1.5],
  ],
  sv: [
    ['600 000 kr', 600000, { currency: 'SEK' }], ['600 000', 600000], ['5kr', 5, { currency: 'SEK' }], ['1,5', 1.5], ['1.5', 1.5],
    ['0.035', 0.035], ['−5', -5], ['57 000,50', 57000.5],
  ],
  es: [['1.234,5', 1234.5], ['1234,5', 1234.5], ['57.000', 57000], ['1,4', 1.4], ['57.000 €', 57000, { currency: 'EUR' }]],
};

type Refusal = [text: string, reason: RegExp, options?: ParseOptions];

const REFUSED: Record<string, Refusal[]> = {
  en: [
    ['1,4', /ambiguous: “1,4” could be 1\.4 or 14\. In English, the decimal mark is a point/],
    ['57000,50', /could be 57,000\.5 or 5,700,050/],
    ['0,5', /ambiguous/],
    ['1.234,5,6', /more than one decimal mark/],
    ['12,34,567', /unevenly/],
    ['1,2345', /ambiguous/],
    ['1 000,000.5', /mixes spaces and marks/],
    ['abc', /must be a number, got “abc”/], ['1e', /must be a number/], ['Infinity', /must be a number/], ['1e999', /too large/],
    ['--5', /must be a number/],
    ['15%', /not a percentage/], ['$5', /not an amount of money/], ['€57.000', /is in USD/, { currency: 'USD' }],
    ['$5 USD', /names a currency twice/, { currency: 'USD' }], ['1,000e3', /must be a number/],
  ],
  de: [['1.5', /ambiguous: “1\.5” could be 1,5 or 15\. In German, the decimal mark is a comma/], ['0.035', /ambiguous/], ['1,2,3', /unevenly/]],
  fr: [['57.000', /could be 57 or 57\s000\. In French/]],
  sv: [['57.000', /could be 57 or 57\s000\. In Swedish, the decimal mark is a comma \(1,5\) and a space groups thousands \(1 500\)/]],
  es: [['1.5', /ambiguous/]],
};

describe('numbers typed the reader’s way', () => {
  for (const [locale, rows] of Object.entries(ACCEPTED)) {
    it(`reads numbers as typed in ${locale}`, () => {
      for (const [text, value, options] of rows) expect(parseNumber(text, { locale, ...options }), `${locale} “${text}”`).toEqual({ ok: true, value });
    });
  }
  for (const [locale, rows] of Object.entries(REFUSED)) {
    it(`refuses what ${locale} cannot read for sure, and says why`, () => {
      for (const [text, reason, options] of rows) {
        const read = parseNumber(text, { locale, ...options });
        expect(read.ok, `${locale} “${text}”`).toBe(false);
        if (!read.ok) expect(read.message, `${locale} “${text}”`).toMatch(reason);
      }
    });
  }

  it('says an empty entry is empty (nullable fields store null)', () => {
    expect(parseNumber('  ', { locale: 'en' })).toMatchObject({ ok: false, empty: true });
  });

  it('reads k and M exactly, without binary rounding', () => {
    expect(parseNumber('0.1k', { locale: 'en' })).toEqual({ ok: true, value: 100 });
    expect(parseNumber('1,1M', { locale: 'de' })).toEqual({ ok: true, value: 1100000 });
  });

  it('what an input shows reads back to the same value in every language', () => {
    const locales = Object.keys(ACCEPTED);
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...locales), (v, locale) => {
        const read = parseNumber(inputText(v, locale), { locale });
        expect(read).toEqual({ ok: true, value: Number(v.toPrecision(12)) || 0 });
      }),
    );
  });

  it('a number formatted for a sentence reads back in every language', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...Object.keys(ACCEPTED)), (n, cents, locale) => {
        const v = (n * 100 + Math.sign(n || 1) * cents) / 100;
        const read = parseNumber(formatForReader(v, locale), { locale });
        expect(read).toEqual({ ok: true, value: v });
      }),
    );
  });

  it('shows values with the reader’s decimal mark and no grouping', () => {
    expect(inputText(0.35, 'en')).toBe('0.35');
    expect(inputText(0.35, 'de')).toBe('0,35');
    expect(inputText(7.000000000000001, 'sv')).toBe('7');
    expect(inputText(250000, 'fr')).toBe('250000');
    expect(inputText(1e-7, 'de')).toBe('1e-7');
  });

  it('reads the way of the language the reader chose (src/i18n readerLocale), and says so in it', async () => {
    try {
      await setLang('de');
      expect(readerLocale()).toMatch(/^de/);
      expect(parseNumber('57.000')).toEqual({ ok: true, value: 57000 });
      expect(parseNumber('1,5')).toEqual({ ok: true, value: 1.5 });
      expect(inputText(0.35)).toBe('0,35');
      expect(parseNumber('1.5')).toMatchObject({ ok: false, message: expect.stringMatching(/^ist mehrdeutig, denn „1\.5“ kann 1,5 oder 15 bedeuten\. Auf Deutsch ist das Dezimalzeichen ein Komma \(1,5\)/) });
      await setLang('fr');
      expect(parseNumber('1 250 000,5')).toEqual({ ok: true, value: 1250000.5 });
      expect(parseNumber('abc')).toMatchObject({ ok: false, message: 'doit être un nombre, saisi : « abc »' });
    } finally {
      await setLang('en');
    }
  });
});
