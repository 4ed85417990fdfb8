// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHARTS } from '../../../src/charts/registry';
import { simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';
import { chartSvg, EXPORT_WIDTH } from '../../../src/export/chartSvg';

const preset = (id: string) => loadScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../scenarios/${id}.json`), 'utf8')));

describe('the pipeline chart', () => {
  const scenario = preset('junior-pipeline');
  const result = simulate(scenario);
  const { Component } = CHARTS.pipeline;

  it('is an image named by its title, with each team and the promotion flow in its legend', () => {
    const { container } = render(<Component result={result} scenario={scenario} width={600} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Pipeline: engineers per team, promotions between teams, hires and layoffs');
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining('Pipeline: engineers per team'));
    const legend = [...container.querySelectorAll('svg text')].map((el) => el.textContent);
    expect(legend).toEqual(expect.arrayContaining(['Juniors', 'Seniors', 'Promoted Juniors → Seniors', 'Hired into Juniors']));
    expect(container.querySelector('.chart-description')).toHaveTextContent('From 2026 to 2033: 21 promoted between teams (Juniors → Seniors: 21), 29.4 hired from outside, 0 laid off.');
  });

  it('its table has each year’s promotions from one team into another, with the hires', async () => {
    const user = userEvent.setup();
    render(<Component result={result} scenario={scenario} width={600} />);
    await user.click(screen.getByRole('button', { name: /Show table/ }));
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    const promoted = headers.indexOf('Promoted Juniors → Seniors (FTE)');
    expect(promoted).toBeGreaterThan(0);
    const row2027 = within(table).getByRole('row', { name: /^2027/ });
    // 0.25 × 12 juniors = 3 promoted in 2027 (MODEL.md §3), the engine's promotionsOut.
    const cells = within(row2027).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[promoted - 1]).toBe('3');
    expect(cells[headers.indexOf('Hired into Juniors (FTE)') - 1]).toBe('4.2');
  });

  it('reads each year’s flows out from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Component result={result} scenario={scenario} width={600} />);
    await user.tab();
    await user.keyboard('{Home}{ArrowRight}');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^2027/);
    expect(within(status).getByRole('row', { name: /Promoted Juniors → Seniors/ })).toHaveTextContent('3');
  });

  it('for one team without promotions, draws the team and says that no team promotes into another', () => {
    const one = loadScenario({ title: 'One team', teams: [{ name: 'Platform', engineers: 40 }], years: 3, startYear: 2026 });
    const { container } = render(<Component result={simulate(one)} scenario={one} width={360} />);
    expect(container.querySelector('.chart-description')).toHaveTextContent(/^No team promotes into another/);
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('downloads as the card’s SVG like every registry chart, at the export width, with its flows', () => {
    const svg = chartSvg('pipeline', { result, scenario });
    expect(svg.title).toBe('Pipeline: engineers per team, promotions between teams, hires and layoffs');
    expect(svg.width).toBe(EXPORT_WIDTH);
    // Read as text: jsdom's serialiser writes xmlns twice for every chart (a browser's does not), so it does not parse back here.
    expect(svg.svg).toMatch(/^<svg /);
    expect(svg.svg).toContain('>Promoted Juniors → Seniors</text>');
    expect(svg.svg).toContain('>Hired into Juniors</text>');
  });
});
