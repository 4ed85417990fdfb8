// Pay growth and the roles around the engineers: managers and specialists.
import { memo } from 'react';
import { NumberField } from '../controls/NumberField';
import { Section } from './Section';

export const PaySection = memo(function PaySection() {
  return (
    <Section title="Pay" open={false}>
      <NumberField path="salaryGrowth" label="Salary growth" unit="%/yr" percent hint="Yearly raise, compounding." />
      <h3 className="subhead">Managers</h3>
      <NumberField path="managers.spanOfControl" label="Span of control" unit="engineers per manager" />
      <NumberField path="managers.spanGrowth" label="Span growth" unit="%/yr" percent hint="Wider spans mean fewer managers." />
      <NumberField path="managers.salaryRatio" label="Manager salary ratio" unit="× engineer salary" />
      <h3 className="subhead">Specialists</h3>
      <NumberField
        path="specialists.perMillionSpend"
        label="Specialists per million of spend"
        unit="FTE per 1M {cur} of tokens"
        hint="AI operations, governance and security roles."
      />
      <NumberField path="specialists.salaryRatio" label="Specialist salary ratio" unit="× engineer salary" />
    </Section>
  );
});
