// The token budget and what tokens cost.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import type { TokensBlock } from '../../../scenario/schema';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { ToggleField } from '../controls/ToggleField';
import { switchBudgetMode } from '../budgetMode';
import { SLIDERS } from '../sliders';
import { Section } from './Section';
import { useT } from '../../../i18n/react';
import { CUR } from '../useField';
import { BudgetField, BudgetInUseField } from './BudgetFields';
import type { Translate } from '../../../i18n';
import { formatPercent } from '../../format';

const modes = (t: Translate) => [
  { value: 'perEngineer', text: t('budgetMode.perEngineer') },
  { value: 'shareOfSalary', text: t('budgetMode.shareOfSalary') },
];

const chooseMode = (mode: string) =>
  useStore.getState().update((s) => switchBudgetMode(s, mode as TokensBlock['budgetMode']), 'tokens.budgetMode');

/**
 * The box changes two things (MODEL.md §4): advertised pay gains the allowance
 * (cash pay stays, so it falls below advertised pay), and on-costs, and the
 * employee's tax on the allowance when set, fall on the tokens. The hint says
 * what the box does in its current state (issue 9, 10a).
 */
const CountAsPayField = memo(function CountAsPayField() {
  const t = useT();
  const counted = useStore((s) => s.scenario.tokens.countAsPay);
  const taxRate = useStore((s) => s.scenario.tokens.benefitTaxRate);
  const hint = !counted
    ? t('hint.countAsPay.off')
    : taxRate > 0
      ? t('hint.countAsPay.onTaxed', { rate: formatPercent(taxRate, 1) })
      : t('hint.countAsPay.on');
  return <ToggleField path="tokens.countAsPay" label={t('field.countAsPay')} hint={hint} />;
});

export const TokensSection = memo(function TokensSection() {
  const t = useT();
  return (
    <Section title={t('section.tokens')}>
      <SelectField path="tokens.budgetMode" label={t('field.budgetMode')} options={modes(t)} onChoose={chooseMode} hint={t('hint.budgetMode')} />
      <BudgetField />
      <BudgetInUseField />
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
      <NumberField path="tokens.usageSpread" label={t('field.usageSpread')} unit={t('unit.sigmaLog')} hint={t('hint.usageSpread')} />
      <CountAsPayField />
      <NumberField
        path="tokens.benefitTaxRate"
        label={t('field.benefitTaxRate')}
        unit={t('unit.percentOfAllowance')}
        percent
        hint={t('hint.benefitTaxRate')}
      />
    </Section>
  );
});
