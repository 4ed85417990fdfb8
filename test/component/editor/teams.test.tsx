// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from '../../../src/ui/editor/Editor';
import { useStore } from '../../../src/state/store';
import { getPreset } from '../../../src/scenario/allPresets';

const scenario = () => useStore.getState().scenario;
const team = (name: string) => screen.getByRole('group', { name });

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('team cards', { timeout: 20_000 }, () => {
  it('each team is a group named by its team, holding its own fields', () => {
    render(<Editor />);
    const card = team('Engineering');
    expect(within(card).getByLabelText('Engineers')).toHaveValue('40');
    expect(within(card).getByLabelText('Base salary')).toHaveValue('155000');
    expect(within(card).getByLabelText('Bonus rate')).toHaveValue('3'); // 0.03 shown as percent
    expect(within(card).getByLabelText('On-cost rate')).toHaveValue('23');
    expect(within(card).getByLabelText('Team name')).toHaveValue('Engineering');
  });

  it('renaming a team renames its card and buttons', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const name = within(team('Engineering')).getByLabelText('Team name');
    await user.clear(name);
    await user.type(name, 'Platform');
    expect(scenario().teams[0].name).toBe('Platform');
    expect(within(team('Platform')).getByRole('button', { name: 'Duplicate Platform' })).toBeInTheDocument();
  });

  it('the last team cannot be removed', () => {
    render(<Editor />);
    expect(screen.getByRole('button', { name: 'Remove Engineering' })).toBeDisabled();
  });

  it('add, duplicate and remove teams', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add team' }));
    expect(scenario().teams.map((t) => t.name)).toEqual(['Engineering', 'Team 2']);
    // Focus moves into the new card, so keyboard users can name it straight away.
    expect(within(team('Team 2')).getByLabelText('Team name')).toHaveFocus();

    const engineers = within(team('Engineering')).getByLabelText('Engineers');
    await user.clear(engineers);
    await user.type(engineers, '12{Enter}');
    await user.click(screen.getByRole('button', { name: 'Duplicate Engineering' }));
    expect(scenario().teams.map((t) => t.name)).toEqual(['Engineering', 'Engineering (copy)', 'Team 2']);
    expect(scenario().teams[1].engineers).toBe(12);
    expect(within(team('Engineering (copy)')).getByLabelText('Engineers')).toHaveValue('12');

    await user.click(screen.getByRole('button', { name: 'Remove Engineering' }));
    expect(scenario().teams.map((t) => t.name)).toEqual(['Engineering (copy)', 'Team 2']);
    expect(screen.queryByRole('group', { name: 'Engineering' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add team' })).toHaveFocus();
    // Each remaining card still shows its own team's values.
    expect(within(team('Team 2')).getByLabelText('Engineers')).toHaveValue('40');
    expect(within(team('Engineering (copy)')).getByLabelText('Engineers')).toHaveValue('12');
  });

  it('editing one team leaves the other alone', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add team' }));
    const salary = within(team('Team 2')).getByLabelText('Base salary');
    await user.clear(salary);
    await user.type(salary, '80000{Enter}');
    expect(scenario().teams[1].salary).toBe(80_000);
    expect(scenario().teams[0].salary).toBe(155_000);
  });

  it('a team override can be added, edited and removed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const card = team('Engineering');
    const own = () => card.querySelector('details.overrides') as HTMLDetailsElement;
    expect(own().open).toBe(false); // closed while the team follows the shared settings
    await user.click(within(card).getByText('Team’s own settings'));
    expect(own().open).toBe(true);
    await user.click(within(card).getByRole('button', { name: 'Own token budget' }));
    const budget = within(card).getByLabelText('Team token budget');
    expect(budget).toHaveValue('2400'); // starts at the shared value
    expect(budget).toHaveFocus();
    await user.clear(budget);
    await user.type(budget, '6000{Enter}');
    expect(scenario().teams[0].tokens).toEqual({ budget: 6000 });
    expect(scenario().tokens.budget).toBe(2400);

    await user.click(within(card).getByRole('button', { name: 'Own maximum multiplier' }));
    const multiplier = within(card).getByLabelText('Team maximum multiplier');
    await user.clear(multiplier);
    await user.type(multiplier, '2{Enter}');
    expect(scenario().teams[0].productivity).toEqual({ maxMultiplier: 2 });

    await user.click(within(card).getByRole('button', { name: 'Use shared value instead of team token budget' }));
    expect(scenario().teams[0].tokens).toBeUndefined();
    expect(within(card).queryByLabelText('Team token budget')).toBeNull();
    expect(within(card).getByRole('button', { name: 'Own token budget' })).toHaveFocus();
  });

  it('the shared token budget label stays unique when a team has its own', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Own token budget' }));
    await user.click(screen.getByRole('button', { name: 'Own token price' }));
    expect(screen.getAllByLabelText(/token budget per engineer/i)).toHaveLength(1);
    expect(screen.getAllByLabelText(/token price per million tokens/i)).toHaveLength(1);
  });

  it('a preset with two teams shows two cards, their own settings open', () => {
    useStore.getState().loadPreset('juniors-and-seniors');
    render(<Editor />);
    const juniors = getPreset('juniors-and-seniors')!.scenario.teams[0];
    expect(within(team('Juniors')).getByLabelText('Team maximum multiplier')).toHaveValue(String(juniors.productivity!.maxMultiplier));
    expect((team('Juniors').querySelector('details.overrides') as HTMLDetailsElement).open).toBe(true);
    expect(within(team('Juniors')).getByLabelText('Engineers')).toHaveValue('15');
    expect(within(team('Seniors')).getByLabelText('Engineers')).toHaveValue('25');
    expect(screen.getByRole('button', { name: 'Remove Juniors' })).toBeEnabled();
  });

  it('reset follows a team, not its position, when teams are added or removed', async () => {
    const user = userEvent.setup({ delay: null });
    useStore.getState().loadPreset('juniors-and-seniors');
    render(<Editor />);
    const reset = (name: string) => within(team(name)).queryByRole('button', { name: 'Reset Engineers' });
    await user.click(screen.getByRole('button', { name: 'Duplicate Juniors' }));
    // The copy sits where Seniors were, but it is a new team: nothing to reset to.
    expect(scenario().teams.map((t) => t.name)).toEqual(['Juniors', 'Juniors (copy)', 'Seniors']);
    expect(reset('Juniors (copy)')).toBeNull();
    expect(reset('Seniors')).toBeNull(); // still the preset's 25
    await user.click(screen.getByRole('button', { name: 'Remove Juniors' }));
    const seniors = within(team('Seniors')).getByLabelText('Engineers');
    await user.clear(seniors);
    await user.type(seniors, '30{Enter}');
    await user.click(within(team('Seniors')).getByRole('button', { name: 'Reset Engineers' }));
    expect(scenario().teams.map((t) => [t.name, t.engineers])).toEqual([['Juniors (copy)', 15], ['Seniors', 25]]);
  });
});
