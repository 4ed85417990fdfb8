// Pay growth and the roles around the engineers: managers and specialists.
import { memo } from 'react';
import { useT } from '../../../i18n/react';
import { NumberField } from '../controls/NumberField';
import { CUR } from '../useField';
import { Section } from './Section';

export const PaySection = memo(function PaySection() {
  const t = useT();
  return (
    <Section title={t('section.pay')} open={false}>
      <NumberField path="salaryGrowth" label={t('field.salaryGrowth')} unit={t('unit.percentPerYear')} percent hint={t('hint.salaryGrowth')} />
      <h3 className="subhead">{t('section.pay.managers')}</h3>
      <NumberField path="managers.spanOfControl" label={t('field.spanOfControl')} unit={t('unit.engineersPerManager')} hint={t('hint.spanOfControl')} />
      <NumberField path="managers.spanGrowth" label={t('field.spanGrowth')} unit={t('unit.percentPerYear')} percent hint={t('hint.spanGrowth')} />
      <NumberField path="managers.salaryRatio" label={t('field.managerSalaryRatio')} unit={t('unit.timesEngineerSalary')} />
      <h3 className="subhead">{t('section.pay.specialists')}</h3>
      <NumberField
        path="specialists.perMillionSpend"
        label={t('field.perMillionSpend')}
        unit={t('unit.ftePerMillionTokens', { cur: CUR })}
        hint={t('hint.perMillionSpend')}
      />
      <NumberField path="specialists.salaryRatio" label={t('field.specialistSalaryRatio')} unit={t('unit.timesEngineerSalary')} />
    </Section>
  );
});
