// The scenario as a whole: its preset, title, currency and horizon.
import { memo } from 'react';
import { NumberField } from '../controls/NumberField';
import { TextField } from '../controls/TextField';
import { PresetPicker } from '../PresetPicker';
import { CurrencyField } from '../currency/CurrencyField';
import { Section } from './Section';

export const ScenarioSection = memo(function ScenarioSection() {
  return (
    <Section title="Scenario">
      <PresetPicker />
      <TextField path="title" label="Title" maxLength={200} />
      <CurrencyField />
      <NumberField path="startYear" label="Start year" hint="The first simulated year." />
      <NumberField path="years" label="Years" unit="years" hint="How many years to simulate." />
    </Section>
  );
});
