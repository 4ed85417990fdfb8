import { describe, expect, it } from 'vitest';
import { cell, textCell, toCsv } from '../../../src/export/csv';
import { YEAR_METRICS, simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) throw new Error('last record has no CRLF');
  return rows;
}

// A cut of 4.6% of engineers in 2027: jobsChange goes negative, −4.6% × (40 + 5 managers + 0.048 specialists) = −2.072208.
const scenario = loadScenario({
  years: 3,
  teams: [{ name: 'Platform', engineers: 30 }, { name: '=HYPERLINK("http://x.example")', engineers: 10 }],
  shocks: [{ year: 2027, cut: 0.046, lever: 'headcount' }],
});
const result = simulate(scenario);

describe('toCsv, totals', () => {
  const rows = parseCsv(toCsv(result, scenario));

  it('has the header year + YEAR_METRICS and one row per year', () => {
    expect(rows[0]).toEqual(['year', ...YEAR_METRICS]);
    expect(rows.map((r) => r[0])).toEqual(['year', '2026', '2027', '2028']);
    for (const row of rows) expect(row).toHaveLength(1 + YEAR_METRICS.length);
  });

  it('writes the totals unrounded, so every number reads back exactly', () => {
    result.years.forEach((year, t) => {
      YEAR_METRICS.forEach((metric, j) => {
        const text = rows[t + 1][j + 1];
        const value = year[metric];
        if (typeof value === 'boolean') expect(text).toBe(String(value));
        else expect(Number(text), metric).toBe(value);
      });
    });
    // 40 engineers × (1 − 0.046) = 38.16: a fraction, not rounded to 38.
    expect(rows[2][1 + YEAR_METRICS.indexOf('engineers')]).toBe('38.16');
  });

  it('keeps the minus sign of negative numbers (no apostrophe: numbers are not text)', () => {
    const text = rows[2][1 + YEAR_METRICS.indexOf('jobsChange')];
    expect(text).toMatch(/^-2\.0722/);
    expect(Number(text)).toBeCloseTo(-2.072208, 9);
  });

  it('ends every record with CRLF', () => {
    const csv = toCsv(result, scenario);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5); // header, 3 years, '' after the last CRLF
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('toCsv, with teams', () => {
  const rows = parseCsv(toCsv(result, scenario, { teams: true }));

  it('leads with a team column: the totals, then each team in order', () => {
    expect(rows[0]).toEqual(['team', 'year', ...YEAR_METRICS]);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'total 2026', 'total 2027', 'total 2028',
      'Platform 2026', 'Platform 2027', 'Platform 2028',
      `'=HYPERLINK("http://x.example") 2026`, `'=HYPERLINK("http://x.example") 2027`, `'=HYPERLINK("http://x.example") 2028`,
    ]);
  });

  it('writes each team its own figures', () => {
    const engineers = 2 + YEAR_METRICS.indexOf('engineers');
    expect(Number(rows[4][engineers])).toBe(30);
    expect(Number(rows[8][engineers])).toBe(10 * (1 - 0.046));
  });

  it('quotes a formula-like team name and neutralises it', () => {
    const csv = toCsv(result, scenario, { teams: true });
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x.example"")",2026,`);
    expect(csv).not.toMatch(/(^|\r\n|,)=/);
  });
});

describe('cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['R&D, Berlin', '"R&D, Berlin"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['\rx', `"'\rx"`],
    ['Platform', 'Platform'],
    ['', ''],
  ])('text %j → %j', (input, expected) => {
    expect(textCell(input)).toBe(expected);
  });

  it('writes numbers in full, null as empty and booleans as true/false', () => {
    expect(cell(1 / 3)).toBe('0.3333333333333333');
    expect(cell(-2.5)).toBe('-2.5');
    expect(cell(1e-7)).toBe('1e-7');
    expect(Number(cell(1e-7))).toBe(1e-7);
    expect(cell(null)).toBe('');
    expect(cell(true)).toBe('true');
    expect(cell(false)).toBe('false');
  });

  it('leaves a ratio with a zero denominator empty', () => {
    const none = loadScenario({ teams: [{ engineers: 0 }], years: 1 });
    const rows = parseCsv(toCsv(simulate(none), none));
    for (const metric of ['intensity', 'costPerOutput', 'cashPay'] as const) {
      expect(simulate(none).years[0][metric]).toBeNull();
      expect(rows[1][1 + YEAR_METRICS.indexOf(metric)], metric).toBe('');
    }
  });
});
