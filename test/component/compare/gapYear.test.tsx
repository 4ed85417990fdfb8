// @vitest-environment jsdom
// "Explain the gap" follows the year of the figures (issue 9 point 4): the
// works agreement kept against the same scenario with layoffs differs in 2027
// and 2028 and not in 2030; the gap opens on the year of the largest
// difference and follows the reader's choice of year. The engine's totals
// (works-agreement preset, simulate()):
//   2027: €4,843,793 without layoffs, €4,536,987 with them (+€306,805)
//   2028: €4,641,313 without layoffs, €4,675,842 with them (−€34,530)
//   2030: €5,097,325 both
// (figures show money in millions to one decimal).
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../../src/state/store';
import { useView } from '../../../src/state/view';
import { ComparePanel } from '../../../src/ui/compare/ComparePanel';
import { YearChoice } from '../../../src/ui/headline/YearChoice';
import { getPreset } from '../../../src/scenario/allPresets';

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useView.setState(useView.getInitialState());
  const s = getPreset('works-agreement')!.scenario;
  useStore.getState().setScenario({ ...s, policy: { ...s.policy, layoffs: false } }, 'works-agreement');
  useStore.getState().setBaseline({ ...s, title: 'With layoffs', policy: { ...s.policy, layoffs: true } });
});

const values = () => [...document.querySelectorAll('[data-compare]')].map((el) => `${el.getAttribute('data-compare')} ${el.textContent}`);
const line = () => document.querySelector('.compare-values')!.textContent;

describe('explain the gap, in the year of the figures', () => {
  it('opens on the year the two runs differ most, then follows the year the reader chooses', async () => {
    render(
      <>
        <YearChoice />
        <ComparePanel />
      </>,
    );
    expect(await screen.findByRole('heading', { name: 'Explain the gap' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Figures for' })).toHaveValue('2027');
    expect(screen.getByText(/^In 2027/)).toBeInTheDocument();
    expect(values()).toEqual(['baseline €4.5M', 'current €4.8M']);
    expect(line()).toBe('Total cost: €4.5M in the baseline, €4.8M now (+€306,805).');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Figures for' }), '2028');
    expect(screen.getByText(/^In 2028/)).toBeInTheDocument();
    expect(values()).toEqual(['baseline €4.7M', 'current €4.6M']);
    expect(line()).toBe('Total cost: €4.7M in the baseline, €4.6M now (-€34,530).');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Figures for' }), '2030');
    expect(values()).toEqual(['baseline €5.1M', 'current €5.1M']);
    expect(line()).toBe('Total cost: €5.1M in the baseline, €5.1M now (€0).');
    expect(screen.getByText(/^In 2030/)).toBeInTheDocument();
  });
});
