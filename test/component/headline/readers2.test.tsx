// @vitest-environment jsdom
// Issue 9 points 4 and 7: the year of the figures, the union's no-layoffs
// comparison, and "based on …, changed: …" once the scenario left its preset.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { loadPresets } from '../../../src/scenario/presets';
import { useView } from '../../../src/state/view';
import { resultFor } from '../../../src/state/results';
import { Headline } from '../../../src/ui/headline/Headline';
import { UnionCompare } from '../../../src/ui/compare/UnionCompare';
import { sourceLine } from '../../../src/charts/common/source';
import { basisOf } from '../../../src/ui/basis/basis';

// The presets other than the default are a chunk of their own: in, as the preset menu fetches them.
beforeAll(() => loadPresets());

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useView.setState({ year: null, savings: null, downturnYear: null });
});

const value = (name: string) => Number(document.querySelector(`.figure-list--lead [data-metric="${name}"]`)!.getAttribute('data-value'));

describe('based on its preset, changed', () => {
  it('names the preset and each changed field with its value, and counts the rest', () => {
    render(<Headline />);
    expect(screen.getByTestId('headline-basis')).toHaveTextContent(/^$/);
    act(() => {
      useStore.getState().setField('teams[0].engineers', 200);
      useStore.getState().setField('tokens.budget', 250000);
    });
    // Worked by hand: the default preset's title, the editor's names in sentence case, the values as the editor shows them.
    expect(screen.getByTestId('headline-basis')).toHaveTextContent('Based on “Today’s typical AI spend”, changed: engineers 200, token budget per engineer $250,000.');
    act(() => {
      useStore.getState().setField('policy.layoffs', true);
      useStore.getState().setField('demand.growth', 0.05);
      useStore.getState().setField('years', 8);
    });
    expect(screen.getByTestId('headline-basis')).toHaveTextContent(
      'Based on “Today’s typical AI spend”, changed: years 8, engineers 200, token budget per engineer $250,000, demand growth 5% and 1 more.',
    );
    // The charts' source line says the same, and the scenario's own sources.
    const { scenario, presetId } = useStore.getState();
    const line = sourceLine(scenario, 'en-US', basisOf(presetId));
    expect(line).toMatch(/^Source: model run of “Today’s typical AI spend”, based on “Today’s typical AI spend”, changed: years 8, .* and 1 more; assumptions: 200 engineers in 1 team;/);
    expect(line).toMatch(new RegExp(`The scenario cites ${scenario.sources.length} sources\\.$`));
  });
});

describe('the year of the figures', () => {
  it('defaults to the final year and follows the reader’s choice', async () => {
    render(<Headline />);
    const years = resultFor(useStore.getState().scenario).years;
    const menu = screen.getByLabelText('Figures for');
    expect((menu as HTMLSelectElement).value).toBe(String(years.at(-1)!.year));
    expect(value('engineers')).toBe(years.at(-1)!.engineers);
    await userEvent.selectOptions(menu, String(years[1].year));
    expect(useView.getState().year).toBe(years[1].year);
    expect(value('engineers')).toBe(years[1].engineers);
    expect(screen.getByText('a year you chose.')).toBeInTheDocument();
  });

  it('union: one click compares no layoffs with layoffs, on the year they differ most', async () => {
    useStore.getState().loadPreset('works-agreement');
    useStore.getState().setLens('union');
    render(
      <>
        <Headline />
        <UnionCompare />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Compare: no layoffs vs layoffs' }));
    const { scenario, baseline } = useStore.getState();
    expect(scenario.policy.layoffs).toBe(false);
    expect(baseline!.policy.layoffs).toBe(true);
    const a = resultFor(scenario).years;
    const b = resultFor(baseline!).years;
    // The year the lead figures differ most (by hand from the two runs: where the engineers differ most).
    const year = Number((screen.getByLabelText('Figures for') as HTMLSelectElement).value);
    const gap = (y: number) => Math.abs(a.find((r) => r.year === y)!.engineers! - b.find((r) => r.year === y)!.engineers!);
    expect(gap(year)).toBeGreaterThan(0);
    expect(gap(year)).toBe(Math.max(...a.map((r) => gap(r.year))));
    expect(screen.getByText(/the year the two differ most/)).toBeInTheDocument();
    const row = a.find((r) => r.year === year)!;
    const before = b.find((r) => r.year === year)!;
    expect(Number(document.querySelector('[data-metric-delta="jobsChange"]')!.getAttribute('data-value'))).toBeCloseTo(row.jobsChange! - before.jobsChange!, 9);
  });
});
