// Languages in the built page: the menu switches the language and keeps the
// scenario and every other parameter of the address; a `?lang=` link opens in
// its language in a fresh context, and so does its embed; links carry the
// chosen language; <html lang> follows; axe finds nothing in any language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { BASE_URL, launch, metric, open } from './browser';
import { LANGS } from '../../src/i18n/locales';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('languages', () => {
  it('switching the language keeps the scenario and the address’s other parameters', async () => {
    const query = '?p=typical-spend&v=2&m=2&budget=6000&thresholds=rolesAtRisk%3E5%402029';
    const { page, context, errors } = await open(browser, query);
    await page.locator('[data-metric="rolesAtRisk"]').first().waitFor();
    const before = await metric(page, 'rolesAtRisk');
    expect(await htmlLang(page)).toBe('en');

    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => htmlLang(page)).toBe('de');
    await page.getByRole('heading', { name: 'Tokens or people', level: 1 }).waitFor();
    await page.getByText('Gefährdete Stellen', { exact: true }).first().waitFor();
    // The same run, in other words: the figure is the engine's number.
    expect(await metric(page, 'rolesAtRisk')).toBe(before);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('lang=de');
    const search = new URLSearchParams(await page.evaluate(() => location.search));
    expect(search.get('budget')).toBe('6000');
    expect(search.get('thresholds')).toBe('rolesAtRisk>5@2029');
    expect(search.get('p')).toBe('typical-spend');
    // The editor speaks German too, and its fields keep their MODEL.md names.
    expect(await page.getByLabel('Token-Budget je Entwickler:in').getAttribute('id')).toBeTruthy();

    // And back: the scenario is still the linked one.
    await page.getByLabel('Sprache').selectOption('fr');
    await expect.poll(() => htmlLang(page)).toBe('fr');
    await page.getByText('Postes menacés', { exact: true }).first().waitFor();
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('budget')).toBe('6000');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a ?lang=de link opens in German in a fresh context, numbers written the German way; the copied link carries it', async () => {
    const { page, context, errors } = await open(browser, '?p=typical-spend&lang=de');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await page.locator('[data-metric="rolesAtRisk"]').first().waitFor();
    expect(await htmlLang(page)).toBe('de');
    expect(await page.title()).toBe('Tokens or people: ein Simulator für KI-Budgets');
    await page.getByText('Gefährdete Stellen', { exact: true }).first().waitFor();
    // "2.400 $", not "$2,400": German digits in a German sentence.
    expect(await page.locator('[data-metric="budgetPerEngineer"]').first().textContent()).toBe('2.400\u00a0$');
    expect(await page.getByTestId('headline-sentence').textContent()).toMatch(/^Mit 2\.400\u00a0\$ an Token pro Entwickler:in und Jahr/);
    await page.getByRole('button', { name: 'Link kopieren' }).click();
    await page.getByText('Link kopiert').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('lang')).toBe('de');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embed of a ?lang=de link is German, and the embed snippet carries the language', async () => {
    const embedded = await open(browser, '?p=typical-spend&v=2&m=2&lang=de&embed=costs');
    await embedded.page.locator('[data-embed="costs"]').waitFor();
    expect(await htmlLang(embedded.page)).toBe('de');
    await embedded.page.getByRole('heading', { name: 'Kosten pro Jahr: Vergütung, Lohnnebenkosten und Token' }).waitFor();
    expect(await embedded.page.getByTestId('headline-sentence').textContent()).toMatch(/^Mit 2\.400/);
    expect(embedded.errors).toEqual([]);
    await embedded.context.close();

    const { page, context } = await open(browser, '?p=typical-spend&lang=de');
    await page.getByRole('button', { name: 'Einbetten …' }).click();
    const code = await page.getByLabel('Einbettungscode').inputValue();
    expect(code).toMatch(/&amp;lang=de&amp;embed=/);
    await context.close();
  });

  it.each(LANGS)('%s: <html lang> is right and axe finds no violations', async (lang) => {
    const { page, context, errors } = await open(browser, `?p=typical-spend&lang=${lang}`, { width: 390, height: 900 });
    await page.locator('[data-metric="rolesAtRisk"]').first().waitFor();
    expect(await htmlLang(page)).toBe(lang);
    // Each option of the language menu is marked with its own language.
    expect(await page.locator('.language-menu option[lang="sv"]').textContent()).toBe('Svenska');
    // No sideways scroll at phone width, whatever the language's word lengths.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
