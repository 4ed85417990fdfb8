// Saved scenarios in two tabs of one browser (issue 12): each tab follows the
// other's saves and deletes, and nothing either saved is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const list = (page: Page) => page.getByRole('list', { name: 'Saved scenarios' });
const names = async (page: Page) => ((await list(page).count()) ? list(page).locator('.saved-name').allTextContents() : []);

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Saved…' }).click();
  await page.getByRole('dialog', { name: 'Saved scenarios' }).waitFor();
}

async function save(page: Page, name: string) {
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Name' });
  await field.fill(name);
  await page.getByRole('button', { name: 'Save current scenario' }).click();
  await page.getByText(`Saved as “${name}”.`).waitFor();
}

describe('saved scenarios in two tabs', () => {
  it('each tab follows the other, saves never drop the other tab’s, and a delete keeps what the other saved meanwhile', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(BASE_URL);
      await page.locator('[data-metric]').first().waitFor();
    }
    // The case: B read the (empty) store at start; A saves; then B saves another. Both stay.
    await openDialog(a);
    await save(a, 'From A');
    await openDialog(b);
    expect(await names(b)).toEqual(['From A']);
    await save(b, 'From B');
    // A's open list follows B's save without a reload (the storage event).
    await expect.poll(() => names(a)).toEqual(['From A', 'From B']);
    expect(await names(b)).toEqual(['From A', 'From B']);

    // A deletes its own while B saves another: B's survives, and both tabs agree.
    await a.getByRole('button', { name: 'Delete “From A”' }).click();
    await Promise.all([a.getByRole('button', { name: 'Yes, delete' }).click(), save(b, 'B again')]);
    await expect.poll(() => names(a)).toEqual(['From B', 'B again']);
    await expect.poll(() => names(b)).toEqual(['From B', 'B again']);

    // And after a reload the store says the same.
    await a.reload();
    await a.locator('[data-metric]').first().waitFor();
    await openDialog(a);
    expect(await names(a)).toEqual(['From B', 'B again']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
