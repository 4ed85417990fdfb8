// How tokens turn into output: the curve, its ceiling and the adoption ramp.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { TextField } from '../controls/TextField';
import { SLIDERS } from '../sliders';
import { Section } from './Section';
import { useT } from '../../../i18n/react';
import type { Translate } from '../../../i18n';
// names.ts, not the engine: the hint must not load mathjs.
import { FORMULA_FUNCTIONS, FORMULA_VARIABLES } from '../../../formula/names';

const curves = (t: Translate) => [
  { value: 'saturating', text: t('curve.saturating') },
  { value: 'custom', text: t('curve.custom') },
];

/** The saturating curve of MODEL.md §2 as a formula: a custom curve starts where the built-in one is. */
export const STARTER_FORMULA = '1 + (maxMultiplier - 1) * (1 - 2^(-T / half))';

// "custom" with an empty formula is refused (parse.ts); start from the built-in curve instead.
const chooseCurve = (curve: string) =>
  useStore.getState().update(
    (s) => ({
      ...s,
      productivity: {
        ...s.productivity,
        curve: curve as 'saturating' | 'custom',
        expression: curve === 'custom' && !s.productivity.expression.trim() ? STARTER_FORMULA : s.productivity.expression,
      },
    }),
    'productivity.curve',
  );

// The names in the formula are the formula's own (MODEL.md §6), never translated.
const formulaHint = (t: Translate) =>
  t('hint.expression', { variables: FORMULA_VARIABLES.join(', '), functions: Object.keys(FORMULA_FUNCTIONS).join(', ') });

const Formula = memo(function Formula() {
  const custom = useStore((s) => s.scenario.productivity.curve === 'custom');
  const t = useT();
  if (!custom) return null;
  return (
    <TextField
      path="productivity.expression"
      label={t('field.expression')}
      className="field-formula"
      spellCheck={false}
      multiline
      maxLength={500}
      hint={formulaHint(t)}
    />
  );
});

export const ProductivitySection = memo(function ProductivitySection() {
  const t = useT();
  return (
    <Section title={t('section.productivity')}>
      <SelectField path="productivity.curve" label={t('field.curve')} options={curves(t)} onChoose={chooseCurve} />
      <Formula />
      <NumberField
        path="productivity.maxMultiplier"
        label={t('field.maxMultiplier')}
        unit="×"
        slider={SLIDERS.multiplier}
        hint={t('hint.maxMultiplier')}
      />
      <NumberField
        path="productivity.halfGainTokens"
        label={t('field.halfGainTokens')}
        unit={t('unit.mtokPerEngineerYear')}
        hint={t('hint.halfGainTokens')}
      />
      <NumberField
        path="productivity.halfGainGrowth"
        label={t('field.halfGainGrowth')}
        unit={t('unit.percentPerYear')}
        percent
        hint={t('hint.halfGainGrowth')}
      />
      <NumberField path="productivity.adoptionYears" label={t('field.adoptionYears')} unit={t('unit.years')} hint={t('hint.adoptionYears')} />
      <NumberField
        path="productivity.reworkShare"
        label={t('field.reworkShare')}
        unit={t('unit.percentOfGain')}
        percent
        hint={t('hint.reworkShare')}
      />
      <NumberField
        path="productivity.assumedMaxMultiplier"
        label={t('field.assumedMaxMultiplier')}
        unit="×"
        nullable
        placeholder={t('placeholder.assumedMaxMultiplier')}
        hint={t('hint.assumedMaxMultiplier')}
      />
      <NumberField
        path="productivity.planLearning"
        label={t('field.planLearning')}
        unit={t('unit.percentPerYear')}
        percent
        hint={t('hint.planLearning')}
      />
    </Section>
  );
});
