// Model version 2's inputs in a real browser (issue 8): German entry, the
// figures follow, the link keeps the value; the editor fits a phone in German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launch, open, enter, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Every deterministic figure's unrounded value, by name (the Monte Carlo probabilities arrive later, from a
 * worker), once no region still shows the scenario before (data-stale: src/state/results.ts).
 */
const figures = async (page: Page) => {
  await settled(page);
  return page.evaluate(() =>
    JSON.stringify(
      [...document.querySelectorAll('[data-metric]')]
        .map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')])
        .filter(([name]) => !name?.startsWith('probability:')),
    ),
  );
};

describe('version 2 inputs in the browser', () => {
  it('Demand elasticity typed the German way changes the figures, and the link keeps it', async () => {
    const { page, context, errors } = await open(browser, '?lang=de');
    await page.locator('[data-metric]').first().waitFor();
    const elasticity = page.getByLabel('Nachfrageelastizität', { exact: true });
    expect(await elasticity.getAttribute('name')).toBe('demand.elasticity');
    const before = await figures(page);
    await enter(elasticity, '0,8');
    await expect.poll(() => figures(page)).not.toBe(before);
    const after = await figures(page);
    // The address bar holds the edit within half a second (PRODUCT.md), in its readable form (docs/links.md).
    await expect.poll(() => new URL(page.url()).searchParams.get('elasticity'), { timeout: 2000 }).toBe('0.8');
    await page.reload();
    await page.locator('[data-metric]').first().waitFor();
    await expect.poll(() => page.getByLabel('Nachfrageelastizität', { exact: true }).inputValue()).toBe('0,8');
    await expect.poll(() => figures(page)).toBe(after);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in German at 360 px the editor does not scroll sideways; a screenshot at 390 px shows the new inputs', async () => {
    for (const width of [360, 390]) {
      const { page, context } = await open(browser, '?lang=de', { width, height: 800 });
      await page.locator('[data-metric]').first().waitFor();
      // Phones open on the answer; the editor is one tap away (PRODUCT.md 11): open every section.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide, `${width} px`).toBeLessThanOrEqual(0);
      if (width === 390) {
        const field = page.getByLabel('Nachfrageelastizität', { exact: true });
        await field.scrollIntoViewIfNeeded();
        await page.locator('.editor-section', { has: field }).screenshot({ path: 'screenshots/v2editor-de-390.png' });
        const team = page.getByLabel('Befördert in', { exact: true });
        await page.locator('.team-card', { has: team }).screenshot({ path: 'screenshots/v2editor-team-de-390.png' });
      }
      await context.close();
    }
  });
});
