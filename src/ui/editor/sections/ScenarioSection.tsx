// The scenario as a whole: its preset, title, currency and horizon.
import { memo } from 'react';
import { useT } from '../../../i18n/react';
import { NumberField } from '../controls/NumberField';
import { displayTitle } from '../../../i18n/presetTexts';
import { TextField } from '../controls/TextField';
import { PresetPicker } from '../PresetPicker';
import { CurrencyField } from '../currency/CurrencyField';
import { Section } from './Section';

export const ScenarioSection = memo(function ScenarioSection() {
  const t = useT();
  return (
    <Section title={t('section.scenario')}>
      <PresetPicker />
      {/* A preset's title in the reader's language (the scenario keeps its English one until the reader types). */}
      <TextField path="title" label={t('field.title')} maxLength={200} display={displayTitle} />
      <CurrencyField />
      <NumberField path="startYear" label={t('field.startYear')} hint={t('hint.startYear')} />
      <NumberField path="years" label={t('field.years')} unit={t('unit.years')} hint={t('hint.years')} />
    </Section>
  );
});
