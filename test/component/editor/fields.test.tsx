// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from '../../../src/ui/editor/Editor';
import { useStore } from '../../../src/state/store';
import { getPreset } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { setLang } from '../../../src/i18n';

const scenario = () => useStore.getState().scenario;
const preset = (id: string) => getPreset(id)!.scenario;

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

/** Replace a field's text and commit it with Enter (issue 9 point 1: typed values apply when committed). */
async function enter(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, `${text}{Enter}`);
}

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('number fields', { timeout: 20_000 }, () => {
  it('a typed number applies when committed (Enter or leaving the field), not while typing', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    expect(engineers).toHaveValue('40');
    expect(engineers).toHaveAttribute('type', 'text');
    expect(engineers).toHaveAttribute('inputmode', 'decimal');
    expect(engineers).toHaveAttribute('name', 'teams[0].engineers');
    const good = scenario();
    await user.clear(engineers);
    await user.type(engineers, '55');
    expect(scenario()).toBe(good); // not yet: "5" on the way to "55" is never run
    await user.keyboard('{Enter}');
    expect(scenario().teams[0].engineers).toBe(55);
    expect(engineers).toHaveValue('55');
    expect(engineers).not.toHaveAttribute('aria-invalid');
    await user.clear(engineers);
    await user.type(engineers, '60');
    await user.tab();
    expect(scenario().teams[0].engineers).toBe(60);
  });

  it('a value out of bounds shows the schema’s message at the field, says which value is still in use, and keeps the last good scenario', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await enter(user, engineers, '12');
    const good = scenario();
    await enter(user, engineers, '-5');
    expect(scenario()).toBe(good);
    expect(scenario().teams[0].engineers).toBe(12);
    expect(engineers).toHaveValue('-5'); // the typed text stays
    expect(engineers).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Engineers must be at least 0, got -5; still using 12');
    expect(engineers.getAttribute('aria-describedby')).toContain(alert.id);
    expect(useStore.getState().fieldErrors['teams[0].engineers']).toBe('must be at least 0, got -5');
    // Leaving the field keeps the refused text and its message.
    await user.tab();
    expect(engineers).toHaveValue('-5');
    expect(screen.getByRole('alert')).toHaveTextContent('still using 12');
  });

  it('the examples of issue 9: none of them runs a value that was not typed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const good = scenario();
    await enter(user, screen.getByLabelText('Years'), '100');
    expect(screen.getByRole('alert')).toHaveTextContent('Years must be at most 30, got 100; still using 5');
    await enter(user, screen.getByLabelText('Engineers'), '99999999999');
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(/Engineers must be at most .*; still using 40/);
    await enter(user, screen.getByLabelText('Annual token price decline'), '150');
    expect(screen.getAllByRole('alert')[2]).toHaveTextContent('Annual token price decline must be at most 99.9%, got 150%; still using 30%');
    expect(scenario()).toBe(good);
  });

  it('Escape drops a refused entry and shows the value in use again', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const years = screen.getByLabelText('Years');
    await enter(user, years, '100');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(years).toHaveValue('5');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useStore.getState().fieldErrors.years).toBeUndefined();
    // Escape while typing, before any commit: the typed text goes, nothing changed.
    await user.clear(years);
    await user.type(years, '7{Escape}');
    expect(years).toHaveValue('5');
    expect(scenario().years).toBe(5);
  });

  it('text that is no number shows a message when committed and changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    const good = scenario();
    fireEvent.change(engineers, { target: { value: 'abc' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(scenario()).toBe(good);
    fireEvent.blur(engineers);
    expect(screen.getByRole('alert')).toHaveTextContent('Engineers must be a number, got “abc”; still using 40');
    expect(engineers).toHaveAttribute('aria-invalid', 'true');
    expect(scenario()).toBe(good);
    await enter(user, engineers, '1,4');
    expect(screen.getByRole('alert')).toHaveTextContent('Engineers is ambiguous: “1,4” could be 1.4 or 14');
    expect(scenario()).toBe(good);
  });

  it('numbers typed with thousands separators, k and M, and the currency read as meant', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await enter(user, screen.getByLabelText('Base salary'), '$250,000');
    expect(scenario().teams[0].salary).toBe(250_000);
    await enter(user, screen.getByLabelText('Base salary'), '1.5M');
    expect(scenario().teams[0].salary).toBe(1_500_000);
    await enter(user, screen.getByLabelText('Token budget per engineer'), '2.5k');
    expect(scenario().tokens.budget).toBe(2500);
    await enter(user, screen.getByLabelText('Annual token price decline'), '45%');
    expect(scenario().tokens.priceDecline).toBe(0.45);
    await enter(user, screen.getByLabelText('Base salary'), '€57.000');
    expect(screen.getByRole('alert')).toHaveTextContent('Base salary is in USD: “€57.000” names another currency; still using 1,500,000');
    await enter(user, screen.getByLabelText('Engineers'), '$40');
    expect(screen.getByText(/Engineers takes a plain number, not an amount of money/)).toHaveAttribute('role', 'alert');
  });

  it('a German reader types 57.000 and 1,4 (the language chosen sets the reading)', async () => {
    const user = userEvent.setup({ delay: null });
    await act(() => setLang('de'));
    try {
      const { container } = render(<Editor />);
      const input = (name: string) => container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      await enter(user, input('teams[0].salary'), '57.000');
      expect(scenario().teams[0].salary).toBe(57_000);
      await enter(user, input('productivity.maxMultiplier'), '1,4');
      expect(scenario().productivity.maxMultiplier).toBe(1.4);
      expect(input('productivity.maxMultiplier')).toHaveValue('1,4');
      await enter(user, input('teams[0].salary'), '57000,50');
      expect(scenario().teams[0].salary).toBe(57_000.5);
      // A refusal in German, with the value in use written the German way.
      await enter(user, input('teams[0].salary'), '1.5');
      expect(screen.getByRole('alert')).toHaveTextContent('ist mehrdeutig, denn „1.5“ kann 1,5 oder 15 bedeuten');
      expect(screen.getByRole('alert')).toHaveTextContent('weiterhin gilt 57.000,5');
    } finally {
      await act(() => setLang('en'));
    }
  });

  it('a whole-number field refuses a fraction, and its bounds are the schema’s', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const years = screen.getByLabelText('Years');
    await enter(user, years, '2.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Years must be a whole number, got 2.5; still using 5');
    expect(scenario().years).toBe(5); // nothing typed on the way ("2") was run
    await enter(user, years, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Years must be at least 1, got 0');
    await enter(user, years, '31');
    expect(screen.getByRole('alert')).toHaveTextContent('Years must be at most 30, got 31');
    await enter(user, years, '30');
    expect(scenario().years).toBe(30);
  });

  it('arrow keys step the number and apply at once, inside the schema’s bounds', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await user.click(engineers);
    await user.keyboard('{ArrowUp}');
    expect(scenario().teams[0].engineers).toBe(41);
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(scenario().teams[0].engineers).toBe(31);
    await enter(user, engineers, '3');
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(scenario().teams[0].engineers).toBe(0); // not -7: the schema's minimum
    expect(engineers).toHaveValue('0');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a valid entry after an invalid one clears the message', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await enter(user, engineers, '-5');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await enter(user, engineers, '7');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(scenario().teams[0].engineers).toBe(7);
  });

  it('reset restores the preset’s value, and shows only when the value differs', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    expect(screen.queryByRole('button', { name: 'Reset Base salary' })).toBeNull();
    const salary = screen.getByLabelText('Base salary');
    await enter(user, salary, '99000');
    expect(scenario().teams[0].salary).toBe(99_000);
    await user.click(screen.getByRole('button', { name: 'Reset Base salary' }));
    expect(scenario().teams[0].salary).toBe(preset('typical-spend').teams[0].salary);
    expect(salary).toHaveValue('155000');
    expect(screen.queryByRole('button', { name: 'Reset Base salary' })).toBeNull();
    expect(salary).toHaveFocus(); // not lost with the vanished button
  });

  it('reset clears an invalid entry too', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const decline = screen.getByLabelText('Annual token price decline');
    await enter(user, decline, '5');
    await enter(user, decline, '150');
    expect(screen.getByRole('alert')).toHaveTextContent('must be at most 99.9%, got 150%');
    await user.click(screen.getByRole('button', { name: 'Reset Annual token price decline' }));
    expect(scenario().tokens.priceDecline).toBe(0.3);
    expect(decline).toHaveValue('30');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('percent fields show percent and store fractions', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const decline = screen.getByLabelText('Annual token price decline');
    expect(decline).toHaveValue('30'); // stored 0.3
    await enter(user, decline, '99.95');
    expect(screen.getByRole('alert')).toHaveTextContent('must be at most 99.9%, got 99.95%'); // schema 0.999
    await enter(user, decline, '45');
    expect(scenario().tokens.priceDecline).toBe(0.45);
    const demand = screen.getByLabelText('Demand growth');
    expect(demand).toHaveAttribute('inputmode', 'text'); // it takes negative numbers: a keyboard with a minus
    await enter(user, demand, '7');
    expect(scenario().demand.growth).toBe(0.07);
  });

  it('a slider sets the same field as its number box', () => {
    const { container } = render(<Editor />);
    const multiplier = screen.getByLabelText('Maximum productivity multiplier');
    const slider = multiplier.closest('.field')!.querySelector('input[type="range"]')!;
    // Linear 0.5…5 over 1000 steps: position 500 is 2.75.
    fireEvent.change(slider, { target: { value: '500' } });
    expect(scenario().productivity.maxMultiplier).toBe(2.75);
    expect(multiplier).toHaveValue('2.75');
    expect(container.querySelectorAll('input[type="range"]:not([aria-hidden="true"])')).toHaveLength(0);
  });

  it('an empty planned multiplier means "the same as realized" (null)', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const planned = screen.getByLabelText('Planned multiplier');
    expect(planned).toHaveValue('');
    await user.type(planned, '2{Enter}');
    expect(scenario().productivity.assumedMaxMultiplier).toBe(2);
    await user.clear(planned);
    await user.tab();
    expect(scenario().productivity.assumedMaxMultiplier).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an outside change (a preset) replaces a draft and its message', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await enter(user, engineers, '-5');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => useStore.getState().loadPreset('half-salary-tokens'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Engineers')).toHaveValue(String(preset('half-salary-tokens').teams[0].engineers));
  });

  it('units follow the scenario’s currency', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const salary = screen.getByLabelText('Base salary');
    const unit = () => within(salary.closest('.field') as HTMLElement).getByText(/\/yr$/);
    expect(unit()).toHaveTextContent('USD/yr');
    const currency = screen.getByLabelText('Currency');
    await user.clear(currency);
    await user.type(currency, 'eur');
    await user.click(screen.getByRole('button', { name: 'Relabel as EUR' }));
    expect(scenario().currency).toBe('EUR');
    expect(unit()).toHaveTextContent('EUR/yr');
  });
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('budget mode', { timeout: 20_000 }, () => {
  it('switching to a share of salary relabels the budget and converts it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    expect(screen.getByLabelText('Token budget per engineer')).toHaveValue('2400');
    await user.selectOptions(screen.getByLabelText('Budget mode'), 'shareOfSalary');
    expect(scenario().tokens.budgetMode).toBe('shareOfSalary');
    expect(screen.queryByLabelText('Token budget per engineer')).toBeNull();
    const share = screen.getByLabelText('Token budget per engineer (share of salary)');
    // $2,400 of a $155,000 salary is 1.548% (three significant digits).
    expect(scenario().tokens.budget).toBe(0.0155);
    expect(share).toHaveValue('1.55');
    // The budget already in use and the ranges on both follow the unit: $1,200 is 0.774% of salary.
    expect(scenario().tokens.budgetInUse).toBe(0.00774);
    expect(scenario().uncertainty.ranges['tokens.budgetInUse']).toEqual([0, 0.0155]);
    await enter(user, share, '50');
    expect(scenario().tokens.budget).toBe(0.5);
  });

  it('a scenario in share mode opens with the share label and a percent unit', () => {
    useStore.getState().setScenario(loadScenario({ tokens: { budgetMode: 'shareOfSalary', budget: 0.5 } }), null);
    render(<Editor />);
    const budget = screen.getByLabelText('Token budget per engineer (share of salary)');
    expect(budget).toHaveValue('50');
    expect(within(budget.closest('.field') as HTMLElement).getByText('% of salary')).toBeInTheDocument();
    // Opened from a link or file: no preset, so nothing to reset to.
    expect(screen.queryByRole('button', { name: /^Reset / })).toBeNull();
  });
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('selects and toggles', { timeout: 20_000 }, () => {
  it('headcount policy offers plain-language choices and stores the schema value', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const policy = screen.getByLabelText('Headcount policy');
    expect(within(policy).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Hold headcount where it is',
      'Staff to the plan (hire or shrink with demand)',
      'Keep each team’s budget (headcount absorbs cost)',
    ]);
    await user.selectOptions(policy, 'matchDemand');
    expect(scenario().policy.headcount).toBe('matchDemand');
    await user.click(screen.getByRole('button', { name: 'Reset Headcount policy' }));
    expect(scenario().policy.headcount).toBe('hold');
  });

  it('checkboxes toggle booleans', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.click(screen.getByLabelText('Layoffs allowed'));
    expect(scenario().policy.layoffs).toBe(true);
    await user.click(screen.getByLabelText('Count tokens as pay'));
    expect(scenario().tokens.countAsPay).toBe(true);
  });

  it('a custom curve starts from the saturating formula, and its errors show at the field', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    expect(screen.queryByLabelText('Formula')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Productivity curve'), 'custom');
    expect(scenario().productivity.curve).toBe('custom');
    const formula = screen.getByLabelText('Formula');
    expect(formula).toHaveValue('1 + (maxMultiplier - 1) * (1 - 2^(-T / half))');
    await user.clear(formula);
    expect(screen.getByRole('alert')).toHaveTextContent('Formula is required when the curve is "custom"');
    expect(scenario().productivity.expression).not.toBe('');
    await user.type(formula, '1 + T / 1000');
    expect(scenario().productivity.expression).toBe('1 + T / 1000');
  });
});
