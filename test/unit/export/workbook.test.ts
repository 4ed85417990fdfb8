// The Excel workbook, parsed back cell by cell (issue 9 point 8): labelled
// columns with units, numbers as numbers with formats, percentages as
// percentages, text that never becomes a formula, and every sheet.
import { describe, expect, it } from 'vitest';
import { simulate, frontier, YEAR_METRICS } from '../../../src/model';
import { solveLeverCuts } from '../../../src/model/levers';
import { bandRows, runUncertainty } from '../../../src/model/uncertainty';
import { BOOLEAN_METRICS } from '../../../src/model/metrics';
import { MODEL_VERSION } from '../../../src/model/version';
import { getPreset } from '../../../src/scenario/allPresets';
import { SCHEMA_VERSION, type Scenario } from '../../../src/scenario/schema';
import { workbookBlob, workbookSheets, type WorkbookInput } from '../../../src/export/workbook';
import { METRIC_COLUMNS } from '../../../src/export/columns';
import { columnName, readXlsx } from './xlsx';
import { ALL_LANGS, setLang } from '../../../src/i18n';

const HOSTILE = '=HYPERLINK("http://evil.example","click")';

function input(scenario: Scenario, withBands: boolean): WorkbookInput {
  const result = simulate(scenario);
  const run = withBands ? runUncertainty(scenario, { samples: 200, seed: 3, metrics: YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m)) }) : null;
  return {
    scenario,
    result,
    link: `https://example.org/?p=typical-spend&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}&t0.name=%3DHYPERLINK`,
    frontier: frontier(scenario),
    levers: solveLeverCuts(scenario, { savings: 1_000_000, year: scenario.startYear + 1 }),
    bands: run && { samples: run.samples, seed: run.seed, years: bandRows(run.startYear, run.years, run.bands) },
  };
}

async function read(i: WorkbookInput) {
  const blob = await workbookBlob(i);
  return readXlsx(new Uint8Array(await blob.arrayBuffer()));
}

const base = getPreset('typical-spend')!.scenario;
const hostile: Scenario = {
  ...base,
  title: '@SUM(1+1)',
  teams: [{ ...base.teams[0], name: HOSTILE }, { ...base.teams[0], name: '-1+2', engineers: 12 }],
};

describe('the workbook', () => {
  it('has the six sheets, in reading order, and no formula anywhere', async () => {
    const book = await read(input(hostile, true));
    expect(book.names).toEqual(['Assumptions', 'Years', 'Teams', 'Downturn', 'Frontier', 'Uncertainty']);
    for (const [name, xml] of Object.entries(book.files)) if (name.startsWith('xl/worksheets/sheet')) expect(xml, name).not.toMatch(/<f[ >]/);
    for (const sheet of Object.values(book.sheets)) for (const cell of sheet.values()) expect(cell.formula).toBe(false);
  });

  it('names its sheets and headers in the reader’s language', async () => {
    await setLang('fr');
    try {
      const { names, sheets } = await read(input(base, true));
      expect(names).toEqual(['Hypothèses', 'Années', 'Équipes', 'Crise', 'Arbitrage', 'Incertitude']);
      expect(sheets['Années'].get('A1')?.value).toBe('Année');
      expect([...sheets['Années'].values()].map((c) => c.value)).toContain('Coût total (USD/an)');
      expect(sheets.Crise.get('A1')?.value).toBe('Objectif d’économies');
    } finally {
      await setLang('en');
    }
  });

  it('has sheet names Excel accepts in every language (at most 31 characters, none of []:*?/\\)', async () => {
    try {
      for (const lang of ALL_LANGS) {
        await setLang(lang);
        const names = workbookSheets({ ...input(base, true), baseline: { scenario: base, result: simulate(base) } }).map((sheet) => sheet.sheet);
        expect(new Set(names).size, lang).toBe(7);
        for (const name of names) expect(name, `${lang} ${name}`).toMatch(/^[^[\]:*?/\\]{1,31}$/);
      }
    } finally {
      await setLang('en');
    }
  });

  it('the assumptions: title, link, model version, every field by its MODEL.md path, and the sources', async () => {
    const i = input(hostile, false);
    const sheet = (await read(i)).sheets.Assumptions;
    expect(sheet.get('A1')).toMatchObject({ value: 'Title', type: 's' });
    expect(sheet.get('B1')).toMatchObject({ value: '@SUM(1+1)', type: 's' }); // text, not a formula
    expect(sheet.get('B3')).toMatchObject({ value: i.link, type: 's' });
    expect(sheet.get('B4')).toMatchObject({ value: MODEL_VERSION, type: 'n' });
    const rows = new Map<string, number>();
    for (const [ref, cell] of sheet) if (ref.startsWith('A') && typeof cell.value === 'string') rows.set(cell.value, Number(ref.slice(1)));
    const at = (path: string, col: string) => sheet.get(`${col}${rows.get(path)}`);
    expect(at('tokens.priceDecline', 'B')?.value).toBe('Annual token price decline');
    expect(at('tokens.priceDecline', 'C')).toMatchObject({ value: base.tokens.priceDecline, type: 'n', format: '0.0%' });
    expect(at('teams[0].name', 'C')).toMatchObject({ value: HOSTILE, type: 's' });
    expect(at('teams[1].engineers', 'C')).toMatchObject({ value: 12, type: 'n' });
    expect(at('policy.layoffs', 'C')).toMatchObject({ value: base.policy.layoffs, type: 'b' });
    expect(at('currency', 'C')?.value).toBe('USD');
    const sources = rows.get('Sources')!;
    expect(sheet.get(`A${sources + 2}`)?.value).toBe(base.sources[0].label);
    expect(sheet.get(`B${sources + 2}`)?.value).toBe(base.sources[0].url);
  });

  it('the years: labelled columns with units, numbers as numbers, percentages as fractions shown as percent', async () => {
    const i = input(hostile, false);
    const sheet = (await read(i)).sheets.Years;
    expect(sheet.get('A1')?.value).toBe('Year');
    const col = (metric: string) => columnName(1 + METRIC_COLUMNS.findIndex((c) => c.metric === metric));
    expect(sheet.get(`${col('engineers')}1`)?.value).toBe('Engineers (FTE)');
    expect(sheet.get(`${col('totalCost')}1`)?.value).toBe('Total cost (USD/yr)');
    expect(sheet.get(`${col('tokenShare')}1`)?.value).toBe('Token share of pay (%)');
    expect(sheet.get(`${col('costPerOutput')}1`)?.value).toBe('Cost per output (USD per unit of output)');
    i.result.years.forEach((row, t) => {
      const r = t + 2;
      expect(sheet.get(`A${r}`)).toMatchObject({ value: row.year, type: 'n' });
      expect(sheet.get(`${col('engineers')}${r}`)).toMatchObject({ value: Number(row.engineers!.toPrecision(12)), type: 'n', format: '#,##0.0' });
      expect(sheet.get(`${col('totalCost')}${r}`)).toMatchObject({ value: Number(row.totalCost!.toPrecision(12)), format: '#,##0' });
      expect(sheet.get(`${col('tokenShare')}${r}`)).toMatchObject({ value: Number(row.tokenShare!.toPrecision(12)), format: '0.0%' });
      expect(sheet.get(`${col('tokensExceedSalary')}${r}`)).toMatchObject({ value: row.tokensExceedSalary, type: 'b' });
    });
    // One column per metric of MODEL.md §5: new metrics appear on their own.
    expect([...sheet.keys()].filter((ref) => /^[A-Z]+1$/.test(ref))).toHaveLength(1 + YEAR_METRICS.length);
  });

  it('the comparison with a pinned baseline: per year each figure, the baseline’s and the change, with units', async () => {
    // The baseline has 17 engineers fewer: the change in engineers in the first year is +17, by hand.
    const pinned: Scenario = { ...base, title: 'Pinned', teams: [{ ...base.teams[0], engineers: base.teams[0].engineers - 17 }] };
    const i = { ...input(base, false), baseline: { scenario: pinned, result: simulate(pinned) } };
    const book = await read(i);
    expect(book.names).toEqual(['Assumptions', 'Years', 'Comparison', 'Teams', 'Downturn', 'Frontier']);
    const sheet = book.sheets.Comparison;
    expect(sheet.get('A1')?.value).toBe('Baseline');
    expect(sheet.get('B1')).toMatchObject({ value: 'Pinned', type: 's' });
    expect(sheet.get('A4')?.value).toBe('Year');
    const compared = METRIC_COLUMNS.filter((c) => c.kind !== 'yesNo');
    const at = (metric: string, k: 0 | 1 | 2) => columnName(1 + 3 * compared.findIndex((c) => c.metric === metric) + k);
    expect(sheet.get(`${at('engineers', 0)}4`)?.value).toBe('Engineers (FTE)');
    expect(sheet.get(`${at('engineers', 1)}4`)?.value).toBe('Engineers (FTE), baseline');
    expect(sheet.get(`${at('engineers', 2)}4`)?.value).toBe('Engineers (FTE), change');
    expect(sheet.get(`${at('tokenShare', 2)}4`)?.value).toBe('Token share of pay (%), change');
    expect(sheet.get(`${at('engineers', 2)}5`)).toMatchObject({ value: 17, type: 'n', format: '#,##0.0' });
    // Every year, every figure: the two runs' values and their difference, as the engine gives them.
    const theirs = simulate(pinned).years;
    i.result.years.forEach((row, t) => {
      const r = t + 5;
      expect(sheet.get(`A${r}`)).toMatchObject({ value: row.year, type: 'n' });
      for (const c of compared) {
        const a = row[c.metric] as number | null;
        const b = theirs[t][c.metric] as number | null;
        const cell = (k: 0 | 1 | 2) => sheet.get(`${at(c.metric, k)}${r}`)?.value ?? null;
        expect(cell(0), `${c.metric} ${row.year}`).toBe(a === null ? null : Number(a.toPrecision(12)));
        expect(cell(1), `${c.metric} ${row.year} baseline`).toBe(b === null ? null : Number(b.toPrecision(12)));
        expect(cell(2), `${c.metric} ${row.year} change`).toBe(a === null || b === null ? null : Number((a - b).toPrecision(12)));
      }
    });
  });

  it('the teams: each team’s years, its name as text', async () => {
    const i = input(hostile, false);
    const sheet = (await read(i)).sheets.Teams;
    expect([sheet.get('A1')?.value, sheet.get('B1')?.value]).toEqual(['Team', 'Year']);
    expect(sheet.get('A2')).toMatchObject({ value: HOSTILE, type: 's' });
    const years = i.scenario.years;
    expect(sheet.get(`A${2 + years}`)).toMatchObject({ value: '-1+2', type: 's' });
    expect(sheet.get(`C${2 + years}`)?.value).toBeCloseTo(i.result.teams[1].years[0].engineers!, 9);
  });

  it('the downturn levers: the target, the year, and each lever’s cut, saving and outcome', async () => {
    const i = input(hostile, false);
    const sheet = (await read(i)).sheets.Downturn;
    expect(sheet.get('B1')).toMatchObject({ value: 1_000_000, type: 'n' });
    expect(sheet.get('B2')?.value).toBe(base.startYear + 1);
    expect(sheet.get('A5')?.value).toBe('As it is (no extra cut)');
    const levers = i.levers!.levers;
    levers.forEach((lever, k) => {
      const r = 6 + k;
      expect(sheet.get(`A${r}`)?.value).toBe({ tokens: 'Cut tokens', salary: 'Cut salary', headcount: 'Cut headcount' }[lever.lever]);
      expect(sheet.get(`B${r}`)).toMatchObject({ value: Number(lever.cut.toPrecision(12)), format: '0.0%' });
      expect(sheet.get(`C${r}`)?.value).toBeCloseTo(lever.saved, 3);
      expect(sheet.get(`E${r}`)).toMatchObject({ value: lever.reachable, type: 'b' });
      expect(sheet.get(`H${r}`)?.value).toBeCloseTo(lever.outcome.engineers!, 6);
    });
  });

  it('the frontier: the marked budgets, then every point of the sweep', async () => {
    const i = input(hostile, false);
    const sheet = (await read(i)).sheets.Frontier;
    expect(sheet.get('A1')?.value).toContain(String(i.frontier.year));
    expect(sheet.get('B3')?.value).toBe('Token budget per engineer (USD/yr)');
    expect(sheet.get('A5')?.value).toBe('Lowest cost');
    expect(sheet.get('B5')?.value).toBeCloseTo(i.frontier.optimum.budget, 6);
    const first = 9;
    i.frontier.points.forEach((p, k) => {
      expect(sheet.get(`B${first + k}`)?.value).toBeCloseTo(p.budget, 6);
      expect(sheet.get(`C${first + k}`)?.value).toBeCloseTo(p.engineersNeeded, 6);
    });
  });

  it('the uncertainty bands: p10, p50 and p90 of each figure per year, only when the scenario has ranges', async () => {
    const i = input(hostile, true);
    const sheet = (await read(i)).sheets.Uncertainty;
    expect(sheet.get('B1')?.value).toBe(200);
    expect(sheet.get('D1')?.value).toBe(3);
    expect(sheet.get('B4')?.value).toBe('Engineers (FTE) p10');
    expect(sheet.get('D4')?.value).toBe('Engineers (FTE) p90');
    const row = i.bands!.years[2] as Record<string, { p10: number; p50: number; p90: number }>;
    expect(sheet.get('C7')?.value).toBeCloseTo(row.engineers.p50, 6);
    const plain = { ...hostile, uncertainty: { ...hostile.uncertainty, ranges: {} } };
    expect((await read({ ...input(plain, false), bands: null })).names).not.toContain('Uncertainty');
  });
});
