// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useStore } from '../../../src/state/store';
import { useView } from '../../../src/state/view';
import { resultFor } from '../../../src/state/results';
import { DownturnLevers, roundTarget } from '../../../src/ui/levers/DownturnLevers';
import { costFrom, solveLeverCuts, withShock } from '../../../src/model/levers';
import { simulate } from '../../../src/model';
import { loadScenario } from '../../../src/scenario/parse';

/** Type into a number box and commit it with Enter (typed numbers apply when committed). */
function commitText(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useView.setState(useView.getInitialState());
});

const cell = (lever: string, outcome: string) =>
  document.querySelector(`td[data-lever="${lever}"][data-outcome="${outcome}"]`)!;

describe('roundTarget', () => {
  it('keeps three significant digits', () => {
    expect(roundTarget(4_322_236)).toBe(4_320_000);
    expect(roundTarget(987.6)).toBe(988);
    expect(roundTarget(0)).toBe(0);
  });
});

describe('downturn levers', () => {
  it('defaults to a tenth of the cost from the year after the start, and shows each lever’s solved outcome', async () => {
    render(<DownturnLevers />);
    const scenario = useStore.getState().scenario;
    const year = scenario.startYear + 1;
    expect(screen.getByLabelText('Downturn starts in')).toHaveValue(String(year));
    const savings = roundTarget(0.1 * costFrom(resultFor(scenario).years, year));
    expect(screen.getByLabelText('Savings target')).toHaveValue(String(savings));

    const expected = solveLeverCuts(scenario, { savings, year });
    await screen.findByTestId('levers-conclusion');
    for (const lever of expected.levers) {
      // The engine, run on the scenario with the solved cut, gives the figures in the table.
      const last = simulate(withShock(scenario, lever.lever, lever.cut, year)).years.at(-1)!;
      expect(Number(cell(lever.lever, 'engineers').getAttribute('data-value'))).toBe(last.engineers);
      expect(Number(cell(lever.lever, 'output').getAttribute('data-value'))).toBe(last.output);
      expect(Number(cell(lever.lever, 'cashPay').getAttribute('data-value'))).toBe(last.cashPay);
      if (lever.reachable) expect(lever.outcome.costSaved - expected.base.costSaved).toBeCloseTo(savings, 0);
    }
    expect(Number(cell('none', 'engineers').getAttribute('data-value'))).toBe(resultFor(scenario).years.at(-1)!.engineers);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/−.*/, '').replace('\u00ad', ''))).toEqual([
      'Outcome', 'No cut', 'Cut tokens', 'Cut salary', 'Cut headcount',
    ]);
  });

  it('says when a lever cannot save the target, with the most it can', async () => {
    // Token spend from 2027: 10 × 10,000 × 2 = 200,000; the target is 300,000.
    const scenario = loadScenario({
      years: 3,
      teams: [{ engineers: 10, salary: 100_000 }],
      specialists: { perMillionSpend: 0 },
      tokens: { budget: 10_000, budgetGrowth: 0 },
      policy: { headcount: 'hold' },
    });
    useStore.getState().setScenario(scenario, null);
    render(<DownturnLevers />);
    commitText(screen.getByLabelText('Savings target'), '300000');
    const header = await screen.findByText('short of the target');
    expect(header.closest('th')).toHaveAttribute('data-lever', 'tokens');
    expect(header.closest('th')!.textContent).toBe('Cut tokens−100%short of the target');
    expect(screen.getByTestId('levers-conclusion').textContent).toContain('cutting the token budget cannot save this much: at most $200,000');
    expect(Number(cell('tokens', 'costSaved').getAttribute('data-value'))).toBeCloseTo(200_000, 3);
  });

  it('follows the chosen year, refuses a negative target at the field, and resets', async () => {
    render(<DownturnLevers />);
    const scenario = useStore.getState().scenario;
    const last = scenario.startYear + scenario.years - 1;
    fireEvent.change(screen.getByLabelText('Downturn starts in'), { target: { value: String(last) } });
    const target = roundTarget(0.1 * costFrom(resultFor(scenario).years, last));
    expect(screen.getByLabelText('Savings target')).toHaveValue(String(target));

    commitText(screen.getByLabelText('Savings target'), '-5');
    expect(screen.getByRole('alert').textContent).toBe(`Savings target must be at least 0, got -5; still using ${target.toLocaleString('en')}`);
    expect(screen.getByLabelText('Savings target')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.click(screen.getByRole('button', { name: 'Reset savings target' }));
    expect(screen.getByLabelText('Savings target')).toHaveValue(String(target));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
