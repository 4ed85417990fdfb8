import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { launch, open, metric } from './browser';
import { getPreset } from '../../src/scenario/allPresets';
import { convert } from '../../src/scenario/currency';
import { simulate } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('currency that means something', () => {
  it('converts to SEK at the ECB rate from the keyboard, and the reloaded link keeps the salary in kronor', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator('[data-metric="engineers"]').first().waitFor();
    const currency = page.getByLabel('Currency', { exact: true });
    await currency.fill('SEK');
    const choice = page.getByRole('group', { name: 'Change the currency from USD to SEK' });
    await choice.waitFor();
    expect(await choice.textContent()).toContain('1 USD = 9.4206 SEK');
    expect(await new AxeBuilder({ page }).include('.currency-field').analyze().then((r) => r.violations)).toEqual([]);
    await page.screenshot({ path: 'screenshots/currency-choice-1280.png' });

    // Tab from the field to the first choice, Enter to take it.
    await currency.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Convert to SEK');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Base salary', { exact: true }).inputValue()).toBe('1460194.28');
    // The address bar carries the converted scenario (a compact link: many fields changed).
    await expect.poll(() => page.url(), { timeout: 3000 }).toMatch(/[?&]s=/);

    await page.reload();
    await page.locator('[data-metric="engineers"]').first().waitFor();
    expect(await page.getByLabel('Currency', { exact: true }).inputValue()).toBe('SEK');
    expect(await page.getByLabel('Base salary', { exact: true }).inputValue()).toBe('1460194.28');
    const expected = simulate(convert(getPreset('typical-spend')!.scenario, 'SEK')).years.at(-1)!;
    await expect.poll(() => metric(page, 'totalCost')).toBeCloseTo(expected.totalCost!, 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone: the choice wraps inside the editor without sideways scroll', async () => {
    const { page, context } = await open(browser, '', { width: 390, height: 844 });
    await page.locator('[data-metric="engineers"]').first().waitFor();
    await page.getByLabel('Currency', { exact: true }).fill('EUR');
    await page.getByRole('group', { name: 'Change the currency from USD to EUR' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/currency-choice-390.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole('button', { name: 'Relabel as EUR' }).click();
    await expect.poll(() => page.getByLabel('Base salary', { exact: true }).inputValue()).toBe('155000');
    await context.close();
  });
});
