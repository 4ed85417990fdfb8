// Issue 9 points 3 and 4 in Chromium: a shared link opens on its answer (the
// sentence and the closest conditions under it, the lens' lead figures and the whole lead chart, its x-axis
// included, inside the first screen, at 390×844 and 1366×768, in each lens and
// each language), and the union's no-layoffs comparison shows 2027's difference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, enter, launch, open, settled } from './browser';
import { getPreset } from '../../src/scenario/allPresets';
import { simulate } from '../../src/model';
import { SCHEMA_VERSION } from '../../src/scenario/schema';
import { encodeLink } from '../../src/scenario/link';
import { MODEL_VERSION } from '../../src/model/version';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A shared link as the app writes it: an edited preset (src/scenario/link), the lens and the reader's language (docs/links.md). */
function sharedLink(lens: string, lang: string): string {
  const preset = getPreset('typical-spend')!.scenario;
  const edited = { ...preset, tokens: { ...preset.tokens, budget: 9000 }, teams: [{ ...preset.teams[0], engineers: 57 }, ...preset.teams.slice(1)] };
  const query = encodeLink(edited, 'typical-spend');
  // The default lens is left out of a link, as the app does.
  return `${query}${lens === 'newsroom' ? '' : `&lens=${lens}`}&lang=${lang}`;
}

/** Bottom edges on the first screen (the page is not scrolled): the lead chart's is its SVG's, which ends with the x-axis' years. */
async function bottoms(page: Page) {
  await page.locator('.charts-item:first-of-type svg').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-stale], .charts-placeholder'));
  // The conditions under the sentence arrive from the worker and take their lines; the lead chart is fitted
  // again after them (useFirstScreenFit), so measure the page as the reader ends up seeing it.
  await page.getByTestId('headline-flips-brief').waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    // The SVG and every text in it (the x-axis' years are its lowest), so that a year drawn past the SVG's edge counts.
    const axis = [...document.querySelectorAll('.charts-item:first-of-type svg, .charts-item:first-of-type svg text')].map((e) => e.getBoundingClientRect().bottom);
    return {
      scrollY: window.scrollY,
      sentence: box('[data-testid="headline-sentence"]').bottom,
      conditions: box('[data-testid="headline-flips-brief"]').bottom,
      figures: box('.figure-list--lead').bottom,
      editLink: box('.edit-link').bottom,
      chart: Math.max(...axis),
    };
  });
}

const LANGS = ['en', 'de', 'fr', 'sv', 'es'] as const;
const LENS_IDS = ['newsroom', 'union', 'finance'] as const;

describe('the first screen of a shared link', () => {
  for (const [width, height] of [[390, 844], [1366, 768]]) {
    for (const lang of LANGS) {
      it(`holds the sentence, the lead figures and the whole lead chart, axis years included, at ${width}×${height} (${lang}), in every lens`, async () => {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (err) => errors.push(String(err)));
        page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
        for (const lens of LENS_IDS) {
          const link = sharedLink(lens, lang);
          await page.goto(BASE_URL + link);
          expect(new URL(page.url()).search, 'the link opens as written').toBe(link);
          await expect.poll(() => page.locator('.lens-switch input:checked').getAttribute('value')).toBe(lens);
          // The page settles once the worker's conditions are in and the lead chart is fitted again under them.
          await expect.poll(async () => (await bottoms(page)).chart, { message: lens }).toBeLessThanOrEqual(height);
          const b = await bottoms(page);
          expect(b.scrollY).toBe(0);
          expect(b.sentence, lens).toBeLessThanOrEqual(height);
          expect(b.conditions, lens).toBeLessThanOrEqual(height);
          expect(b.figures, lens).toBeLessThanOrEqual(height);
          expect(b.chart, lens).toBeLessThanOrEqual(height);
          // On a phone, "Edit the scenario" is a visible button on the first screen (beside the editor on a wide one).
          if (width < 900) expect(b.editLink, lens).toBeLessThanOrEqual(height);
          if (lang === 'de' || lang === 'en') await page.screenshot({ path: `screenshots/first-screen-${width}-${lang}-${lens}.png` });
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('"Edit the scenario" is one tap away and moves focus into the editor; the results come first for a keyboard', async () => {
    const { page, context } = await open(browser, '', { width: 390, height: 844 });
    await page.locator('[data-chart-id] svg').first().waitFor();
    const order = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const editor = document.getElementById('editor')!;
      return main.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    // The editor is a chunk of its own, fetched beside the first screen's: once it is there, the tap scrolls to it.
    await page.getByLabel('Engineers', { exact: true }).first().waitFor();
    // The panels above the editor that load or draw after the first screen are in (they change its height).
    await page.waitForFunction(() => !document.querySelector('.levers-loading, .uncertainty-loading, [data-stale], .charts-placeholder, [aria-busy="true"]'));
    await page.getByRole('link', { name: 'Edit the scenario' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await expect.poll(async () => Math.abs((await page.locator('#editor').boundingBox())!.y)).toBeLessThan(5);
    await context.close();
  });
});

describe('compare over time', () => {
  it('pin, edit, choose a year: the lead chart draws the baseline and its table gives each year\'s change', async () => {
    const { page, context, errors } = await open(browser, `?p=typical-spend&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}`, { width: 1440, height: 900 });
    await page.locator('[data-metric]').first().waitFor();
    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    await enter(page.getByLabel('Engineers', { exact: true }), '57');
    await page.getByLabel('Figures for').selectOption('2028');
    await settled(page);
    // The engine's engineers in 2028, edited and pinned.
    const s = getPreset('typical-spend')!.scenario;
    const edited = { ...s, teams: [{ ...s.teams[0], engineers: 57 }, ...s.teams.slice(1)] };
      const at = (x: typeof s) => simulate(x).years.find((r) => r.year === 2028)!.engineers!;
    const change = at(edited) - at(s);
    expect(Math.abs(change)).toBeGreaterThan(1);
    // The figure's delta is that year's.
    expect(Number(await page.locator('[data-metric-delta="engineers"]').first().getAttribute('data-value'))).toBeCloseTo(change, 6);
    const lead = page.locator('.charts-item').first();
    expect(await lead.getAttribute('data-chart-id')).toBe('headcount');
    // The overlay: the baseline's dashed grey lines behind, and "Baseline" in the legend.
    await expect.poll(() => lead.locator('svg path[stroke-dasharray="4 3"]').count()).toBeGreaterThan(0);
    await lead.getByRole('button', { name: /^Show table/ }).click();
    const table = lead.getByRole('table');
    const headers = await table.locator('thead th').allTextContents();
    const col = headers.indexOf('Engineers (FTE), change');
    expect(col, headers.join(' | ')).toBeGreaterThan(0);
    const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: '2028', exact: true }) });
    const cell = (await row.locator('th, td').nth(col).textContent())!;
    // Written as the table writes counts: signed, one decimal at most.
    expect(Number(cell.replace(/[^\d.+-]/g, ''))).toBeCloseTo(change, 1);
    expect(cell.startsWith(change > 0 ? '+' : '-')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('union: one click compares no layoffs with layoffs and opens on 2027', async () => {
    const { page, context, errors } = await open(browser, `?p=works-agreement&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}&lens=union`, { width: 1440, height: 900 });
    await page.locator('[data-chart-id] svg').first().waitFor();
    await page.getByRole('button', { name: 'Compare: no layoffs vs layoffs' }).click();
    await expect.poll(() => page.getByLabel('Figures for').inputValue()).toBe('2027');
    // The engine's own numbers for the two policies in 2027.
    const s = getPreset('works-agreement')!.scenario;
    const kept = simulate({ ...s, policy: { ...s.policy, layoffs: false } }).years.find((r) => r.year === 2027)!;
    const cut = simulate({ ...s, policy: { ...s.policy, layoffs: true } }).years.find((r) => r.year === 2027)!;
    expect(kept.jobsChange! - cut.jobsChange!).toBeGreaterThan(1);
    const delta = Number(await page.locator('[data-metric-delta="jobsChange"]').first().getAttribute('data-value'));
    expect(delta).toBeCloseTo(kept.jobsChange! - cut.jobsChange!, 6);
    await page.screenshot({ path: 'screenshots/union-compare-1440.png', fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
