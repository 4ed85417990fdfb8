// Issue 9 in the built app: numbers applied when committed and read the
// reader's way, links that carry the whole view, embeds that fit their frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { BASE_URL, enter, launch, metric, open } from './browser';
import { CHART_IDS } from '../../src/ui/lens';
import { getPreset } from '../../src/scenario/allPresets';
import { simulate, YEAR_METRICS } from '../../src/model';
import { dsvFormat } from 'd3-dsv';
import { columnName, readXlsx } from '../unit/export/xlsx';
import { METRIC_COLUMNS } from '../../src/export/columns';
import { SCHEMA_VERSION } from '../../src/scenario/schema';
import { MODEL_VERSION } from '../../src/model/version';

/** The link's versions, as the app writes them now. */
const VM = `v=${SCHEMA_VERSION}&m=${MODEL_VERSION}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const base = getPreset('typical-spend')!.scenario;
const finalWith = (change: (s: typeof base) => typeof base) => simulate(change(base)).years.at(-1)!;

describe('numbers as the reader types them', () => {
  it('an out-of-range entry is never run: the figures keep the value in use, and the field says which', async () => {
    const { page, context, errors } = await open(browser);
    await page.locator('[data-metric="engineers"]').first().waitFor();
    const before = await metric(page, 'totalCost');
    const years = page.getByLabel('Years', { exact: true });
    // Typed key by key, as a person does: "1", "10", "100" are never run.
    await years.fill('');
    await years.pressSequentially('100');
    await years.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('⚠ Years must be at most 30, got 100; still using 5');
    expect(await years.inputValue()).toBe('100');
    expect(await metric(page, 'totalCost')).toBe(before);
    expect(new URL(page.url()).searchParams.get('years')).toBeNull();

    const budget = page.getByLabel('Token budget per engineer').first();
    await budget.fill('');
    await budget.pressSequentially('1e15');
    await budget.press('Tab');
    await expect.poll(() => page.getByRole('alert').count()).toBe(2);
    expect(await page.getByRole('alert').nth(1).textContent()).toMatch(/^⚠ Token budget per engineer must be at most 1,000,000,000, got 1,000,000,000,000,000; still using 2,400$/);
    expect(await metric(page, 'totalCost')).toBe(before);

    // Escape: the value in use again, and its message gone.
    await years.focus();
    await years.press('Escape');
    expect(await years.inputValue()).toBe('5');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads 57.000 and 1,4 the German way, and 250k, $250,000 and 1.5M in English', async () => {
    const { page, context, errors } = await open(browser);
    await page.locator('[data-metric="engineers"]').first().waitFor();
    const salary = page.getByLabel('Base salary');
    expect(await salary.getAttribute('inputmode')).toBe('decimal');

    await enter(salary, '$250,000');
    await expect.poll(() => metric(page, 'totalCost')).toBe(finalWith((s) => ({ ...s, teams: [{ ...s.teams[0], salary: 250_000 }] })).totalCost);
    await enter(page.getByLabel('Token budget per engineer').first(), '250k');
    await expect.poll(() => new URL(page.url()).searchParams.get('budget')).toBe('250000');
    await enter(salary, '1.5M');
    await expect.poll(() => new URL(page.url()).searchParams.get('t0.salary')).toBe('1500000');
    // Ambiguous in English: refused, with both readings.
    await enter(page.getByLabel('Maximum productivity multiplier', { exact: true }), '1,4');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^⚠ Maximum productivity multiplier is ambiguous: “1,4” could be 1\.4 or 14\./);

    // The page in German: the language chosen sets the reading (fields by their MODEL.md names, the labels are German now).
    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de');
    const salaryDe = page.locator('input[name="teams[0].salary"]');
    const multiplierDe = page.locator('input[name="productivity.maxMultiplier"]');
    await enter(salaryDe, '57.000');
    await expect.poll(() => new URL(page.url()).searchParams.get('t0.salary')).toBe('57000');
    expect(await salaryDe.inputValue()).toBe('57000');
    await enter(multiplierDe, '1,4');
    await expect.poll(() => new URL(page.url()).searchParams.get('maxMultiplier')).toBe('1.4');
    expect(await multiplierDe.inputValue()).toBe('1,4');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('links carry the whole view', () => {
  it('a copied link reopens the lens, year, baseline and downturn target in a fresh browser', async () => {
    const { page, context, errors } = await open(browser, `?p=typical-spend&${VM}&year=2028`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await page.locator('[data-metric]').first().waitFor();
    await page.getByRole('radio', { name: 'Finance' }).check();
    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    await enter(page.getByLabel('Engineers', { exact: true }), '55');
    const baselineText = await page.locator('[data-compare="baseline"]').first().textContent();
    await enter(page.getByLabel('Savings target', { exact: true }), '$5,000,000');
    await page.getByLabel('Downturn starts in').selectOption('2028');
    // The levers' inputs are deferred (useDeferredValue): wait for the sentence of the new year.
    await expect.poll(() => page.getByTestId('levers-conclusion').textContent()).toMatch(/^To save \$5M from 2028: /);
    const conclusion = await page.getByTestId('levers-conclusion').textContent();
    await expect.poll(() => page.url(), { timeout: 2000 }).toContain('downturnYear=2028');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const params = new URL(link).searchParams;
    expect(params.get('lens')).toBe('finance');
    expect(params.get('year')).toBe('2028');
    expect(params.get('savings')).toBe('5000000');
    expect(params.get('baseline')).toBe('typical-spend');

    const fresh = await open(browser, link.slice(BASE_URL.length));
    await fresh.page.locator('[data-metric]').first().waitFor();
    expect(await fresh.page.getByRole('radio', { name: 'Finance' }).isChecked()).toBe(true);
    await expect.poll(() => fresh.page.locator('[data-compare="baseline"]').first().textContent()).toBe(baselineText);
    expect(await fresh.page.getByLabel('Savings target', { exact: true }).inputValue()).toBe('5000000');
    expect(await fresh.page.getByLabel('Downturn starts in').inputValue()).toBe('2028');
    await expect.poll(() => fresh.page.getByTestId('levers-conclusion').textContent()).toBe(conclusion);
    // The year was read (a bad one would leave a notice, and the address as opened until the first edit).
    expect(new URL(fresh.page.url()).searchParams.get('year')).toBe('2028');
    expect(await fresh.page.locator('.notice').count()).toBe(0);
    expect(fresh.errors).toEqual([]);
    expect(errors).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('a bad view parameter is named in a notice; the scenario still opens, and the address stays as opened until the first edit', async () => {
    const damaged = `?p=typical-spend&${VM}&budget=5000&lens=cfo&year=1999`;
    const { page, context, errors } = await open(browser, damaged);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await page.locator('[data-metric]').first().waitFor();
    const notice = page.locator('.notice').first();
    expect(await notice.textContent()).toContain('lens “cfo” is not a lens');
    expect(await notice.textContent()).toContain('year “1999” is not a year of this scenario');
    expect(await page.getByLabel('Token budget per engineer').first().inputValue()).toMatch(/^5,?000$/);
    // Left as opened (docs/links.md, “A damaged link”): it can be reloaded or sent back as it came.
    expect(page.url()).toBe(BASE_URL + damaged);
    await page.waitForTimeout(600); // longer than an edit's write (EDIT_DELAY_MS): nothing rewrites it unasked
    expect(page.url()).toBe(BASE_URL + damaged);

    // The first edit writes the scenario's own clean address.
    await enter(page.getByLabel('Engineers', { exact: true }), '55');
    await expect.poll(() => page.url()).toBe(`${BASE_URL}?p=typical-spend&${VM}&budget=5000&t0.engineers=55`);
    // The notice still offers the link as it came.
    await notice.getByRole('button', { name: 'Copy the link as opened' }).click();
    await notice.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(BASE_URL + damaged);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('files that are not scenarios', () => {
  it('two bad files in a row leave one notice, in plain words', async () => {
    const { page, context, errors } = await open(browser);
    await page.locator('[data-metric]').first().waitFor();
    const input = page.getByLabel('Open scenario file…');
    await input.setInputFiles({ name: 'first.json', mimeType: 'application/json', buffer: Buffer.from('{"years": 3,,}') });
    await page.locator('.notice', { hasText: 'first.json' }).waitFor();
    // A trailing comma: the "}" is on line 2 after the 11 characters of `"years": 3,`, so column 12.
    await input.setInputFiles({ name: 'second.json', mimeType: 'application/json', buffer: Buffer.from('{\n"years": 3,}') });
    await page.locator('.notice', { hasText: 'second.json' }).waitFor();
    const notices = await page.locator('.notice').allTextContents();
    expect(notices).toEqual(['“second.json” is not a scenario: it is not valid JSON (line 2, column 12), so the current scenario stays.×']);
    expect(notices.join(' ')).not.toMatch(/SyntaxError|Unexpected token|Expected/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Everything the embed must show is inside the frame, and nothing scrolls. */
async function fits(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) problems.push(`scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    if (doc.scrollHeight > doc.clientHeight) problems.push(`scrolls down: ${doc.scrollHeight} > ${doc.clientHeight}`);
    const inside = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      if (r.left < -0.5 || r.top < -0.5 || r.right > doc.clientWidth + 0.5 || r.bottom > doc.clientHeight + 0.5) {
        problems.push(`${what} “${(el.textContent ?? '').slice(0, 30)}” is outside the frame: ${JSON.stringify([r.left, r.top, r.right, r.bottom].map(Math.round))}`);
      }
    };
    const svg = document.querySelector('.embed .chart-plot svg');
    if (!svg) problems.push('no chart');
    for (const text of document.querySelectorAll('.embed .chart-plot svg text')) inside(text, 'axis or label text');
    if (svg) inside(svg, 'the chart');
    for (const el of document.querySelectorAll('.embed-title, .embed-headline, .chart-title, .chart-source, .chart-toggle, .embed-link a')) inside(el, el.className);
    if (!document.querySelector('.chart-source')) problems.push('no source line');
    if (!document.querySelector('.embed-link a')) problems.push('no link');
    return problems;
  });
}

describe('embeds fit the frame they are given', () => {
  for (const size of [{ width: 640, height: 560 }, { width: 360, height: 560 }]) {
    it(`every chart at ${size.width}×${size.height}: nothing cut, no scrollbars (screenshots/embed-*-${size.width}.png)`, async () => {
      const { page, context, errors } = await open(browser, `?p=typical-spend&${VM}&embed=headcount`, size);
      // The registry's charts, then the fans and the tornado (typical-spend has ranges; sampled in the page's worker).
      for (const chart of [...CHART_IDS, 'fans', 'tornado']) {
        await page.goto(`${BASE_URL}?p=typical-spend&${VM}&embed=${chart}`);
        await page.locator('.embed .chart-plot svg').nth(chart === 'fans' ? 3 : 0).waitFor({ timeout: 20_000 });
        // The chart lays itself out for its box after the first measure.
        await expect.poll(() => fits(page), { timeout: 5000 }).toEqual([]);
        if (chart !== 'fans' && chart !== 'tornado') {
          // It uses the room: the chart's plot reaches near the source line.
          const gap = await page.evaluate(() => document.querySelector('.chart-footer')!.getBoundingClientRect().top - document.querySelector('.chart-plot svg')!.getBoundingClientRect().bottom);
          expect(gap).toBeLessThan(40);
        }
        await page.screenshot({ path: `screenshots/embed-${chart}-${size.width}.png` });
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('inside an iframe of a host page: every size the snippet offers fits, nothing clipped', async () => {
    const { page, context } = await open(browser, '', { width: 900, height: 900 });
    await page.locator('[data-metric]').first().waitFor();
    await page.getByRole('button', { name: 'Embed…' }).click();
    const dialog = page.getByRole('dialog');
    const menu = dialog.getByLabel('Size');
    await menu.waitFor();
    const sizes = await menu.locator('option').allTextContents();
    // The four sizes of EmbedDialog.tsx's EMBED_SIZES: two full-width ones, a fixed one and a phone's.
    expect(sizes).toEqual(['Article column: full width, 560 px high', 'Tall: full width, 720 px high', 'Fixed: 640 × 560 px', 'Phone: 360 × 560 px']);
    // The host: an article column 640 px wide (issue 9 point 6), in a window tall enough that the lazy frame loads.
    const host = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const hostPage = await host.newPage();
    await hostPage.goto(`${BASE_URL}asset-manifest.json`);
    const checked: string[] = [];
    for (const label of sizes) {
      await menu.selectOption({ label });
      const snippet = await dialog.getByLabel('Embed code').inputValue();
      const [, width, height] = /width="([^"]+)" height="(\d+)"/.exec(snippet)!;
      await hostPage.setContent(`<!doctype html><body style="margin:0"><main style="width:640px">${snippet}</main></body>`);
      const embedded = (await (await hostPage.locator('iframe').elementHandle())!.contentFrame())!;
      await embedded.locator('.embed .chart-plot svg').waitFor();
      // The frame is the size the snippet asks for (a full-width one takes the column's 640 px)...
      const size = await embedded.evaluate(() => [document.documentElement.clientWidth, document.documentElement.clientHeight]);
      expect(size, label).toEqual([width === '100%' ? 640 : Number(width), Number(height)]);
      // ...and what it shows fits inside it: no scrolling either way, every text, the source line and the link in view.
      await expect.poll(() => fits(embedded), { timeout: 5000 }).toEqual([]);
      await hostPage.screenshot({ path: `screenshots/embed-snippet-${width === '100%' ? 'full' : width}-${height}.png` });
      checked.push(`${width}×${height}`);
    }
    expect(checked).toEqual(['100%×560', '100%×720', '640×560', '360×560']);
    await host.close();
    await context.close();
  });
});

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('.share-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('spreadsheet-ready downloads', () => {
  it('the workbook, parsed back, holds the page’s numbers; the CSV is the reader’s', async () => {
    const { page, context, errors } = await open(browser, `?p=typical-spend&${VM}&t0.name=%3D1%2B1&lens=finance&savings=2000000`);
    await page.locator('[data-metric]').first().waitFor();
    const totalCost = await metric(page, 'totalCost');

    const book = await download(page, 'Workbook for Excel (.xlsx)');
    expect(book.name).toBe('todays-typical-ai-spend-results.xlsx');
    const { names, sheets } = readXlsx(new Uint8Array(book.bytes));
    expect(names).toEqual(['Assumptions', 'Years', 'Teams', 'Downturn', 'Frontier', 'Uncertainty']);
    expect(sheets.Assumptions.get('B3')?.value).toBe(page.url());
    const years = sheets.Years;
    const col = [...years.entries()].find(([ref, c]) => /^[A-Z]+1$/.test(ref) && c.value === 'Total cost (USD/yr)')![0].replace('1', '');
    expect(years.get(`${col}6`)).toMatchObject({ type: 'n', format: '#,##0' });
    expect(years.get(`${col}6`)!.value).toBeCloseTo(totalCost, 3);
    // The whole Years sheet, cell by cell, against the engine (a team's name changes no number).
    const engine = simulate(getPreset('typical-spend')!.scenario).years;
    expect(sameCells(years, engine, 1, (c) => [c])).toEqual([]);
    expect([...years.keys()].filter((ref) => /^[A-Z]+1$/.test(ref))).toHaveLength(1 + METRIC_COLUMNS.length);
    expect(sheets.Teams.get('A2')).toMatchObject({ value: '=1+1', type: 's', formula: false });
    expect(sheets.Downturn.get('B1')?.value).toBe(2_000_000);

    const csv = await download(page, 'Results for spreadsheets (CSV)');
    expect(csv.name).toBe('todays-typical-ai-spend-results.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = dsvFormat(',').parseRows(text.slice(1).trimEnd());
    expect(rows[1]).toEqual(['Scenario link', page.url()]);
    expect(rows[6]).toHaveLength(2 + YEAR_METRICS.length);
    const cost = rows[6].indexOf('Total cost (USD/yr)');
    expect(Number(rows[11][cost])).toBeCloseTo(totalCost, 3);
    expect(rows[12][0]).toBe("'=1+1");

    // A German reader gets German headers, semicolons and decimal commas (the columns in the same order).
    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de');
    const de = (await download(page, 'Ergebnisse für Tabellenkalkulation (CSV)')).bytes.toString('utf8');
    const deRows = dsvFormat(';').parseRows(de.slice(1).trimEnd());
    expect(deRows[1][0]).toBe('Link zum Szenario');
    expect(deRows[6]).toHaveLength(2 + YEAR_METRICS.length);
    expect(deRows[6][cost]).toBe('Gesamtkosten (USD/Jahr)');
    expect(deRows[7][rows[6].indexOf('Token share of pay (%)')]).toMatch(/^\d+,\d+$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with a baseline pinned, the workbook has the comparison: each year, each figure, the baseline and the change', async () => {
    const { page, context, errors } = await open(browser, `?p=typical-spend&${VM}`);
    await page.locator('[data-metric]').first().waitFor();
    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    await enter(page.getByLabel('Engineers', { exact: true }), '57');
    await expect.poll(() => page.url()).toContain('t0.engineers=57');
    const { sheets, names } = readXlsx(new Uint8Array((await download(page, 'Workbook for Excel (.xlsx)')).bytes));
    expect(names).toEqual(['Assumptions', 'Years', 'Comparison', 'Teams', 'Downturn', 'Frontier', 'Uncertainty']);
    const preset = getPreset('typical-spend')!.scenario;
    const edited = simulate({ ...preset, teams: [{ ...preset.teams[0], engineers: 57 }, ...preset.teams.slice(1)] }).years;
    const pinned = simulate(preset).years;
    const sheet = sheets.Comparison;
    expect(sheet.get('B1')?.value).toBe(preset.title);
    expect(sheet.get('A4')?.value).toBe('Year');
    expect(sheet.get('C4')?.value).toBe(`${sheet.get('B4')?.value}, baseline`);
    expect(sheet.get('D4')?.value).toBe(`${sheet.get('B4')?.value}, change`);
    // Three columns per figure (yes/no figures have no change and are left out), checked against the engine.
    const compared = METRIC_COLUMNS.filter((c) => c.kind !== 'yesNo');
    expect(sameCells(sheet, edited, 4, (_, t) => [edited[t], pinned[t], 'change'], compared, pinned)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

type Sheet = ReturnType<typeof readXlsx>['sheets'][string];
type Row = ReturnType<typeof simulate>['years'][number];
const asCell = (v: unknown) => (typeof v === 'number' ? (Number.isFinite(v) ? Number(v.toPrecision(12)) : undefined) : typeof v === 'boolean' ? v : undefined);

/**
 * Every cell of a year sheet against the engine, from row `head + 1`: column A the year, then per figure one
 * column (`parts` gives [row]) or three (scenario, baseline, 'change' = their difference). The cells that differ.
 */
function sameCells(
  sheet: Sheet,
  rows: readonly Row[],
  head: number,
  parts: (row: Row, t: number) => (Row | 'change')[],
  columns: readonly { metric: string }[] = METRIC_COLUMNS,
  baseline?: readonly Row[],
): string[] {
  const wrong: string[] = [];
  rows.forEach((row, t) => {
    const r = head + 1 + t;
    if (sheet.get(`A${r}`)?.value !== row.year) wrong.push(`A${r}`);
    let k = 1;
    for (const c of columns) {
      for (const part of parts(row, t)) {
        const key = c.metric as keyof Row;
        const a = row[key];
        const b = baseline?.[t][key];
        const expected = part === 'change' ? (typeof a === 'number' && typeof b === 'number' ? asCell(a - b) : undefined) : asCell(part[key]);
        const ref = `${columnName(k++)}${r}`;
        const got = sheet.get(ref)?.value;
        // A change of two equal figures is 0 up to the last bit of the two runs (1e-16 of their size).
        const scale = Math.max(1, Math.abs(Number(a) || 0), Math.abs(Number(b) || 0));
        const close = typeof got === 'number' && typeof expected === 'number' && Math.abs(got - expected) <= 1e-9 * scale;
        if (got !== expected && !close) wrong.push(`${ref} ${c.metric} ${row.year}: ${sheet.get(ref)?.value} ≠ ${expected}`);
      }
    }
  });
  return wrong;
}

describe('an open tool: installable, offline, updatable, printable', () => {
  const controlled = (page: Page) =>
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });

  it('has a web app manifest with SVG and PNG icons, served offline too', async () => {
    const { page, context, errors } = await open(browser);
    await page.locator('[data-metric]').first().waitFor();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest).toMatchObject({ name: expect.stringContaining('Tokens or people'), start_url: './', display: 'standalone' });
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    await controlled(page);
    await context.setOffline(true);
    for (const icon of icons.filter((i) => i.type === 'image/png')) {
      const head = await page.evaluate(async (src) => {
        const bytes = new Uint8Array(await (await fetch(src)).arrayBuffer());
        const view = new DataView(bytes.buffer);
        return { signature: [...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), width: view.getUint32(16), height: view.getUint32(20) };
      }, icon.src);
      expect(head.signature).toBe('PNG');
      expect(`${head.width}x${head.height}`).toBe(icon.sizes);
    }
    expect(await page.evaluate(async () => (await fetch('./manifest.webmanifest')).ok)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers to reload when a newer release is cached, and reloads into it', async () => {
    const { page, context, errors } = await open(browser);
    await page.locator('[data-metric]').first().waitFor();
    await controlled(page);
    expect(await page.getByText('A new version of Tokens or people is ready.').count()).toBe(0);
    // The page asks the worker, as every page does once loaded, whether the cached release is its own.
    // Here it is not: the cached page is marked as a later release, and this page says it runs an older
    // entry script (two builds cannot be served side by side in one test; the entry names a release).
    await page.evaluate(async () => {
      const cache = await caches.open('tokens-or-people-v2');
      const url = new URL('./', location.href).href;
      const html = await (await cache.match(url))!.text();
      await cache.put(url, new Response(html.replace('<head>', '<head><meta name="release" content="2">'), { headers: { 'content-type': 'text/html' } }));
      navigator.serviceWorker.controller!.postMessage({ type: 'tokens-or-people:check', page: './assets/index-0lder.js' });
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Tokens or people is ready.' });
    await prompt.waitFor();
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect.poll(() => page.locator('meta[name="release"]').count()).toBe(1);
    await page.locator('[data-metric]').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [lens, preset] of [['newsroom', 'typical-spend'], ['union', 'works-agreement'], ['finance', 'evidence-central']] as const) {
    it(`prints a one-page brief in the ${lens} lens: sentence, lead figures, its charts, assumptions, sources, link`, async () => {
      const { page, context, errors } = await open(browser, `?p=${preset}&${VM}&lens=${lens}`);
      await page.locator('[data-metric]').first().waitFor();
      // The charts' code loads just after the first screen.
      await page.locator('[data-chart-id] svg').first().waitFor();
      // The conditions ("as long as …") come from the worker a moment later: the page must fit with them.
      await page.getByTestId('headline-flips-line').waitFor();
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null).length;
        return {
          sentence: visible('.headline-sentence'),
          lead: visible('.figure-list--lead .figure'),
          charts: visible('.charts-item'),
          brief: visible('.print-brief'),
          editor: visible('.editor-pane'),
          share: visible('.share-bar'),
          language: visible('.language-menu'),
          link: document.querySelector('.print-brief-link')?.textContent ?? '',
        };
      });
      expect(shown).toMatchObject({ sentence: 1, lead: 4, charts: 2, brief: 1, editor: 0, share: 0, language: 0 });
      expect(shown.link).toContain(page.url());
      const pdf = await page.pdf({ format: 'A4', printBackground: true, path: `screenshots/brief-${lens}.pdf` });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
