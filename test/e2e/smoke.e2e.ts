import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, metric } from './browser';
import { DEFAULT_PRESET_ID, getPreset } from '../../src/scenario/allPresets';
import { simulate } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built page', () => {
  it('shows the engine’s figures for the default preset, without console errors', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator('[data-metric="rolesAtRisk"]').first().waitFor();
    const expected = simulate(getPreset(DEFAULT_PRESET_ID)!.scenario).years.at(-1)!;
    expect(await metric(page, 'rolesAtRisk')).toBeCloseTo(expected.rolesAtRisk!, 9);
    expect(await metric(page, 'totalCost')).toBeCloseTo(expected.totalCost!, 3);
    expect(errors).toEqual([]);
    await context.close();
  });
});
