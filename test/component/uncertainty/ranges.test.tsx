// @vitest-environment jsdom
// The editor's Uncertainty section: ranges with Low and High in the field's
// own unit, added and removed, validated by parseScenario with the message at
// the range and the last good scenario kept; samples and seed.
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useStore } from '../../../src/state/store';
import { UncertaintySection } from '../../../src/ui/uncertainty/UncertaintySection';
import { defaultRange } from '../../../src/ui/uncertainty/defaultRange';
import { encodeLink, decodeLink } from '../../../src/scenario/link';

/** Type into a number box and commit it with Enter (typed numbers apply when committed). */
function commitText(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

const scenario = () => useStore.getState().scenario;
const ranges = () => scenario().uncertainty.ranges;
const group = (name: string) => screen.getByRole('group', { name });
// The default preset's ranges (scenarios/typical-spend.json), in the section's order.
const LEGENDS = [
  'Maximum productivity multiplier', 'Half-gain growth', 'Rework share', 'Token budget already in use', 'Annual token price decline',
  'Spread of token use', 'Demand growth', 'Demand elasticity',
];

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

describe('the Uncertainty section', { timeout: 20_000 }, () => {
  it('lists the preset’s ranges in the editor’s units, with the value now', () => {
    render(<UncertaintySection />);
    const decline = group('Annual token price decline');
    // Stored as fractions [0, 0.67], shown as percent.
    expect(within(decline).getByLabelText('Low')).toHaveValue('0');
    expect(within(decline).getByLabelText('High')).toHaveValue('67');
    expect(within(decline).getByText(/^Value now: \d+ %\/yr$/)).toBeInTheDocument();
    const ceiling = group('Maximum productivity multiplier');
    expect(within(ceiling).getByLabelText('Low')).toHaveValue('0.85');
    expect(within(ceiling).getByLabelText('High')).toHaveValue('2.35');
    expect(screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET').map((g) => g.querySelector('legend')!.textContent)).toEqual(LEGENDS);
  });

  it('a changed end lands in scenario.uncertainty.ranges', () => {
    render(<UncertaintySection />);
    commitText(within(group('Annual token price decline')).getByLabelText('High'), '50');
    expect(ranges()['tokens.priceDecline']).toEqual([0, 0.5]);
    commitText(within(group('Maximum productivity multiplier')).getByLabelText('Low'), '1.1');
    expect(ranges()['productivity.maxMultiplier']).toEqual([1.1, 2.35]);
  });

  it('a refused range shows the message at the range and keeps the last good scenario', () => {
    render(<UncertaintySection />);
    const ceiling = group('Maximum productivity multiplier');
    const low = within(ceiling).getByLabelText('Low');
    const good = scenario();
    commitText(low, '2.5');
    expect(scenario()).toBe(good);
    expect(low).toHaveValue('2.5'); // the typed text stays
    expect(low).toHaveAttribute('aria-invalid', 'true');
    const alert = within(ceiling).getByRole('alert');
    expect(alert).toHaveTextContent('Maximum productivity multiplier range: low must not exceed high, got [2.5, 2.35]');
    expect(low.getAttribute('aria-describedby')).toContain(alert.id);
    expect(useStore.getState().fieldErrors['uncertainty.ranges["productivity.maxMultiplier"]']).toBe('low must not exceed high, got [2.5, 2.35]');
    // Fixed: accepted, the message goes.
    commitText(low, '1.2');
    expect(ranges()['productivity.maxMultiplier']).toEqual([1.2, 2.35]);
    expect(within(ceiling).queryByRole('alert')).toBeNull();
  });

  it('a bound of the field itself is named in percent for a percent field', () => {
    render(<UncertaintySection />);
    const decline = group('Annual token price decline');
    commitText(within(decline).getByLabelText('High'), '120');
    expect(ranges()['tokens.priceDecline']).toEqual([0, 0.67]);
    expect(within(decline).getByRole('alert')).toHaveTextContent(
      'Annual token price decline range: 120% is outside the bounds of tokens.priceDecline: must be at most 99.9%, got 120%',
    );
    commitText(within(decline).getByLabelText('High'), 'abc');
    expect(within(decline).getByRole('alert')).toHaveTextContent('high end must be a number');
  });

  it('adds a range around the value (±25%) and focuses its Low field; removes one', () => {
    render(<UncertaintySection />);
    const select = screen.getByLabelText('Add a range for');
    fireEvent.change(select, { target: { value: 'salaryGrowth' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add range' }));
    const growth = scenario().salaryGrowth;
    expect(ranges().salaryGrowth).toEqual(defaultRange(scenario(), 'salaryGrowth'));
    // ±25%, three significant digits: 3.5% gives 2.63–4.38%.
    expect(ranges().salaryGrowth).toEqual([0.0263, 0.0438]);
    expect(growth).toBe(0.035);
    expect(document.activeElement).toBe(within(group('Salary growth')).getByLabelText('Low'));
    // A ranged number is no longer offered.
    expect(within(select as HTMLSelectElement).queryByRole('option', { name: 'Salary growth' })).toBeNull();

    fireEvent.click(within(group('Demand growth')).getByRole('button', { name: 'Remove range of demand growth' }));
    expect('demand.growth' in ranges()).toBe(false);
    expect(screen.queryByRole('group', { name: 'Demand growth' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Add a range for'));
  });

  it('a value of 0 gets ±5 points (a rate) and stays within the schema’s bounds', () => {
    const s = { ...scenario(), managers: { ...scenario().managers, spanGrowth: 0 }, specialists: { ...scenario().specialists, perMillionSpend: 0 } };
    expect(defaultRange(s, 'managers.spanGrowth')).toEqual([-0.05, 0.05]);
    expect(defaultRange(s, 'specialists.perMillionSpend')).toEqual([0, 1]);
    // Attrition 0.9: +25% would pass its bound of 1.
    expect(defaultRange({ ...s, policy: { ...s.policy, attrition: 0.9 } }, 'policy.attrition')).toEqual([0.675, 1]);
  });

  it('sets samples and seed', () => {
    render(<UncertaintySection />);
    commitText(screen.getByLabelText('Samples'), '10000');
    commitText(screen.getByLabelText('Seed'), '42');
    expect(scenario().uncertainty).toMatchObject({ samples: 10_000, seed: 42 });
    commitText(screen.getByLabelText('Samples'), '0');
    expect(scenario().uncertainty.samples).toBe(10_000);
    expect(screen.getByRole('alert')).toHaveTextContent('Samples must be at least 1, got 0');
  });

  it('ranges, samples and seed travel in the link', () => {
    render(<UncertaintySection />);
    commitText(within(group('Annual token price decline')).getByLabelText('High'), '50');
    commitText(screen.getByLabelText('Seed'), '42');
    const link = encodeLink(scenario(), 'typical-spend');
    const opened = decodeLink(link).scenario!;
    expect(opened.uncertainty).toEqual(scenario().uncertainty);
  });
});
