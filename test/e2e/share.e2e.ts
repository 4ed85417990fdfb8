// Issue 4 in the built app: links, Back, embed, downloads, untrusted input,
// saved scenarios and offline use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { BASE_URL, launch, open, enter, settled } from './browser';
import { YEAR_METRICS } from '../../src/model';
import { parseScenario } from '../../src/scenario/parse';
import { decodeLink } from '../../src/scenario/link';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every headline figure's unrounded value, by metric name. */
async function figures(page: Page): Promise<Record<string, string>> {
  await page.locator('[data-metric]').first().waitFor();
  // Every preset carries ranges: the Monte Carlo's probability figures arrive
  // from the worker a moment after the page; read them too.
  await page.locator('[data-metric^="probability:"]').first().waitFor({ timeout: 20_000 });
  await settled(page);
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-metric]')].map((el) => [el.getAttribute('data-metric'), el.getAttribute('data-value')])),
  );
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('details.share-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('share links', () => {
  it('a copied link opens the same scenario in a fresh browser', async () => {
    const { page, context, errors } = await open(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await page.locator('[data-metric]').first().waitFor();
    await enter(page.getByLabel('Engineers', { exact: true }), '57');
    await enter(page.getByLabel('Token budget per engineer').first(), '9000');
    // Both edits are in the address bar (it follows within half a second, PRODUCT.md), not only the first.
    await expect.poll(() => page.url(), { timeout: 2000 }).toMatch(/budget=9000&t0\.engineers=57$/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link).toMatch(/\?p=typical-spend&v=2&m=2&budget=9000&t0\.engineers=57$/);
    const before = await figures(page);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const fresh = await open(browser, link.slice(BASE_URL.length));
    // Probability figures arrive from the worker a moment after the page.
    await expect.poll(() => figures(fresh.page), { timeout: 20_000 }).toEqual(before);
    expect(fresh.errors).toEqual([]);
    expect(errors).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('Back after a preset change returns to the scenario before it', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&v=2&m=2&budget=6000');
    const before = await figures(page);
    await page.getByLabel('Scenario preset').selectOption('status-quo');
    await expect.poll(() => page.url()).toContain('?p=status-quo&v=2&m=2');
    await expect.poll(() => figures(page)).not.toEqual(before);
    await page.goBack();
    await expect.poll(() => page.url()).toContain('?p=typical-spend&v=2&m=2&budget=6000');
    await expect.poll(() => figures(page)).toEqual(before);
    expect(await page.getByLabel('Scenario preset').inputValue()).toBe('typical-spend');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embed', () => {
  it('?embed=CHART shows exactly one chart, its headline and a link back', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&v=2&m=2&budget=6000&embed=costs');
    await page.locator('.embed figure svg').first().waitFor();
    expect(await page.locator('figure').count()).toBe(1);
    expect(await page.locator('figure .chart-body svg').count()).toBe(1);
    expect(await page.locator('[data-testid="headline-sentence"]').textContent()).toMatch(/\$6,000/);
    expect(await page.locator('.share-bar, .editor-pane, [data-metric]').count()).toBe(0);
    expect(await page.getByRole('link', { name: /Explore and change this scenario/ }).getAttribute('href')).toBe(
      `${BASE_URL}?p=typical-spend&v=2&m=2&budget=6000`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?embed=fans draws the four fans in the embedded page’s own worker, with the questions kept in the link back', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&v=2&m=2&samples=500&thresholds=rolesAtRisk%3E5%402029&embed=fans');
    await page.locator('.embed .uncertainty-fan svg').nth(3).waitFor({ timeout: 20_000 });
    expect(await page.locator('.uncertainty-fan').count()).toBe(4);
    expect(await page.locator('[data-samples="500"]').count()).toBe(1);
    expect(await page.locator('.share-bar, .editor-pane').count()).toBe(0);
    expect(await page.getByRole('link', { name: /Explore and change this scenario/ }).getAttribute('href')).toBe(
      `${BASE_URL}?p=typical-spend&v=2&m=2&samples=500&thresholds=rolesAtRisk%3E5%402029`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?embed=tornado draws what moves roles at risk most, with no controls', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&v=2&m=2&embed=tornado');
    await page.locator('.embed .uncertainty-tornado svg').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 2, name: /^What moves roles at risk in \d{4} the most$/ }).count()).toBe(1);
    expect(await page.locator('.embed select, .embed input').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('posts its height to the page that frames it', async () => {
    const { page, context } = await open(browser);
    await page.locator('[data-metric]').first().waitFor();
    const height = await page.evaluate(
      (src) =>
        new Promise<number>((resolve) => {
          addEventListener('message', (e) => e.data?.type === 'tokens-or-people:height' && resolve(e.data.height));
          const frame = document.createElement('iframe');
          frame.style.width = '400px';
          frame.src = src;
          document.body.append(frame);
        }),
      `${BASE_URL}?embed=pay`,
    );
    expect(height).toBeGreaterThan(300);
    await context.close();
  });
});

describe('downloads', () => {
  it('PNG and SVG cards, CSV and scenario JSON that parse', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&v=2&m=2&title=Ours%20%3Cb%3Ebold%3C%2Fb%3E');
    await page.locator('[data-metric]').first().waitFor();

    const png = await download(page, 'Chart as PNG');
    expect(png.name).toBe('ours-bboldb-headcount.png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    // Drawn at twice the card's size: the card is the 680-px chart plus margins.
    expect(png.bytes.readUInt32BE(16)).toBe(2 * (680 + 48));
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(2 * 300);

    const svg = (await download(page, 'Chart as SVG')).bytes.toString('utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Headcount: engineers employed and required</title>');
    expect(svg).toContain('Scenario: Ours &lt;b&gt;bold&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('?p=typical-spend&amp;v=2&amp;m=2&amp;title=Ours%20%3Cb%3Ebold%3C%2Fb%3E');
    // Well-formed: the browser parses it as an SVG document.
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg)).toBe(true);

    const csv = (await download(page, 'Results for scripts (CSV, model names)')).bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(['team', 'year', ...YEAR_METRICS].join(','));

    const json = JSON.parse((await download(page, 'Scenario as JSON')).bytes.toString('utf8'));
    const parsed = parseScenario(json);
    expect(parsed.ok).toBe(true);
    expect(json).toEqual(decodeLink(new URL(page.url()).search).scenario);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('untrusted input', () => {
  const compact = (json: string) => `?p=typical-spend&v=2&m=2&s=${LZString.compressToEncodedURIComponent(json)}`;
  const truncated = compact(JSON.stringify({ teams: { length: 3, name: ['A', 'B', 'C'], engineers: [1, 2, 3] }, shocks: [{ year: 2028, cut: 0.2, lever: 'tokens' }] }));
  const cases: [string, string, RegExp][] = [
    ['prototype keys (compact)', compact('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'), /__proto__ is not a known field/],
    ['prototype keys (readable)', '?p=typical-spend&__proto__.polluted=1&constructor=1', /__proto__\.polluted is not a setting/],
    ['markup in the title, with a bad value', '?p=typical-spend&title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&years=-3', /years must be at least 1, got -3/],
    ['huge and negative numbers', '?p=typical-spend&t0.engineers=-5&budget=1e308&pricePerMillion=1e999', /(?=.*t0\.engineers must be at least 0, got -5)(?=.*budget must be at most 1000000000, got 1e\+308)(?=.*pricePerMillion must be a finite number)/],
    ['a truncated compact link', truncated.slice(0, truncated.length - 12), /damaged|could not be opened/],
    ['a 100 kB link', `?s=${'A'.repeat(100_000)}`, /too long/],
  ];

  it.each(cases)('%s: the app opens with a notice and no console error', async (_, query, notice) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // A static host may refuse a 100 kB request line (Node's limit is 16 kB):
    // serve the page for it as a host with a larger limit would.
    const html = await (await fetch(BASE_URL)).text();
    await page.route((url) => url.href.length > 8000, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(BASE_URL + query);
    await page.locator('[data-metric]').first().waitFor();
    await expect.poll(() => page.locator('.notice').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(notice)]));
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('markup in a title shows as text', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await page.locator('[data-metric]').first().waitFor();
    expect(await page.locator('.headline-title').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a corrupt saved-scenario store loads cleanly with a notice, and is set aside', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('tokens-or-people:saved', '{"version":1,"items":[{"id":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(BASE_URL);
    await page.locator('[data-metric]').first().waitFor();
    await page.getByText(/Saved scenarios in this browser could not be read \(damaged data\)/).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith('tokens-or-people:saved:set-aside:'))).toBe(true);
    // Saving works again afterwards, and survives a reload.
    await page.getByRole('button', { name: 'Saved…' }).click();
    await page.getByRole('button', { name: 'Save current scenario' }).click();
    await page.getByText(/^Saved as/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Saved…' }).click();
    const list = page.getByRole('list', { name: 'Saved scenarios' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('offline', () => {
  it('after the first visit the app opens without the network', async () => {
    const { page, context, errors } = await open(browser, '?p=rosy-plan&v=2&m=2');
    const before = await figures(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => figures(page), { timeout: 20_000 }).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
