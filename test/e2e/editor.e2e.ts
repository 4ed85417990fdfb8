import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { launch, open, metric, enter } from './browser';
import { getPreset } from '../../src/scenario/allPresets';
import { simulate } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Final-year figures of the default preset with one team's engineers changed, computed in Node. */
function expectedWith(engineers: number) {
  const base = getPreset('typical-spend')!.scenario;
  return simulate({ ...base, teams: [{ ...base.teams[0], engineers }] }).years.at(-1)!;
}

describe('the scenario editor', () => {
  it('typing into Engineers changes the figures; an invalid entry shows its message and the figures stay', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator('[data-metric="engineers"]').first().waitFor();
    expect(await metric(page, 'engineers')).toBe(expectedWith(40).engineers);

    const engineers = page.getByLabel('Engineers', { exact: true });
    await enter(engineers, '60');
    await expect.poll(() => metric(page, 'engineers')).toBe(expectedWith(60).engineers);
    expect(await metric(page, 'totalCost')).toBe(expectedWith(60).totalCost);
    await expect.poll(() => page.getByText('Modified from preset').isVisible()).toBe(true);

    await enter(engineers, '-5');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('⚠ Engineers must be at least 0, got -5; still using 60');
    expect(await engineers.getAttribute('aria-invalid')).toBe('true');
    expect(await engineers.inputValue()).toBe('-5');
    expect(await metric(page, 'engineers')).toBe(expectedWith(60).engineers);
    expect(await metric(page, 'totalCost')).toBe(expectedWith(60).totalCost);

    await page.getByRole('button', { name: 'Reset Engineers' }).click();
    await expect.poll(() => metric(page, 'engineers')).toBe(expectedWith(40).engineers);
    expect(await engineers.inputValue()).toBe('40');
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the contract labels each reach exactly one input', async () => {
    const { page, context } = await open(browser);
    await page.locator('[data-metric="engineers"]').first().waitFor();
    // The editor is a chunk of its own (App.tsx): wait for its fields.
    await page.locator('.editor-pane input[name]').first().waitFor();
    for (const label of [
      'Engineers', 'Base salary', 'Token budget per engineer', 'Token price per million tokens',
      'Annual token price decline', 'Maximum productivity multiplier', 'Years', 'Demand growth',
      'Headcount policy', 'Scenario preset',
    ]) {
      // Playwright matches labels by substring by default: among form controls that must be unique too.
      const controls = page.getByLabel(label).and(page.locator('input, select, textarea'));
      expect(await controls.count(), label).toBe(1);
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
      expect(await controls.isVisible(), label).toBe(true);
    }
    await context.close();
  });

  it('works from the keyboard: arrows step the number, Tab skips the slider, Reset comes after its input', async () => {
    const { page, context } = await open(browser);
    await page.locator('[data-metric="engineers"]').first().waitFor();
    const engineers = page.getByLabel('Engineers', { exact: true });
    await engineers.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => metric(page, 'engineers')).toBe(expectedWith(41).engineers);
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent || document.activeElement?.id);
    expect(await focused()).toBe('↺ Reset Engineers');
    await page.keyboard.press('Enter');
    await expect.poll(() => metric(page, 'engineers')).toBe(expectedWith(40).engineers);
    // The reset button is gone: focus is back on the field, and Tab moves to the next field, not the slider.
    expect(await engineers.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest('.field')?.querySelector('label')?.textContent)).toBe('Base salary');
    await context.close();
  });

  it('a slider moves by pointer and changes the figures', async () => {
    const { page, context } = await open(browser);
    await page.locator('[data-metric="multiplier"]').first().waitFor();
    const before = await metric(page, 'multiplier');
    const field = page.locator('.field', { has: page.getByLabel('Maximum productivity multiplier') });
    const slider = field.locator('input[type="range"]');
    const box = (await slider.boundingBox())!;
    // A click at 90% of the track, placed by the locator (it waits for the slider to stand still: the charts
    // below the lead draw a frame after the first screen and may move the page).
    await slider.click({ position: { x: box.width * 0.9, y: box.height / 2 } });
    await expect.poll(() => metric(page, 'multiplier')).toBeGreaterThan(before);
    await context.close();
  });

  for (const width of [1280, 390, 360]) {
    it(`fits ${width} px without sideways scrolling, and passes axe${width === 360 ? '' : ` (screenshots/editor-${width}*.png)`}`, async () => {
      const { page, errors, context } = await open(browser, '', { width, height: 900 });
      const pane = page.locator('.editor-pane');
      // The editor is a chunk of its own (App.tsx): wait for its fields.
      await pane.locator('input[name]').first().waitFor();
      // Open every section, add a second team, an override and a shock, so all controls are on show.
      for (const summary of await pane.locator('summary').all()) {
        if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
      }
      await page.getByRole('button', { name: 'Add team' }).click();
      await page.getByRole('button', { name: 'Own token budget' }).first().click();
      await page.getByRole('button', { name: 'Add shock' }).click();
      await enter(page.getByLabel('Engineers', { exact: true }).first(), '-5');
      await page.getByRole('alert').waitFor();

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      if (width !== 360) await pane.screenshot({ path: `screenshots/editor-${width}.png` });
      // One image per section too: the whole pane is too tall to read at once.
      const sections = await pane.locator('.editor-section').all();
      for (const [i, section] of sections.entries()) {
        if (width !== 360) await section.screenshot({ path: `screenshots/editor-${width}-section${i + 1}.png` });
      }

      const axe = await new AxeBuilder({ page })
        .include('.editor-pane')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
