// What would have to be true in the built app (PRODUCT.md capability 12): the
// line after the lead chart, every input's flip value equal to the engine's
// (computed here in Node) to 1e-9, the flips following an edit of "Demand
// growth", and the line on a downloaded card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch, open, enter } from './browser';
import { loadScenario } from '../../src/scenario/parse';
import { flips, LENS_HEADLINES } from '../../src/model/flips';
import { flipInputs } from '../../src/scenario/flipInputs';
import typicalSpend from '../../scenarios/typical-spend.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's flip values once the search for the current scenario has arrived. */
async function shownFlips(page: Page): Promise<Record<string, string>> {
  await page.locator('[data-testid="headline-flips"]:not([data-stale])').waitFor({ timeout: 20_000 });
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-flip]')].map((el) => [el.getAttribute('data-flip'), el.getAttribute('data-value')])));
}

function expectEngine(shown: Record<string, string>, scenario: ReturnType<typeof loadScenario>) {
  const expected = flips(scenario, LENS_HEADLINES.newsroom, flipInputs(scenario));
  expect(Object.keys(shown).sort()).toEqual(expected.inputs.map((f) => f.path).sort());
  for (const f of expected.inputs) {
    if (f.flip === null) expect(shown[f.path], f.path).toBe('');
    else expect(Math.abs(Number(shown[f.path]) - f.flip), f.path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(f.flip)));
  }
}

describe('what would have to be true', () => {
  it('sits after the lead chart with the engine’s flips, and follows an edit of demand growth', async () => {
    const { page, context, errors } = await open(browser);
    const line = page.getByTestId('headline-flips-line');
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toContain('as long as');
    expectEngine(await shownFlips(page), loadScenario(typicalSpend));
    const before = await line.textContent();

    await enter(page.getByLabel('Demand growth'), '3');
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).not.toBe(before);
    await expect.poll(async () => (await shownFlips(page))['demand.elasticity'], { timeout: 20_000 }).not.toBe(undefined);
    expectEngine(await shownFlips(page), loadScenario({ ...typicalSpend, demand: { growth: 0.03 } }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the line on the downloaded card', async () => {
    const { page, context } = await open(browser);
    await page.locator('[data-metric]').first().waitFor();
    const menu = page.locator('details.share-menu');
    if ((await menu.getAttribute('open')) === null) await page.getByText('Download', { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as SVG' }).click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(text).toContain('Less than one role at risk by 2030, as long as');
    await context.close();
  });
});
