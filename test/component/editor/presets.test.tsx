// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from '../../../src/ui/editor/Editor';
import { useStore } from '../../../src/state/store';
import { PRESETS, getPreset } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';

const scenario = () => useStore.getState().scenario;

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('the Scenario preset picker', { timeout: 20_000 }, () => {
  it('lists every preset and shows the chosen one’s description and sources', () => {
    render(<Editor />);
    const picker = screen.getByLabelText('Scenario preset');
    expect(within(picker).getAllByRole('option')).toHaveLength(PRESETS.length);
    expect(picker).toHaveValue('typical-spend');
    const typical = getPreset('typical-spend')!.scenario;
    expect(screen.getByText(typical.description)).toBeInTheDocument();
    const first = typical.sources[0];
    const link = screen.getByRole('link', { name: first.label });
    expect(link).toHaveAttribute('href', first.url);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // A source without an address is listed as text, with its date.
    const plain = typical.sources.find((s) => !s.url)!;
    expect(screen.getByText(plain.label)).toBeInTheDocument();
    expect(screen.getByText(`Sources (${typical.sources.length})`)).toBeInTheDocument();
    expect(screen.getAllByText(`(${plain.date})`).length).toBeGreaterThan(0);
  });

  it('choosing a preset loads it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.selectOptions(screen.getByLabelText('Scenario preset'), 'tokens-above-salary');
    const chosen = getPreset('tokens-above-salary')!.scenario;
    expect(useStore.getState().presetId).toBe('tokens-above-salary');
    expect(scenario()).toBe(chosen);
    expect(screen.getByText(chosen.description)).toBeInTheDocument();
    expect(screen.getByLabelText('Token budget per engineer')).toHaveValue(String(chosen.tokens.budget));
    expect(screen.getByLabelText('Title')).toHaveValue(chosen.title);
  });

  it('says when the scenario is modified from its preset, and resets it all', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    expect(screen.queryByText('Modified from preset')).toBeNull();
    const engineers = screen.getByLabelText('Engineers');
    await user.clear(engineers);
    await user.type(engineers, '60{Enter}');
    await user.click(screen.getByLabelText('Layoffs allowed'));
    expect(screen.getByRole('status')).toHaveTextContent('Modified from preset');
    await user.click(screen.getByRole('button', { name: 'Reset all to the preset' }));
    expect(scenario()).toBe(getPreset('typical-spend')!.scenario);
    expect(engineers).toHaveValue('40');
    expect(screen.queryByText('Modified from preset')).toBeNull();
  });

  it('a scenario from a link has no preset: the picker says so', () => {
    useStore.getState().setScenario(loadScenario({ teams: [{ name: 'Linked', engineers: 3 }] }), null);
    render(<Editor />);
    expect(screen.getByLabelText('Scenario preset')).toHaveValue('');
    expect(screen.getByRole('option', { name: 'None (opened from a link or file)' })).toBeInTheDocument();
    expect(screen.queryByText('Modified from preset')).toBeNull();
  });
});
