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
import { useT } from '../../../i18n/react';
import { CUR } from '../useField';
import type { Translate } from '../../../i18n';

const modes = (t: Translate) => [
  { value: 'perEngineer', text: t('budgetMode.perEngineer') },
  { value: 'shareOfSalary', text: t('budgetMode.shareOfSalary') },
];

const chooseMode = (mode: string) =>
  useStore.getState().update((s) => switchBudgetMode(s, mode as TokensBlock['budgetMode']), 'tokens.budgetMode');

/** The budget, labelled and scaled by the mode: money a year, or percent of salary. */
const BudgetField = memo(function BudgetField() {
  const mode = useStore((s) => s.scenario.tokens.budgetMode);
  const presetMode = usePresetMode();
  const share = mode === 'shareOfSalary';
  // The preset's budget is in the preset's mode: resetting across modes would mislead.
  const resettable = presetMode === undefined || presetMode === mode;
  const t = useT();
  return share ? (
    <NumberField
      key="share"
      path="tokens.budget"
      label={t('field.budgetShare')}
      unit={t('unit.percentOfSalary')}
      percent
      resettable={resettable}
      slider={SLIDERS.budgetShare}
      hint={t('hint.budgetShare')}
    />
  ) : (
    <NumberField
      key="money"
      path="tokens.budget"
      label={t('field.budget')}
      unit={t('unit.curPerYear', { cur: CUR })}
      resettable={resettable}
      slider={SLIDERS.budgetMoney}
      hint={t('hint.budget')}
    />
  );
});

export const TokensSection = memo(function TokensSection() {
  const t = useT();
  return (
    <Section title={t('section.tokens')}>
      <SelectField path="tokens.budgetMode" label={t('field.budgetMode')} options={modes(t)} onChoose={chooseMode} hint={t('hint.budgetMode')} />
      <BudgetField />
      <NumberField path="tokens.budgetGrowth" label={t('field.budgetGrowth')} unit={t('unit.percentPerYear')} percent hint={t('hint.budgetGrowth')} />
      <NumberField
        path="tokens.pricePerMillion"
        label={t('field.pricePerMillion')}
        unit={t('unit.curPerMtok', { cur: CUR })}
        slider={SLIDERS.price}
        hint={t('hint.pricePerMillion')}
      />
      <NumberField
        path="tokens.priceDecline"
        label={t('field.priceDecline')}
        unit={t('unit.percentPerYear')}
        percent
        slider={SLIDERS.decline}
        hint={t('hint.priceDecline')}
      />
      <ToggleField path="tokens.countAsPay" label={t('field.countAsPay')} hint={t('hint.countAsPay')} />
    </Section>
  );
});
