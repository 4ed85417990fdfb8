// The CSV for people (issue 9 point 8), parsed back with d3-dsv: a byte-order
// mark, the scenario's link and model version on top, labelled headers with
// units, the reader's separator and decimal mark, percentages as percent, and
// no cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { simulate, YEAR_METRICS } from '../../../src/model';
import { MODEL_VERSION } from '../../../src/model/version';
import { getPreset } from '../../../src/scenario/allPresets';
import { SCHEMA_VERSION, type Scenario } from '../../../src/scenario/schema';
import { readerNumber, separatorFor, toReaderCsv } from '../../../src/export/readerCsv';
import { parseNumber } from '../../../src/ui/numbers/parseNumber';
import { setLang } from '../../../src/i18n';

const base = getPreset('typical-spend')!.scenario;
const scenario: Scenario = { ...base, title: '=cmd|"/c calc"!A1', teams: [{ ...base.teams[0], name: '@SUM(A1:A9); "quoted", and more' }] };
const link = `https://example.org/?p=typical-spend&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}`;
const result = simulate(scenario);

function parse(csv: string, locale: string) {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return dsvFormat(separatorFor(locale)).parseRows(csv.slice(1).replace(/\r\n$/, ''));
}

describe('the reader’s CSV', () => {
  it('in English: commas, decimal points, the link and model version on top, labelled headers with units', () => {
    const rows = parse(toReaderCsv(result, scenario, { locale: 'en', link }), 'en');
    expect(rows[0]).toEqual(['Tokens or people: results of', "'=cmd|\"/c calc\"!A1"]);
    expect(rows[1]).toEqual(['Scenario link', link]);
    expect(rows[2]).toEqual(['Model version', String(MODEL_VERSION)]);
    const head = rows[6];
    expect(head.slice(0, 2)).toEqual(['Team', 'Year']);
    expect(head).toContain('Engineers (FTE)');
    expect(head).toContain('Token share of pay (%)');
    expect(head).toContain('Total cost (USD/yr)');
    expect(head).toHaveLength(2 + YEAR_METRICS.length);
    const at = (row: string[], label: string) => row[head.indexOf(label)];
    const first = rows[7];
    expect(first.slice(0, 2)).toEqual(['All teams', String(base.startYear)]);
    expect(Number(at(first, 'Engineers (FTE)'))).toBe(Number(result.years[0].engineers!.toPrecision(12)));
    // Percent, not a fraction; no binary noise.
    expect(at(first, 'Token share of pay (%)')).toBe(String(Number((result.years[0].tokenShare! * 100).toPrecision(12))));
    expect(at(first, 'Tokens exceed salary (yes/no)')).toMatch(/^(yes|no)$/);
    expect(rows).toHaveLength(7 + 2 * base.years); // totals, then the one team
  });

  it('in the reader’s language: German labels and units, every metric of model v2 with its unit', async () => {
    await setLang('de');
    try {
      const rows = parse(toReaderCsv(result, scenario, { locale: 'de', link }), 'de');
      expect(rows[1]).toEqual(['Link zum Szenario', link]);
      expect(rows[6].slice(0, 2)).toEqual(['Team', 'Jahr']);
      expect(rows[6]).toContain('Gesamtkosten (USD/Jahr)');
      expect(rows[7][0]).toBe('Alle Teams');
    } finally {
      await setLang('en');
    }
    // No metric falls back to its MODEL.md name, and each of v2's has its unit.
    const head = parse(toReaderCsv(result, scenario, { locale: 'en', link }), 'en')[6];
    for (const metric of YEAR_METRICS) expect(head, metric).not.toContain(metric);
    expect(head).toContain('Severance (USD/yr)');
    expect(head).toContain('Hires (FTE)');
    expect(head).toContain('Cost per unit of demand met (USD per unit of output)');
    expect(head).toContain('Tax on the token allowance (USD/yr per engineer)');
  });

  it('a team name or title that looks like a formula stays text', () => {
    const rows = parse(toReaderCsv(result, scenario, { locale: 'en', link }), 'en');
    const team = rows[7 + base.years][0];
    expect(team).toBe("'@SUM(A1:A9); \"quoted\", and more");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@]/);
    // Negative numbers are numbers, not neutralised text.
    const jobs = rows[6].indexOf('Jobs change (FTE)');
    expect(rows.slice(7).map((r) => r[jobs]).every((c) => c === '' || !c.startsWith("'"))).toBe(true);
  });

  for (const locale of ['de', 'fr', 'sv', 'es']) {
    it(`in ${locale}: semicolons and decimal commas, which read back as the same numbers`, () => {
      const csv = toReaderCsv(result, scenario, { locale, link });
      expect(separatorFor(locale)).toBe(';');
      const rows = parse(csv, locale);
      const head = rows[6];
      const col = head.indexOf('Cash pay (USD/yr per engineer)');
      const cell = rows[7 + base.years - 1][col];
      expect(cell).toMatch(/^\d+(,\d+)?$/);
      expect(parseNumber(cell, { locale })).toEqual({ ok: true, value: Number(result.years.at(-1)!.cashPay!.toPrecision(12)) });
    });
  }

  it('writes numbers the reader’s way', () => {
    expect(readerNumber(0.14400000000000002 * 100, 'de')).toBe('14,4');
    expect(readerNumber(1234567.5, 'en')).toBe('1234567.5');
    expect(readerNumber(-0.5, 'sv')).toBe('-0,5');
  });
});
