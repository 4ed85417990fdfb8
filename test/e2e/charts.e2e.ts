import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launch, open, enter } from './browser';
import { LENSES } from '../../src/ui/lens';
import { SCHEMA_VERSION } from '../../src/scenario/schemaVersion';
import { MODEL_VERSION } from '../../src/model/version';

// A preset's link as the app writes it (docs/links.md): `p` the preset, `v` and `m` the versions.
const VM = `v=${SCHEMA_VERSION}&m=${MODEL_VERSION}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const order = (page: Page) => page.locator('[data-chart-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-chart-id')));

describe('charts', () => {
  it('shows every chart with its title, source and an accessible SVG at 1280 px', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator('[data-chart-id] svg').first().waitFor();
    const ids = await order(page);
    expect([...ids].sort()).toEqual(['costs', 'frontier', 'headcount', 'output', 'pay', 'pipeline']);
    for (const id of ids) {
      const chart = page.locator(`[data-chart-id="${id}"]`);
      const svg = chart.locator('svg[role="img"]');
      expect(await svg.isVisible()).toBe(true);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(200);
      expect(await chart.locator('.chart-source').textContent()).toMatch(/^Source: model run of “.+”; assumptions: /);
      await chart.screenshot({ path: `screenshots/charts-${id}-1280.png` });
    }
    await page.locator('.charts-panel').screenshot({ path: 'screenshots/charts-1280.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const { page, errors, context } = await open(browser, '', { width: 390, height: 844 });
    await page.locator('[data-chart-id] svg').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const id of await order(page)) {
      const box = (await page.locator(`[data-chart-id="${id}"] svg`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await page.locator(`[data-chart-id="${id}"]`).screenshot({ path: `screenshots/charts-${id}-390.png` });
    }
    // A data table wider than the phone scrolls inside its own box.
    await page.locator('[data-chart-id="costs"]').getByRole('button', { name: /Show table/ }).click();
    await page.locator('[data-chart-id="costs"] table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.charts-panel').screenshot({ path: 'screenshots/charts-390.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reorders the charts when the lens changes', async () => {
    const { page, context } = await open(browser);
    await page.locator('[data-chart-id] svg').first().waitFor();
    for (const lens of ['finance', 'union', 'newsroom'] as const) {
      await page.getByRole('radio', { name: LENSES[lens].label }).check({ force: true });
      await expect.poll(() => order(page)).toEqual([...LENSES[lens].charts]);
    }
    await context.close();
  });

  it('redraws after an edit and reads a year out from the keyboard', async () => {
    const { page, context } = await open(browser);
    const headcount = page.locator('[data-chart-id="headcount"]');
    await headcount.locator('svg').waitFor();
    const before = await headcount.locator('.chart-description').textContent();
    await enter(page.getByLabel('Engineers', { exact: true }).first(), '60');
    await expect.poll(() => headcount.locator('.chart-description').textContent()).not.toBe(before);
    expect(await headcount.locator('.chart-description').textContent()).toMatch(/^Engineers go from 60 in/);

    await headcount.getByRole('group', { name: /arrow keys/ }).focus();
    await page.keyboard.press('End');
    const tip = headcount.getByRole('status');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const last = await tip.textContent();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tip.textContent()).not.toBe(last);
    expect(await tip.textContent()).toMatch(/Engineers\s*60/);
    await headcount.screenshot({ path: 'screenshots/charts-headcount-tooltip-1280.png' });
    await context.close();
  });

  it('reads out the year under the mouse', async () => {
    const { page, context } = await open(browser);
    const pay = page.locator('[data-chart-id="pay"]');
    const svg = pay.locator('svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    const tip = pay.getByRole('status');
    await expect.poll(() => tip.isVisible()).toBe(true);
    // The right edge is the final year; every pay series is listed.
    expect(await tip.textContent()).toMatch(/^2030.*Cash pay.*Advertised pay.*Token budget.*Token share/);
    await page.mouse.move(2, 2);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });

  it('shows the junior pipeline: the promotions from juniors to seniors in the chart and its table', async () => {
    const { page, errors, context } = await open(browser, `?p=junior-pipeline&${VM}`);
    const chart = page.locator('[data-chart-id="pipeline"]');
    await chart.locator('svg[role="img"]').waitFor();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-stale')).toBeNull();
    // The image is named by its <title> (aria-labelledby).
    expect(await chart.locator('svg[role="img"] title').textContent()).toMatch(/^Pipeline: engineers per team/);
    const legend = await chart.locator('svg text').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['Juniors', 'Seniors', 'Promoted Juniors → Seniors']));
    // 21 promoted over 2027–2033: 3 a year, a quarter of the 12 juniors (MODEL.md §3).
    expect(await chart.locator('.chart-description').textContent()).toMatch(/: 21 promoted between teams \(Juniors → Seniors: 21\)/);
    await chart.screenshot({ path: 'screenshots/charts-pipeline-junior-1280.png' });
    await chart.getByRole('button', { name: /Show table/ }).click();
    const table = chart.getByRole('table');
    const headers = await table.getByRole('columnheader').allTextContents();
    const promoted = headers.indexOf('Promoted Juniors → Seniors (FTE)');
    expect(promoted).toBeGreaterThan(0);
    const cells = await table.getByRole('row', { name: /^2027/ }).getByRole('cell').allTextContents();
    expect(cells[promoted - 1]).toBe('3');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('embeds the pipeline chart in a 640×560 frame: nothing cut, no scrollbars', async () => {
    const { page, errors, context } = await open(browser, `?p=junior-pipeline&${VM}&embed=pipeline`, { width: 640, height: 560 });
    await page.locator('.embed .chart-plot svg').waitFor({ timeout: 20_000 });
    const problems = () =>
      page.evaluate(() => {
        const out: string[] = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight) out.push(`scrolls: ${doc.scrollWidth}×${doc.scrollHeight}`);
        for (const el of document.querySelectorAll('.embed .chart-plot svg, .embed .chart-plot svg text, .chart-title, .chart-source, .embed-link a')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < -0.5 || r.top < -0.5 || r.right > doc.clientWidth + 0.5 || r.bottom > doc.clientHeight + 0.5) out.push(`“${(el.textContent ?? '').slice(0, 30)}” is outside`);
        }
        return out;
      });
    // The chart lays itself out for its box after the first measure.
    await expect.poll(problems, { timeout: 5000 }).toEqual([]);
    expect(await page.locator('.embed .chart-plot svg text').allTextContents()).toContain('Promoted Juniors → Seniors');
    await page.screenshot({ path: 'screenshots/embed-pipeline-junior-640.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
