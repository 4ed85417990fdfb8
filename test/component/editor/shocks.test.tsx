// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from '../../../src/ui/editor/Editor';
import { useStore } from '../../../src/state/store';
import { loadPresets } from '../../../src/scenario/presets';

const scenario = () => useStore.getState().scenario;

// The presets other than the default are a chunk of their own: in, as the preset menu fetches them.
beforeAll(() => loadPresets());

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('shocks', { timeout: 20_000 }, () => {
  it('add a shock and edit it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add shock' }));
    // Start 2026 + 2 years: a 20% token cut from 2028.
    expect(scenario().shocks).toEqual([{ year: 2028, cut: 0.2, lever: 'tokens' }]);
    const shock = screen.getByRole('group', { name: 'Shock 1' });
    expect(within(shock).getByLabelText('Shock year')).toHaveFocus();

    const cut = within(shock).getByLabelText('Cut');
    expect(cut).toHaveValue('20');
    await user.clear(cut);
    await user.type(cut, '35{Enter}');
    expect(scenario().shocks[0].cut).toBe(0.35);
    // The schema's levers; a headcount cut is an event in its year (MODEL.md §3, v2), and says so.
    expect(within(within(shock).getByLabelText('Lever')).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['tokens', 'Token budget'],
      ['salary', 'Salary'],
      ['headcount', 'Headcount (layoffs in that year)'],
    ]);
    await user.selectOptions(within(shock).getByLabelText('Lever'), 'headcount');
    expect(scenario().shocks[0].lever).toBe('headcount');

    await user.clear(cut);
    await user.type(cut, '120{Enter}');
    expect(within(shock).getByRole('alert')).toHaveTextContent('Cut must be at most 100%, got 120%');
    expect(scenario().shocks[0].cut).toBe(0.35); // the value in use: nothing typed on the way to "120" ran
  });

  it('remove a shock: the others keep their values, focus goes to "Add shock"', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add shock' }));
    await user.click(screen.getByRole('button', { name: 'Add shock' }));
    expect(scenario().shocks).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove shock 1' }));
    expect(scenario().shocks).toEqual([{ year: 2028, cut: 0.2, lever: 'tokens' }]);
    expect(screen.getByRole('button', { name: 'Add shock' })).toHaveFocus();
    expect(within(screen.getByRole('group', { name: 'Shock 1' })).getByLabelText('Cut')).toHaveValue('20');
  });

  it('a downturn preset shows its shock', () => {
    useStore.getState().loadPreset('downturn-cut-tokens');
    render(<Editor />);
    const shock = screen.getByRole('group', { name: 'Shock 1' });
    expect(within(shock).getByLabelText('Shock year')).toHaveValue('2027');
    expect(within(shock).getByLabelText('Cut')).toHaveValue('50');
    expect(within(shock).getByLabelText('Lever')).toHaveValue('tokens');
  });
});
