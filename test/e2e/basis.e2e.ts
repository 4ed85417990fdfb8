// Issue 9 point 7 in the built app: once the reader edits the preset, the
// title area says what changed, and the lead chart's source line states the
// scenario as it is (200 engineers), never the preset's 40.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { enter, launch, metric, open, settled } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('old text with new numbers', () => {
  it('after Engineers 200: the basis line names it, the lead chart’s source line says 200 engineers', async () => {
    const { page, context, errors } = await open(browser);
    const basis = page.getByTestId('headline-basis');
    const source = page.locator('.charts-item--fit .chart-source');
    await source.waitFor();
    // The default preset as it opens: no basis line, and its own 40 engineers in the source line.
    expect(await basis.textContent()).toBe('');
    expect(await source.textContent()).toMatch(/^Source: model run of “Today’s typical AI spend”; assumptions: 40 engineers in 1 team;/);

    await enter(page.getByLabel('Engineers', { exact: true }), '200');
    await expect.poll(() => metric(page, 'engineers')).toBeGreaterThan(40);
    await settled(page);
    // Worked by hand: the preset's title and the one field changed, with its value as typed.
    await expect.poll(() => basis.textContent()).toBe('Based on “Today’s typical AI spend”, changed: engineers 200.');
    const line = (await source.textContent())!;
    expect(line).toMatch(/^Source: model run of “Today’s typical AI spend”, based on “Today’s typical AI spend”, changed: engineers 200; assumptions: 200 engineers in 1 team;/);
    expect(line).not.toMatch(/\b40 engineers\b/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
