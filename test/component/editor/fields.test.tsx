// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from '../../../src/ui/editor/Editor';
import { useStore } from '../../../src/state/store';
import { getPreset } from '../../../src/scenario/presets';
import { loadScenario } from '../../../src/scenario/parse';

const scenario = () => useStore.getState().scenario;
const preset = (id: string) => getPreset(id)!.scenario;

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('number fields', { timeout: 20_000 }, () => {
  it('typing into Engineers changes the store’s scenario at once', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    expect(engineers).toHaveValue(40);
    await user.clear(engineers);
    await user.type(engineers, '55');
    expect(scenario().teams[0].engineers).toBe(55);
    expect(engineers).toHaveValue(55);
    expect(engineers).not.toHaveAttribute('aria-invalid');
  });

  it('a value out of bounds shows the schema’s message at the field and keeps the last good scenario', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await user.clear(engineers);
    await user.type(engineers, '12');
    const good = scenario();
    await user.clear(engineers);
    await user.type(engineers, '-5');
    expect(scenario()).toBe(good);
    expect(scenario().teams[0].engineers).toBe(12);
    expect(engineers).toHaveValue(-5); // the typed text stays
    expect(engineers).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Engineers must be at least 0, got -5');
    expect(engineers.getAttribute('aria-describedby')).toContain(alert.id);
    expect(useStore.getState().fieldErrors['teams[0].engineers']).toBe('must be at least 0, got -5');
  });

  it('text that is no number shows a message and changes nothing', () => {
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    const good = scenario();
    fireEvent.change(engineers, { target: { value: 'abc' } });
    // No message while typing ("-" and "1e" lead to numbers), but nothing changes either.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(scenario()).toBe(good);
    fireEvent.blur(engineers);
    expect(screen.getByRole('alert')).toHaveTextContent('Engineers must be a number');
    expect(engineers).toHaveAttribute('aria-invalid', 'true');
    expect(scenario()).toBe(good);
  });

  it('a whole-number field refuses a fraction', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const years = screen.getByLabelText('Years');
    expect(years).toHaveAttribute('min', '1');
    expect(years).toHaveAttribute('max', '30');
    expect(years).toHaveAttribute('step', 'any');
    await user.clear(years);
    await user.type(years, '2.5');
    expect(screen.getByRole('alert')).toHaveTextContent('Years must be a whole number, got 2.5');
    expect(scenario().years).toBe(2); // the "2" typed before ".5" was good
  });

  it('a valid entry after an invalid one clears the message', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await user.clear(engineers);
    await user.type(engineers, '-5');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.clear(engineers);
    await user.type(engineers, '7');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(scenario().teams[0].engineers).toBe(7);
  });

  it('reset restores the preset’s value, and shows only when the value differs', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    expect(screen.queryByRole('button', { name: 'Reset Base salary' })).toBeNull();
    const salary = screen.getByLabelText('Base salary');
    await user.clear(salary);
    await user.type(salary, '99000');
    expect(scenario().teams[0].salary).toBe(99_000);
    await user.click(screen.getByRole('button', { name: 'Reset Base salary' }));
    expect(scenario().teams[0].salary).toBe(preset('typical-spend').teams[0].salary);
    expect(salary).toHaveValue(145_000);
    expect(screen.queryByRole('button', { name: 'Reset Base salary' })).toBeNull();
    expect(salary).toHaveFocus(); // not lost with the vanished button
  });

  it('reset clears an invalid entry too', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const decline = screen.getByLabelText('Annual token price decline');
    await user.clear(decline);
    await user.type(decline, '5');
    await user.clear(decline);
    await user.type(decline, '150');
    expect(screen.getByRole('alert')).toHaveTextContent('must be at most 99.9%, got 150%');
    await user.click(screen.getByRole('button', { name: 'Reset Annual token price decline' }));
    expect(scenario().tokens.priceDecline).toBe(0.3);
    expect(decline).toHaveValue(30);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('percent fields show percent and store fractions', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const decline = screen.getByLabelText('Annual token price decline');
    expect(decline).toHaveValue(30); // stored 0.3
    expect(decline).toHaveAttribute('max', '99.9'); // schema 0.999
    await user.clear(decline);
    await user.type(decline, '45');
    expect(scenario().tokens.priceDecline).toBe(0.45);
    const demand = screen.getByLabelText('Demand growth');
    await user.clear(demand);
    await user.type(demand, '7');
    expect(scenario().demand.growth).toBe(0.07);
  });

  it('a slider sets the same field as its number box', () => {
    const { container } = render(<Editor />);
    const multiplier = screen.getByLabelText('Maximum productivity multiplier');
    const slider = multiplier.closest('.field')!.querySelector('input[type="range"]')!;
    // Linear 0.5…5 over 1000 steps: position 500 is 2.75.
    fireEvent.change(slider, { target: { value: '500' } });
    expect(scenario().productivity.maxMultiplier).toBe(2.75);
    expect(multiplier).toHaveValue(2.75);
    expect(container.querySelectorAll('input[type="range"]:not([aria-hidden="true"])')).toHaveLength(0);
  });

  it('an empty planned multiplier means "the same as realized" (null)', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const planned = screen.getByLabelText('Planned multiplier');
    expect(planned).toHaveValue(null);
    await user.type(planned, '2');
    expect(scenario().productivity.assumedMaxMultiplier).toBe(2);
    await user.clear(planned);
    expect(scenario().productivity.assumedMaxMultiplier).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an outside change (a preset) replaces a draft and its message', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const engineers = screen.getByLabelText('Engineers');
    await user.clear(engineers);
    await user.type(engineers, '-5');
    act(() => useStore.getState().loadPreset('half-salary-tokens'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Engineers')).toHaveValue(preset('half-salary-tokens').teams[0].engineers);
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
    expect(scenario().currency).toBe('EUR');
    expect(unit()).toHaveTextContent('EUR/yr');
  });
});

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('budget mode', { timeout: 20_000 }, () => {
  it('switching to a share of salary relabels the budget and converts it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    expect(screen.getByLabelText('Token budget per engineer')).toHaveValue(2400);
    await user.selectOptions(screen.getByLabelText('Budget mode'), 'shareOfSalary');
    expect(scenario().tokens.budgetMode).toBe('shareOfSalary');
    expect(screen.queryByLabelText('Token budget per engineer')).toBeNull();
    const share = screen.getByLabelText('Token budget per engineer (share of salary)');
    // $2,400 of a $145,000 salary is 1.655% (three significant digits).
    expect(scenario().tokens.budget).toBe(0.0166);
    expect(share).toHaveValue(1.66);
    await user.clear(share);
    await user.type(share, '50');
    expect(scenario().tokens.budget).toBe(0.5);
  });

  it('a scenario in share mode opens with the share label and a percent unit', () => {
    useStore.getState().setScenario(loadScenario({ tokens: { budgetMode: 'shareOfSalary', budget: 0.5 } }), null);
    render(<Editor />);
    const budget = screen.getByLabelText('Token budget per engineer (share of salary)');
    expect(budget).toHaveValue(50);
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
