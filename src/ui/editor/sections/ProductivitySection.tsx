// How tokens turn into output: the curve, its ceiling and the adoption ramp.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { TextField } from '../controls/TextField';
import { SLIDERS } from '../sliders';
import { Section } from './Section';
// names.ts, not the engine: the hint must not load mathjs.
import { FORMULA_FUNCTIONS, FORMULA_VARIABLES } from '../../../formula/names';

const CURVES = [
  { value: 'saturating', text: 'Saturating: gains level off' },
  { value: 'custom', text: 'Custom formula' },
] as const;

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

const FORMULA_HINT =
  `The multiplier as a formula of ${FORMULA_VARIABLES.join(', ')} (T: Mtok per engineer-year, t: year index); ` +
  `functions ${Object.keys(FORMULA_FUNCTIONS).join(', ')}.`;

const Formula = memo(function Formula() {
  const custom = useStore((s) => s.scenario.productivity.curve === 'custom');
  if (!custom) return null;
  return (
    <TextField
      path="productivity.expression"
      label="Formula"
      className="field-formula"
      spellCheck={false}
      multiline
      maxLength={500}
      hint={FORMULA_HINT}
    />
  );
});

export const ProductivitySection = memo(function ProductivitySection() {
  return (
    <Section title="Productivity">
      <SelectField path="productivity.curve" label="Productivity curve" options={CURVES} onChoose={chooseCurve} />
      <Formula />
      <NumberField
        path="productivity.maxMultiplier"
        label="Maximum productivity multiplier"
        unit="×"
        slider={SLIDERS.multiplier}
        hint="Ceiling of output per engineer against no AI; below 1 is a slowdown."
      />
      <NumberField
        path="productivity.halfGainTokens"
        label="Half-gain tokens"
        unit="Mtok per engineer-yr"
        hint="Tokens a year that give half the gain."
      />
      <NumberField
        path="productivity.halfGainGrowth"
        label="Half-gain growth"
        unit="%/yr"
        percent
        hint="Agents use more tokens per task as prices fall."
      />
      <NumberField path="productivity.adoptionYears" label="Adoption ramp" unit="years" hint="Years until the gain is fully in." />
      <NumberField
        path="productivity.assumedMaxMultiplier"
        label="Planned multiplier"
        unit="×"
        nullable
        placeholder="same as realized"
        hint="The ceiling management plans with. Empty: the realized one."
      />
    </Section>
  );
});
