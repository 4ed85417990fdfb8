// @vitest-environment jsdom
// Model version 2's inputs in the editor (issue 8; PRODUCT.md "Contract"): each
// is found by its label and by its name (the MODEL.md path), takes a typed
// value on Enter, and refuses a bad one at the field.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from '../../../src/ui/editor/Editor';
import { useStore } from '../../../src/state/store';
import { loadPresets } from '../../../src/scenario/presets';
import { fieldValue } from '../../../src/state/store';
import { decodeLink, encodeLink } from '../../../src/scenario/link';
import { setLang } from '../../../src/i18n';

const scenario = () => useStore.getState().scenario;
const team = (name: string) => screen.getByRole('group', { name });
type User = ReturnType<typeof userEvent.setup>;

async function enter(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, `${text}{Enter}`);
}

/** The scenario the current link reopens. */
function relinked() {
  const { scenario: current, presetId } = useStore.getState();
  return decodeLink(encodeLink(current, presetId)).scenario;
}

// The presets other than the default are a chunk of their own: in, as the preset menu fetches them.
beforeAll(() => loadPresets());

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  useStore.getState().loadPreset('typical-spend');
});

// [label, name, typed, stored]: percent fields take percent and store fractions.
const FIELDS: [string, string, string, number][] = [
  ['Token budget already in use', 'tokens.budgetInUse', '1800', 1800],
  ['Spread of token use', 'tokens.usageSpread', '0.6', 0.6],
  ['Tax on the token allowance', 'tokens.benefitTaxRate', '32', 0.32],
  ['Rework share', 'productivity.reworkShare', '35', 0.35],
  ['Plan learning', 'productivity.planLearning', '40', 0.4],
  ['Demand elasticity', 'demand.elasticity', '0.8', 0.8],
  ['Hire limit', 'policy.hireLimit', '5', 0.05],
  ['Severance (months of pay)', 'policy.severanceMonths', '4.5', 4.5],
  ['Hiring cost', 'policy.hiringCostRate', '20', 0.2],
  ['Other cost per head', 'teams[0].otherCostPerHead', '12000', 12_000],
];

// Rendering the whole editor in jsdom is slow on a loaded machine: allow time.
describe('version 2 inputs', { timeout: 60_000 }, () => {
  it('each is found by its label and its MODEL.md name, takes the typed value on Enter, and the link keeps it', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = render(<Editor />);
    for (const [label, name, typed, stored] of FIELDS) {
      const input = screen.getByLabelText(label);
      expect(input, label).toHaveAttribute('name', name);
      expect(container.querySelectorAll(`[name="${name}"]`), name).toHaveLength(1);
      expect(fieldValue(scenario(), name), label).not.toBe(stored); // the test changes something
      await enter(user, input, typed);
      expect(fieldValue(scenario(), name), label).toBe(stored);
      expect(input, label).toHaveValue(typed);
      expect(screen.queryByRole('alert'), label).toBeNull();
    }
    const reopened = relinked()!;
    for (const [, name, , stored] of FIELDS) expect(fieldValue(reopened, name), name).toBe(stored);
  });

  it('a refused value keeps the last good scenario, with the message at the field', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const elasticity = screen.getByLabelText('Demand elasticity');
    await enter(user, elasticity, '0.8');
    const good = scenario();
    await enter(user, elasticity, '5');
    expect(scenario()).toBe(good);
    expect(elasticity).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Demand elasticity must be at most 3, got 5; still using 0.8');
    expect(elasticity.getAttribute('aria-describedby')).toContain(alert.id);
    await user.keyboard('{Escape}');
    // A share refused in the unit the field shows.
    await enter(user, screen.getByLabelText('Rework share'), '96');
    expect(screen.getByRole('alert')).toHaveTextContent('Rework share must be at most 95%, got 96%; still using 20%');
    expect(scenario()).toBe(good);
  });

  it('an empty hire limit means no limit (null)', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const limit = screen.getByLabelText('Hire limit');
    expect(limit).toHaveValue('');
    expect(limit).toHaveAttribute('placeholder', 'no limit');
    await enter(user, limit, '10');
    expect(scenario().policy.hireLimit).toBe(0.1);
    await user.clear(limit);
    await user.tab();
    expect(scenario().policy.hireLimit).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the budget already in use follows the budget mode', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const unit = () => within(screen.getByLabelText('Token budget already in use').closest('.field') as HTMLElement).getByText(/salary|engineer/);
    expect(screen.getByLabelText('Token budget already in use')).toHaveValue('1200');
    expect(unit()).toHaveTextContent('USD/yr per engineer');
    await user.selectOptions(screen.getByLabelText('Budget mode'), 'shareOfSalary');
    // $1,200 of a $155,000 salary is 0.774% (budgetMode.ts converts it).
    expect(scenario().tokens.budgetInUse).toBe(0.00774);
    expect(screen.getByLabelText('Token budget already in use')).toHaveValue('0.774');
    expect(unit()).toHaveTextContent('% of salary');
    // The preset's $1,200 is in the other mode: no reset to it.
    expect(screen.queryByRole('button', { name: 'Reset Token budget already in use' })).toBeNull();
    await enter(user, screen.getByLabelText('Token budget already in use'), '1');
    expect(scenario().tokens.budgetInUse).toBe(0.01);
  });
});

describe('promotions', { timeout: 60_000 }, () => {
  beforeEach(() => useStore.getState().loadPreset('juniors-and-seniors'));

  it('Promoted to offers the other teams or none; the rate shows once a target is chosen', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const to = within(team('Juniors')).getByLabelText('Promoted to');
    expect(to).toHaveAttribute('name', 'teams[0].promotion.to');
    expect(within(to).getAllByRole('option').map((o) => o.textContent)).toEqual(['No promotions', 'Seniors']);
    expect(within(team('Juniors')).queryByLabelText('Promotion rate')).toBeNull();
    await user.selectOptions(to, 'Seniors');
    expect(scenario().teams[0].promotion).toEqual({ to: 'Seniors', rate: 0.1 });
    const rate = within(team('Juniors')).getByLabelText('Promotion rate');
    expect(rate).toHaveAttribute('name', 'teams[0].promotion.rate');
    expect(rate).toHaveValue('10');
    await enter(user, rate, '15');
    expect(scenario().teams[0].promotion).toEqual({ to: 'Seniors', rate: 0.15 });
    expect(relinked()!.teams[0].promotion).toEqual({ to: 'Seniors', rate: 0.15 });
    // With attrition at 10%, at most 90% can be promoted.
    const good = scenario();
    await enter(user, rate, '95');
    expect(screen.getByRole('alert')).toHaveTextContent('Promotion rate with attrition at 10%, must be at most 90%, got 95%; still using 15%');
    expect(scenario()).toBe(good);
    await user.keyboard('{Escape}');
    await user.selectOptions(to, '');
    expect(scenario().teams[0].promotion).toBeUndefined();
    expect(within(team('Juniors')).queryByLabelText('Promotion rate')).toBeNull();
  });

  it('a cycle is refused with the message at Promoted to, and goes once the choice is undone', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.selectOptions(within(team('Juniors')).getByLabelText('Promoted to'), 'Seniors');
    const good = scenario();
    const seniorsTo = within(team('Seniors')).getByLabelText('Promoted to');
    await user.selectOptions(seniorsTo, 'Juniors');
    expect(scenario()).toBe(good);
    expect(seniorsTo).toHaveValue(''); // still no promotion out of Seniors
    expect(within(team('Seniors')).getByRole('alert')).toHaveTextContent('Promoted to makes promotions go round in a cycle');
    expect(seniorsTo).toHaveAttribute('aria-invalid', 'true');
    // Ending the Juniors' promotion is accepted and clears every cycle message.
    await user.selectOptions(within(team('Juniors')).getByLabelText('Promoted to'), '');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renaming the target team renames the promotion; removing it ends the promotion', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    await user.selectOptions(within(team('Juniors')).getByLabelText('Promoted to'), 'Seniors');
    const name = within(team('Seniors')).getByLabelText('Team name');
    await user.type(name, ' staff');
    expect(scenario().teams[1].name).toBe('Seniors staff');
    expect(scenario().teams[0].promotion).toEqual({ to: 'Seniors staff', rate: 0.1 });
    expect(within(team('Juniors')).getByLabelText('Promoted to')).toHaveValue('Seniors staff');
    await user.click(screen.getByRole('button', { name: 'Remove Seniors staff' }));
    expect(scenario().teams.map((t) => t.name)).toEqual(['Juniors']);
    expect(scenario().teams[0].promotion).toBeUndefined();
  });

  it('German: the message at Promoted to is in German', async () => {
    const user = userEvent.setup({ delay: null });
    await act(() => setLang('de'));
    try {
      const { container } = render(<Editor />);
      await user.selectOptions(container.querySelector('select[name="teams[0].promotion.to"]')!, 'Seniors');
      await user.selectOptions(container.querySelector('select[name="teams[1].promotion.to"]')!, 'Juniors');
      expect(screen.getAllByRole('alert')[0]).toHaveTextContent('Befördert in: lässt Beförderungen im Kreis laufen');
    } finally {
      await act(() => setLang('en'));
    }
  });
});

describe('team overrides of raises, demand and policy', { timeout: 60_000 }, () => {
  it('each is added at the shared value, named by its team path, edited, and removed again', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Editor />);
    const card = team('Engineering');
    await user.click(within(card).getByText('Team’s own settings'));

    await user.click(within(card).getByRole('button', { name: 'Own demand elasticity' }));
    const elasticity = within(card).getByLabelText('Team elasticity of demand');
    expect(elasticity).toHaveAttribute('name', 'teams[0].demand.elasticity');
    expect(elasticity).toHaveValue('0.5'); // the shared value
    expect(elasticity).toHaveFocus();
    await enter(user, elasticity, '1.2');
    expect(scenario().teams[0].demand).toEqual({ elasticity: 1.2 });
    expect(scenario().demand.elasticity).toBe(0.5);

    await user.click(within(card).getByRole('button', { name: 'Own salary growth' }));
    const raises = within(card).getByLabelText('Team raises');
    expect(raises).toHaveAttribute('name', 'teams[0].salaryGrowth');
    await enter(user, raises, '5');
    expect(scenario().teams[0].salaryGrowth).toBe(0.05);

    await user.click(within(card).getByRole('button', { name: 'Own headcount policy' }));
    await user.selectOptions(within(card).getByLabelText('Team staffing policy'), 'matchDemand');
    await user.click(within(card).getByRole('button', { name: 'Own layoff rule' }));
    await user.click(within(card).getByLabelText('Team may lay off'));
    await user.click(within(card).getByRole('button', { name: 'Own hire limit' }));
    const cap = within(card).getByLabelText('Team cap on hires');
    expect(cap).toHaveAttribute('name', 'teams[0].policy.hireLimit');
    await enter(user, cap, '20');
    expect(scenario().teams[0].policy).toEqual({ headcount: 'matchDemand', layoffs: true, hireLimit: 0.2 });
    expect(relinked()!.teams[0].policy).toEqual({ headcount: 'matchDemand', layoffs: true, hireLimit: 0.2 });

    // A refused entry at the team's own field.
    await enter(user, within(card).getByLabelText('Team elasticity of demand'), '4');
    expect(within(card).getByRole('alert')).toHaveTextContent('Team elasticity of demand must be at most 3, got 4; still using 1.2');
    await user.keyboard('{Escape}');

    await user.click(within(card).getByRole('button', { name: 'Use shared value instead of team elasticity of demand' }));
    expect(scenario().teams[0].demand).toBeUndefined(); // the empty block goes too
    expect(within(card).getByRole('button', { name: 'Own demand elasticity' })).toHaveFocus();
  });
});

describe('in German', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await act(() => setLang('en'));
  });

  it('the version 2 labels are translated, the names stay the MODEL.md paths, and 0,8 reads as 0.8', async () => {
    const user = userEvent.setup({ delay: null });
    await act(() => setLang('de'));
    render(<Editor />);
    const labels: [string, string][] = [
      ['Bereits genutztes Token-Budget', 'tokens.budgetInUse'],
      ['Streuung der Token-Nutzung', 'tokens.usageSpread'],
      ['Steuer auf das Token-Budget', 'tokens.benefitTaxRate'],
      ['Nacharbeitsanteil', 'productivity.reworkShare'],
      ['Lernen der Planung', 'productivity.planLearning'],
      ['Nachfrageelastizität', 'demand.elasticity'],
      ['Einstellungsgrenze', 'policy.hireLimit'],
      ['Abfindung (Monatsgehälter)', 'policy.severanceMonths'],
      ['Einstellungskosten', 'policy.hiringCostRate'],
      ['Sonstige Kosten je Kopf', 'teams[0].otherCostPerHead'],
      ['Befördert in', 'teams[0].promotion.to'],
    ];
    for (const [label, name] of labels) expect(screen.getByLabelText(label), label).toHaveAttribute('name', name);
    await enter(user, screen.getByLabelText('Nachfrageelastizität'), '0,8');
    expect(scenario().demand.elasticity).toBe(0.8);
    expect(screen.getByLabelText('Nachfrageelastizität')).toHaveValue('0,8');
  });
});
