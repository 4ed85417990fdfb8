// @vitest-environment jsdom
// Issue 9 point 7: old text never travels with new numbers. Once the scenario
// left its preset, the preset's description is folded away and marked as the
// preset's (before the changes); a scenario opened from a file shows its own
// description and its own sources, and no chart names a preset it never had.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { loadPresets } from '../../../src/scenario/presets';
import { getPreset } from '../../../src/scenario/allPresets';
import { PresetPicker } from '../../../src/ui/editor/PresetPicker';
import { BasedOn } from '../../../src/ui/headline/BasedOn';
import { ShareBar } from '../../../src/ui/share/ShareBar';
import ChartList from '../../../src/charts/ChartList';

beforeAll(() => loadPresets());

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
});

const typical = () => getPreset('typical-spend')!.scenario;

describe('the preset’s description after an edit', () => {
  it('is folded away under “The preset’s description (before your changes)”', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PresetPicker />);
    // As the preset opens: its description in plain view, describing the picker.
    const shown = screen.getByText(typical().description);
    expect(shown).toBeVisible();
    expect(shown.closest('details')).toBeNull();
    expect(screen.getByLabelText('Scenario preset')).toHaveAccessibleDescription(typical().description);

    act(() => useStore.getState().setField('teams[0].engineers', 200));
    const before = screen.getByText(typical().description);
    // Still there for whoever wants it, but closed, and headed as the preset's words, not the scenario's.
    const details = before.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(before).not.toBeVisible();
    expect(within(details).getByText('The preset’s description (before your changes)').tagName).toBe('SUMMARY');
    await user.click(screen.getByText('The preset’s description (before your changes)'));
    expect(before).toBeVisible();

    // Back to the preset: the description is the scenario's again, unfolded.
    await user.click(screen.getByRole('button', { name: /Reset all to the preset/ }));
    expect(screen.getByText(typical().description).closest('details')).toBeNull();
    expect(screen.queryByText('The preset’s description (before your changes)')).toBeNull();
  });
});

describe('a scenario opened from a file', () => {
  it('shows its own description and sources, and no preset’s', { timeout: 30_000 }, async () => {
    const plan = {
      title: 'Our plan',
      description: 'Twelve engineers in the platform team, on our own pay data.',
      sources: [{ label: 'Our HR data, 2025', url: 'https://example.org/hr', date: '2025-12' }],
      teams: [{ name: 'Platform', engineers: 12 }],
    };
    render(
      <>
        <ShareBar />
        <BasedOn />
        <PresetPicker />
        <ChartList />
      </>,
    );
    // The default preset's words before the file.
    expect(screen.getByText(typical().description)).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Open scenario file…'), new File([JSON.stringify(plan)], 'plan.json', { type: 'application/json' }));
    await waitFor(() => expect(useStore.getState().scenario.title).toBe('Our plan'));
    expect(useStore.getState().presetId).toBeNull();

    expect(screen.getByText(plan.description)).toBeVisible();
    expect(screen.queryByText(typical().description)).toBeNull();
    expect(screen.queryByText('The preset’s description (before your changes)')).toBeNull();
    // Its one source, not the preset's list.
    expect(screen.getByText('Sources (1)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Our HR data, 2025' })).toHaveAttribute('href', 'https://example.org/hr');
    for (const source of typical().sources) expect(screen.queryByText(source.label)).toBeNull();
    // No "based on …" under the title, and the charts' source lines are the file's scenario's.
    expect(screen.getByTestId('headline-basis')).toHaveTextContent(/^$/);
    // The charts below the lead one follow a render later (ChartList's deferred scenario).
    const lines = () => [...document.querySelectorAll('.chart-source')].map((p) => p.textContent!);
    await waitFor(() => expect(lines().every((line) => line.includes('“Our plan”'))).toBe(true));
    expect(lines().length).toBeGreaterThan(1);
    for (const line of lines()) {
      expect(line).toMatch(/^Source: model run of “Our plan”; assumptions: 12 engineers in 1 team;.* The scenario cites 1 source\.$/);
      expect(line).not.toMatch(/based on|Today’s typical AI spend|40 engineers/);
    }
  });
});
