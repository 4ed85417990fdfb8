// What the organisation needs, and how headcount responds.
import { memo } from 'react';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { ToggleField } from '../controls/ToggleField';
import { SLIDERS } from '../sliders';
import { Section } from './Section';

export const POLICIES = [
  { value: 'hold', text: 'Hold headcount where it is' },
  { value: 'matchDemand', text: 'Staff to the plan (hire or shrink with demand)' },
  { value: 'holdBudget', text: 'Keep each team’s budget (headcount absorbs cost)' },
] as const;

export const DemandSection = memo(function DemandSection() {
  return (
    <Section title="Demand and policy">
      <NumberField
        path="demand.growth"
        label="Demand growth"
        unit="%/yr"
        percent
        slider={SLIDERS.demandGrowth}
        hint="Growth of the output the organisation needs."
      />
      <SelectField path="policy.headcount" label="Headcount policy" options={POLICIES} />
      <NumberField path="policy.attrition" label="Attrition" unit="%/yr" percent hint="Leavers a year; the floor for shrinking without layoffs." />
      <ToggleField path="policy.layoffs" label="Layoffs allowed" hint="Otherwise teams shrink only as people leave." />
    </Section>
  );
});
