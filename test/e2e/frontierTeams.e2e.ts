// Issue 9 point 9 in the built app: a CFO's teams each get their own answer.
// The frontier chart's team select shows the chosen team's own sweep, in the
// chart and in its table, and the numbers are the ones frontier.ts computes
// for that team here in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launch, open, settled } from './browser';
import { getPreset } from '../../src/scenario/allPresets';
import { frontier, type FrontierPoint } from '../../src/model';
import { formatValue } from '../../src/charts/common/format';
import { SCHEMA_VERSION } from '../../src/scenario/schema';
import { MODEL_VERSION } from '../../src/model/version';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const scenario = getPreset('juniors-and-seniors')!.scenario;
const sweep = frontier(scenario);
const fmt = { currency: scenario.currency, locale: 'en-US' };
const money = (v: number) => formatValue('money', v, fmt);
/** A table row as the chart's table prints it: budget, engineers needed, total cost, cost per output (chart/frontier/layout.ts). */
const row = (p: FrontierPoint) => [money(p.budget), formatValue('count', p.engineersNeeded, fmt), money(p.totalCost), money(p.costPerOutput!)];

/** The table's rows as text, by the note in their last cell ('' for a plain grid row). */
async function tableRows(chart: Locator): Promise<Array<{ cells: string[]; note: string }>> {
  return chart.getByRole('table').locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
      return { cells: cells.slice(0, 4), note: cells[4] ?? '' };
    }),
  );
}

describe('the frontier per team in Chromium', () => {
  it('the team select redraws the chart and its table with the chosen team’s own sweep', async () => {
    const { page, context, errors } = await open(browser, `?p=juniors-and-seniors&v=${SCHEMA_VERSION}&m=${MODEL_VERSION}&lens=finance`);
    const chart = page.locator('[data-chart-id="frontier"]');
    await chart.locator('.chart-plot svg').waitFor();
    await settled(page);
    const svgText = () => chart.locator('.chart-plot svg').textContent();
    // The organisation's optimum first, then the second team's (Seniors), as frontier.ts has them.
    const seniors = sweep.teams[1];
    expect(seniors.name).toBe('Seniors');
    expect(money(seniors.optimum.budget)).not.toBe(money(sweep.optimum.budget));
    expect(await svgText()).toContain(`Lowest cost ${money(sweep.optimum.budget)}`);

    const select = chart.getByLabel('Team');
    expect(await select.locator('option').allTextContents()).toEqual(['Whole organisation', 'Juniors', 'Seniors']);
    await select.selectOption({ index: 2 });
    await expect.poll(svgText).toContain(`Lowest cost ${money(seniors.optimum.budget)}`);
    expect(await svgText()).not.toContain(`Lowest cost ${money(sweep.optimum.budget)}`);
    expect(await chart.textContent()).toContain(`The whole organisation’s lowest cost per output is at ${money(sweep.optimum.budget)} per engineer-year.`);

    // The table is the team's: its no-AI row, its lowest cost and its break-even, value by value.
    await chart.getByRole('button', { name: /Show table/ }).click();
    const rows = await tableRows(chart);
    expect(rows[0]).toEqual({ cells: row(seniors.points[0]), note: '' });
    expect(rows.find((r) => r.note === 'lowest cost')!.cells).toEqual(row(seniors.optimum));
    expect(rows.find((r) => r.note === 'break-even')!.cells).toEqual(row(seniors.breakEven));

    // Back to the whole organisation, the table still shown: its rows are the organisation's again.
    await select.selectOption({ index: 0 });
    await expect.poll(async () => (await tableRows(chart)).find((r) => r.note === 'lowest cost')!.cells).toEqual(row(sweep.optimum));
    expect((await tableRows(chart))[0].cells).toEqual(row(sweep.points[0]));
    expect(errors).toEqual([]);
    await context.close();
  });
});
