// What the organisation needs, and how headcount responds.
import { memo } from 'react';
import type { Translate } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { ToggleField } from '../controls/ToggleField';
import { SLIDERS } from '../sliders';
import { Section } from './Section';

export const policies = (t: Translate) => [
  { value: 'hold', text: t('policy.hold') },
  { value: 'matchDemand', text: t('policy.matchDemand') },
  { value: 'holdBudget', text: t('policy.holdBudget') },
];

export const DemandSection = memo(function DemandSection() {
  const t = useT();
  return (
    <Section title={t('section.demand')}>
      <NumberField
        path="demand.growth"
        label={t('field.demandGrowth')}
        unit={t('unit.percentPerYear')}
        percent
        slider={SLIDERS.demandGrowth}
        hint={t('hint.demandGrowth')}
      />
      <NumberField path="demand.elasticity" label={t('field.elasticity')} unit={t('unit.elasticity')} hint={t('hint.elasticity')} />
      <SelectField path="policy.headcount" label={t('field.headcount')} options={policies(t)} />
      <NumberField path="policy.attrition" label={t('field.attrition')} unit={t('unit.percentPerYear')} percent hint={t('hint.attrition')} />
      <ToggleField path="policy.layoffs" label={t('field.layoffs')} hint={t('hint.layoffs')} />
      <NumberField
        path="policy.hireLimit"
        label={t('field.hireLimit')}
        unit={t('unit.percentOfTeamPerYear')}
        percent
        nullable
        placeholder={t('placeholder.hireLimit')}
        hint={t('hint.hireLimit')}
      />
      <NumberField path="policy.severanceMonths" label={t('field.severanceMonths')} unit={t('unit.monthsPerLayoff')} hint={t('hint.severanceMonths')} />
      <NumberField
        path="policy.hiringCostRate"
        label={t('field.hiringCostRate')}
        unit={t('unit.percentOfSalaryPerHire')}
        percent
        hint={t('hint.hiringCostRate')}
      />
    </Section>
  );
});
