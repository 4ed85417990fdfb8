// @vitest-environment jsdom
// The frontier per team: with several teams a selector shows a team's own
// sweep, its optimum and break-even as frontier.ts computes them, in the
// chart and in its table; the organisation's is the first choice.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FrontierChart } from '../../../src/charts/frontier/FrontierChart';
import { frontier, simulate } from '../../../src/model';
import { getPreset } from '../../../src/scenario/allPresets';
import { formatMoney } from '../../../src/ui/format';
import { loadScenario } from '../../../src/scenario/parse';

const scenario = getPreset('juniors-and-seniors')!.scenario;
const sweep = frontier(scenario);
const money = (v: number) => formatMoney(v, scenario.currency, 'en-US');

describe('the frontier per team', () => {
  it('shows the selected team’s optimum and break-even, and the organisation’s again', async () => {
    expect(sweep.teams.length).toBeGreaterThan(1);
    const user = userEvent.setup();
    render(<FrontierChart result={simulate(scenario)} frontier={sweep} scenario={scenario} width={600} />);
    const select = screen.getByRole('combobox', { name: 'Team' });
    expect(screen.getByText(`Lowest cost ${money(sweep.optimum.budget)}`)).toBeInTheDocument();
    const i = sweep.teams.findIndex((team) => Math.abs(team.optimum.budget - sweep.optimum.budget) >= 1);
    const team = sweep.teams[i >= 0 ? i : 1];
    await user.selectOptions(select, team.name);
    expect(screen.getByText(`Lowest cost ${money(team.optimum.budget)}`)).toBeInTheDocument();
    // Beside the selector, the organisation's optimum to compare with.
    expect(screen.getByText(`The whole organisation’s lowest cost per output is at ${money(sweep.optimum.budget)} per engineer-year.`)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^Break-even (beyond )?${money(team.breakEven.budget).replace('$', '\\$')}$`))).toBeInTheDocument();
    // The table view follows the selection.
    await user.click(screen.getByRole('button', { name: /Show table/ }));
    const lowest = screen.getByRole('cell', { name: 'lowest cost' }).closest('tr')!;
    expect(lowest.querySelector('th')!.textContent).toBe(money(team.optimum.budget));
    await user.selectOptions(select, 'Whole organisation');
    expect(screen.queryByText(/The whole organisation’s lowest cost/)).toBeNull();
    expect(screen.getByRole('cell', { name: 'lowest cost' }).closest('tr')!.querySelector('th')!.textContent).toBe(money(sweep.optimum.budget));
  });

  it('has no selector for one team', () => {
    const one = loadScenario({ teams: [{ engineers: 10 }] });
    render(<FrontierChart result={simulate(one)} scenario={one} width={600} />);
    expect(screen.queryByRole('combobox', { name: 'Team' })).toBeNull();
  });
});
