// Uncertainty and custom formulas in real Chromium (the Monte Carlo runs in
// the Web Worker): a range set in the editor brings fans and probability
// figures whose values equal Node's for the same seed; a custom formula
// changes the figures; a malicious formula is refused at its field without a
// console error. Screenshots: screenshots/uncertainty-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, open, metric, enter } from './browser';
import { getPreset } from '../../src/scenario/allPresets';
import { simulate } from '../../src/model';
import { runUncertainty } from '../../src/model/uncertainty/run';
import { probability } from '../../src/model/uncertainty/probability';
import { loadFormulaEngine } from '../../src/formula';
import type { Scenario } from '../../src/scenario/schema';
import type { CurveCompiler } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const ROLES = 'probability:rolesAtRisk>10@2029';
const probabilityOf = async (page: Page, name = ROLES) => page.locator(`[data-metric="${name}"]`).getAttribute('data-value');

async function openUncertaintySection(page: Page) {
  const summary = page.locator('.editor-section > summary', { hasText: 'Uncertainty' });
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
}

/** The default preset with one range, the maximum multiplier from 1× to 3×, as the test sets it in the page. */
function withCeilingRange(seed: number): Scenario {
  const base = getPreset('typical-spend')!.scenario;
  return { ...base, uncertainty: { ...base.uncertainty, seed, ranges: { 'productivity.maxMultiplier': [1, 3] } } };
}

function expectedRoles(scenario: Scenario, compile?: CurveCompiler) {
  const run = runUncertainty(scenario, { metrics: ['rolesAtRisk'], compile });
  return String(probability(run, { metric: 'rolesAtRisk', op: '>', value: 10, byYear: 2029 }));
}

describe('uncertainty in the browser', () => {
  it('a range set in the editor brings fans and probabilities; the same seed gives the same value, equal to Node’s', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator(`[data-metric="${ROLES}"][data-value]`).waitFor({ timeout: 20_000 });
    await openUncertaintySection(page);

    // Remove the preset's ranges: one run, no fans, no probabilities.
    const removes = page.getByRole('button', { name: /^Remove range/ });
    while ((await removes.count()) > 0) await removes.first().click();
    // (expect.poll waits 1 s by default: on CI's 2 cores the last removal's render can take longer.)
    await expect.poll(() => page.locator('[data-metric^="probability"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('.uncertainty-fan').count()).toBe(0);

    // Set a range: the maximum multiplier from 1× to 3×.
    await page.getByLabel('Add a range for').selectOption('productivity.maxMultiplier');
    await page.getByRole('button', { name: 'Add range' }).click();
    const ceiling = page.getByRole('group', { name: 'Maximum productivity multiplier' });
    await enter(ceiling.getByLabel('Low'), '1');
    await enter(ceiling.getByLabel('High'), '3');
    await enter(page.getByLabel('Seed', { exact: true }), '7');

    const first = withCeilingRange(7);
    await expect.poll(() => probabilityOf(page), { timeout: 20_000 }).toBe(expectedRoles(first));
    expect(await page.locator('.uncertainty-fan svg').count()).toBe(4);
    expect(await page.getByRole('heading', { name: 'Roles at risk: range of outcomes' }).count()).toBe(1);
    expect(await page.locator('[data-metric="probability:tokensExceedSalary@2028"]').getAttribute('data-value')).not.toBeNull();
    // The tornado has the one ranged input.
    await expect.poll(() => page.locator('.uncertainty-tornado svg').count()).toBe(1);

    // Another seed, then the first again: the same value.
    await enter(page.getByLabel('Seed', { exact: true }), '8');
    await expect.poll(() => probabilityOf(page), { timeout: 20_000 }).toBe(expectedRoles(withCeilingRange(8)));
    await enter(page.getByLabel('Seed', { exact: true }), '7');
    await expect.poll(() => probabilityOf(page), { timeout: 20_000 }).toBe(expectedRoles(first));

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a changed question travels in the link: a fresh browser shows the same probability', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator(`[data-metric="${ROLES}"][data-value]`).waitFor({ timeout: 20_000 });
    const question = page.getByRole('group', { name: 'Question 1' });
    await question.getByLabel('By year').selectOption('2028');
    const moved = 'probability:rolesAtRisk>10@2028';
    await page.locator(`[data-metric="${moved}"][data-value]`).waitFor({ timeout: 20_000 });
    await expect.poll(() => new URL(page.url()).searchParams.get('thresholds'), { timeout: 5_000 }).toBe('rolesAtRisk>10@2028,tokensExceedSalary@2028');
    const value = await probabilityOf(page, moved);
    const search = new URL(page.url()).search;

    const fresh = await open(browser, search);
    await fresh.page.locator(`[data-metric="${moved}"][data-value]`).waitFor({ timeout: 20_000 });
    expect(await probabilityOf(fresh.page, moved)).toBe(value);
    expect(await fresh.page.locator(`[data-metric="${ROLES}"]`).count()).toBe(0);
    expect(fresh.errors).toEqual([]);
    expect(errors).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('downloads a fan or the tornado as a PNG or SVG card with its own source line', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator(`[data-metric="${ROLES}"][data-value]`).waitFor({ timeout: 20_000 });
    const group = page.getByRole('group', { name: 'Download a fan' });
    await group.getByLabel('Fan to download').selectOption('rolesAtRisk');
    const save = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    const png = await save('Fan as PNG');
    expect(png.name).toMatch(/-fan-rolesAtRisk\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const svg = await save('Fan as SVG');
    expect(svg.name).toMatch(/-fan-rolesAtRisk\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Roles at risk: range of outcomes');
    expect(text).toContain('Monte Carlo');
    expect(text).toContain('?p=typical-spend&amp;v=2&amp;m=2');
    expect(await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null, text)).toBe(true);

    // The tornado, likewise.
    const tornado = page.getByRole('group', { name: 'Download the tornado' });
    const [file] = await Promise.all([page.waitForEvent('download'), tornado.getByRole('button', { name: 'Tornado as SVG' }).click()]);
    expect(file.suggestedFilename()).toMatch(/-tornado-rolesAtRisk-2030\.svg$/);
    expect(readFileSync((await file.path())!, 'utf8')).toContain('What moves roles at risk in 2030 the most');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a custom formula changes the figures; a malicious one is refused at the field with no console error', async () => {
    const { page, errors, context } = await open(browser);
    await page.locator(`[data-metric="${ROLES}"][data-value]`).waitFor({ timeout: 20_000 });
    const base = getPreset('typical-spend')!.scenario;
    expect(await metric(page, 'required')).toBe(simulate(base).years.at(-1)!.required);

    await page.getByLabel('Productivity curve').selectOption('custom');
    const formula = page.getByLabel('Formula');
    await formula.waitFor();
    // A curve with half the gain at `half` tokens, reaching the ceiling only slowly.
    const expression = '1 + (maxMultiplier - 1) * T / (T + half)';
    await formula.fill(expression);
    const compile = await loadFormulaEngine();
    const custom: Scenario = { ...base, productivity: { ...base.productivity, curve: 'custom', expression } };
    const expected = simulate(custom, { compile }).years.at(-1)!;
    // A formula is evaluated by mathjs in Chromium's V8 and in Node's: with the spread of use (20 nodes,
    // a power of T each) the two can differ in the last bit, so the figures agree to 1e-9, not bit for bit.
    await expect.poll(() => metric(page, 'required'), { timeout: 20_000 }).toBeCloseTo(expected.required!, 9);
    expect(expected.required).not.toBe(simulate(base).years.at(-1)!.required);
    await expect.poll(() => probabilityOf(page), { timeout: 20_000 }).toBe(expectedRoles(custom, compile));

    for (const [text, message] of [
      ['constructor', 'Formula "constructor" is not allowed'],
      ['import("x")', 'Formula "import" is not allowed'],
      ["T.constructor.constructor('alert(1)')", 'Formula property access and indexing'],
    ]) {
      await formula.fill(text);
      const alert = page.locator('.field-formula').getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(message);
      expect(await formula.getAttribute('aria-invalid')).toBe('true');
      // The last good scenario stays: the figures are the valid formula's.
      expect(await metric(page, 'required')).toBeCloseTo(expected.required!, 9);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [1280, 390]) {
    it(`fits ${width} px, passes axe (screenshots/uncertainty-${width}*.png)`, async () => {
      const { page, errors, context } = await open(browser, '', { width, height: 900 });
      await page.locator(`[data-metric="${ROLES}"][data-value]`).waitFor({ timeout: 20_000 });
      await page.locator('.uncertainty-tornado svg').waitFor({ timeout: 20_000 });
      await openUncertaintySection(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.locator('.uncertainty-panel').screenshot({ path: `screenshots/uncertainty-${width}.png` });
      await page.locator('.uncertainty-panel .probabilities').screenshot({ path: `screenshots/uncertainty-${width}-chances.png` });
      await page.locator('.uncertainty-tornado').screenshot({ path: `screenshots/uncertainty-${width}-tornado.png` });
      const section = page.locator('.editor-section', { has: page.locator('summary', { hasText: 'Uncertainty' }) });
      await section.screenshot({ path: `screenshots/uncertainty-${width}-editor.png` });
      const axe = await new AxeBuilder({ page })
        .include('.uncertainty-panel')
        .include('.editor-section:last-child')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
