// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CHARTS } from '../../../src/charts/registry';
import { CHART_IDS } from '../../../src/ui/lens';
import { frontier, simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const scenario = loadScenario({ title: 'Test run', teams: [{ engineers: 40, equityPerYear: 10_000 }], years: 4, startYear: 2026 });
const result = simulate(scenario);
const sweep = frontier(scenario);

function renderChart(id: (typeof CHART_IDS)[number], extra: object = {}) {
  const { Component } = CHARTS[id];
  return render(<Component result={result} frontier={sweep} scenario={scenario} width={600} {...extra} />);
}

describe.each(CHART_IDS)('%s chart', (id) => {
  it('renders an SVG image named by its title and description, with <title> and <desc>', () => {
    const { container } = renderChart(id);
    const heading = screen.getByRole('heading', { level: 3 });
    const img = screen.getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img).toHaveAccessibleName(expect.stringContaining(heading.textContent!));
    const svg = container.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).toBe(heading.textContent);
    expect(svg.querySelector('desc')!.textContent!.length).toBeGreaterThan(20);
    // Colours as presentation attributes, so a serialised SVG keeps them.
    const painted = [...svg.querySelectorAll('[fill], [stroke]')].map((el) => el.getAttribute('fill') ?? el.getAttribute('stroke'));
    expect(painted.filter((c) => c && /^#[0-9A-F]{6}$/i.test(c) && c.toLowerCase() !== '#ffffff').length).toBeGreaterThan(3);
    expect(svg.querySelector('[class], [style]')).toBeNull();
  });

  it('has a source line naming the scenario and its assumptions', () => {
    renderChart(id);
    expect(screen.getByText(/^Source: model run of “Test run”; assumptions: 40 engineers in 1 team/)).toBeInTheDocument();
  });

  it('toggles to a data table with caption and header cells, and back', async () => {
    const user = userEvent.setup();
    renderChart(id);
    await user.click(screen.getByRole('button', { name: /Show table/ }));
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')!.textContent!.length).toBeGreaterThan(10);
    expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(2);
    expect(screen.queryByRole('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Show chart/ }));
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('moves a cursor with the keyboard and reads it out', async () => {
    const user = userEvent.setup();
    renderChart(id);
    const plot = screen.getByRole('group', { name: /arrow keys/ });
    await user.tab();
    expect(plot).toHaveFocus();
    await user.keyboard('{Home}');
    const status = screen.getByRole('status');
    const first = status.textContent;
    expect(first).toMatch(id === 'frontier' ? /Token budget \$0 per engineer-year/ : /^2026/);
    await user.keyboard('{ArrowRight}');
    expect(status.textContent).not.toBe(first);
    await user.keyboard('{Escape}');
    expect(status).not.toBeVisible();
  });
});

describe('year charts in detail', () => {
  it('the headcount table shows a row per year with formatted values', async () => {
    const user = userEvent.setup();
    renderChart('headcount');
    await user.click(screen.getByRole('button', { name: /Show table/ }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + result.years.length);
    const last = result.years[3];
    const cells = within(rows[4]).getAllByRole('cell').map((c) => c.textContent);
    expect(within(rows[4]).getByRole('rowheader')).toHaveTextContent('2029');
    // Engineers held at 40; required from the engine, one decimal.
    expect(cells[0]).toBe('40');
    expect(cells[1]).toBe(last.required!.toLocaleString('en-US', { maximumFractionDigits: 1 }));
  });

  it('the cost table formats money in the scenario’s currency', async () => {
    const user = userEvent.setup();
    const euros = loadScenario({ ...scenario, currency: 'EUR' });
    const { Component } = CHARTS.costs;
    render(<Component result={simulate(euros)} scenario={euros} width={600} />);
    await user.click(screen.getByRole('button', { name: /Show table/ }));
    const header = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toContain('Total cost (EUR)');
    expect(within(screen.getAllByRole('row')[1]).getAllByRole('cell')[0].textContent).toMatch(/€/);
  });

  it('the arrow keys step year by year through every series', async () => {
    const user = userEvent.setup();
    renderChart('headcount');
    await user.tab();
    await user.keyboard('{End}');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^2029/);
    expect(within(status).getByRole('row', { name: /Engineers/ })).toHaveTextContent('40');
    expect(within(status).getByRole('row', { name: /Roles at risk/ })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(status).toHaveTextContent(/^2027/);
    // Never past the ends.
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(status).toHaveTextContent(/^2026/);
  });

  it('compare mode draws the baseline as dashed grey lines and lists its values', async () => {
    const user = userEvent.setup();
    const base = simulate(loadScenario({ ...scenario, tokens: { budget: 0 } }));
    const { container } = renderChart('headcount', { baseline: base });
    const dashed = container.querySelectorAll('path[stroke="#777777"][stroke-dasharray]');
    // Engineers, required, planned; hires and layoffs.
    expect(dashed).toHaveLength(5);
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getByRole('columnheader', { name: 'Baseline' })).toBeInTheDocument();
  });

  it('compare mode puts the baseline’s column and each year’s change beside each column of the table', async () => {
    const base = simulate(loadScenario({ ...scenario, tokens: { budget: 0 } }));
    const current = simulate(scenario);
    renderChart('headcount', { baseline: base });
    fireEvent.click(screen.getByRole('button', { name: /Show table/ }));
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(1, 7)).toEqual([
      'Engineers (FTE)', 'Engineers (FTE), baseline', 'Engineers (FTE), change',
      'Required (FTE)', 'Required (FTE), baseline', 'Required (FTE), change',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(current.years.length);
    const fmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
    // Every year's change, worked from the two runs' rows: signed, in FTE.
    rows.forEach((row, i) => {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
      const delta = current.years[i].required! - base.years[i].required!;
      expect(cells[4]).toBe(fmt.format(base.years[i].required!));
      expect(cells[5]).toBe(delta === 0 ? '0' : `${delta > 0 ? '+' : ''}${fmt.format(delta)}`);
    });
    // No budget needs more engineers: the change in the final year is a negative number of FTE.
    expect(current.years.at(-1)!.required! - base.years.at(-1)!.required!).toBeLessThan(0);
    expect(table.querySelector('caption')).toHaveTextContent(/Columns marked “baseline” are the pinned scenario\.$/);
  });
});

describe('the pay chart with a tax on the token allowance', () => {
  it('draws cash pay after the tax and lists the tax in its table (the Swedish preset: tokens counted as pay and taxed)', async () => {
    const user = userEvent.setup();
    const sweden = loadScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../scenarios/sweden-tokens-as-pay.json'), 'utf8')));
    const run = simulate(sweden);
    const { Component } = CHARTS.pay;
    const { container } = render(<Component result={run} scenario={sweden} width={600} />);
    expect([...container.querySelectorAll('svg text')].map((el) => el.textContent)).toContain('Cash pay after the allowance’s tax');
    await user.click(screen.getByRole('button', { name: /Show table/ }));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    const after = headers.indexOf('Cash pay after the allowance’s tax (SEK)');
    expect(after).toBeGreaterThan(0);
    // The engine's cashAfterTokenTax = cashPay − benefitTaxRate × budget (MODEL.md §3), formatted in kronor.
    const first = run.years[0];
    expect(first.cashAfterTokenTax).toBeCloseTo(first.cashPay! - sweden.tokens.benefitTaxRate * first.budgetPerEngineer!, 6);
    const cells = within(screen.getAllByRole('row')[1]).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[after - 1]).toBe(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(first.cashAfterTokenTax!));
  });
});
