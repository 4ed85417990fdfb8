// The token budget and what tokens cost.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import type { TokensBlock } from '../../../scenario/schema';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { ToggleField } from '../controls/ToggleField';
import { switchBudgetMode } from '../budgetMode';
import { usePresetMode } from '../useField';
import { SLIDERS } from '../sliders';
import { Section } from './Section';

const MODES = [
  { value: 'perEngineer', text: 'A fixed amount per engineer' },
  { value: 'shareOfSalary', text: 'A share of each engineer’s salary' },
] as const;

export const BUDGET_LABEL = 'Token budget per engineer';
export const SHARE_BUDGET_LABEL = 'Token budget per engineer (share of salary)';

const chooseMode = (mode: string) =>
  useStore.getState().update((s) => switchBudgetMode(s, mode as TokensBlock['budgetMode']), 'tokens.budgetMode');

/** The budget, labelled and scaled by the mode: money a year, or percent of salary. */
const BudgetField = memo(function BudgetField() {
  const mode = useStore((s) => s.scenario.tokens.budgetMode);
  const presetMode = usePresetMode();
  const share = mode === 'shareOfSalary';
  // The preset's budget is in the preset's mode: resetting across modes would mislead.
  const resettable = presetMode === undefined || presetMode === mode;
  return share ? (
    <NumberField
      key="share"
      path="tokens.budget"
      label={SHARE_BUDGET_LABEL}
      unit="% of salary"
      percent
      resettable={resettable}
      slider={SLIDERS.budgetShare}
      hint="Follows each engineer’s salary, raises and cuts included."
    />
  ) : (
    <NumberField
      key="money"
      path="tokens.budget"
      label={BUDGET_LABEL}
      unit="{cur}/yr"
      resettable={resettable}
      slider={SLIDERS.budgetMoney}
      hint="AI spend per engineer-year."
    />
  );
});

export const TokensSection = memo(function TokensSection() {
  return (
    <Section title="Tokens and prices">
      <SelectField
        path="tokens.budgetMode"
        label="Budget mode"
        options={MODES}
        onChoose={chooseMode}
        hint="Switching converts the budget at the average salary."
      />
      <BudgetField />
      <NumberField path="tokens.budgetGrowth" label="Budget growth" unit="%/yr" percent hint="Fixed-amount budgets only." />
      <NumberField
        path="tokens.pricePerMillion"
        label="Token price per million tokens"
        unit="{cur}/Mtok"
        slider={SLIDERS.price}
        hint="Blended price, caching included."
      />
      <NumberField
        path="tokens.priceDecline"
        label="Annual token price decline"
        unit="%/yr"
        percent
        slider={SLIDERS.decline}
        hint="Negative values are price rises."
      />
      <ToggleField path="tokens.countAsPay" label="Count tokens as pay" hint="Tokens add to advertised pay and bear on-costs." />
    </Section>
  );
});
