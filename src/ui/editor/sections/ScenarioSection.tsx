// The scenario as a whole: its preset, title, currency and horizon.
import { memo } from 'react';
import { NumberField } from '../controls/NumberField';
import { TextField } from '../controls/TextField';
import { PresetPicker } from '../PresetPicker';
import { Section } from './Section';

const upper = (text: string) => text.toUpperCase().trim();

export const ScenarioSection = memo(function ScenarioSection() {
  return (
    <Section title="Scenario">
      <PresetPicker />
      <TextField path="title" label="Title" maxLength={200} />
      <TextField
        path="currency"
        label="Currency"
        maxLength={3}
        transform={upper}
        hint="ISO 4217 code, for example USD, EUR, GBP. Display only: amounts are not converted."
      />
      <NumberField path="startYear" label="Start year" hint="The first simulated year." />
      <NumberField path="years" label="Years" unit="years" hint="How many years to simulate." />
    </Section>
  );
});
