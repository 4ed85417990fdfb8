// A team's promotions (MODEL.md §3, v2): the team its people move up into, and
// the share promoted each year. The rate shows once a target is chosen: a
// promotion without a target means nothing, and the schema needs both.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { presetScenario } from '../useField';
import { setPromotionTarget } from '../promotion';
import { useT } from '../../../i18n/react';

const TARGET = /^teams\[\d+\]\.promotion\.to$/;

/** A refused cycle names every team in it: once a choice is accepted, none of those messages is true any more. */
function clearTargetErrors() {
  const { fieldErrors, fieldErrorDetails } = useStore.getState();
  const stale = Object.keys(fieldErrors).filter((path) => TARGET.test(path));
  if (stale.length === 0) return;
  const errors = { ...fieldErrors };
  const details = { ...fieldErrorDetails };
  for (const path of stale) {
    delete errors[path];
    delete details[path];
  }
  useStore.setState({ fieldErrors: errors, fieldErrorDetails: details });
}

interface Props {
  index: number;
  /** The preset team this team came from (for Reset), or null for an added team. */
  origin: number | null;
}

export const PromotionFields = memo(function PromotionFields({ index, origin }: Props) {
  const t = useT();
  // The other teams' names, as one string: a new array on every store change would re-render every card.
  const others = useStore((s) => JSON.stringify([...new Set(s.scenario.teams.filter((_, j) => j !== index).map((team) => team.name))]));
  const promoted = useStore((s) => !!s.scenario.teams[index]?.promotion);
  const path = `teams[${index}].promotion`;
  const presetPath = origin === null ? null : `teams[${origin}].promotion`;

  const choose = (to: string) => {
    // Reset brings back the preset's rate with its target; a new target starts at the example rate.
    const preset = origin === null ? undefined : presetScenario(useStore.getState().presetId)?.teams[origin]?.promotion?.rate;
    const errors = useStore.getState().update((s) => setPromotionTarget(s, index, to, preset ?? undefined), `${path}.to`);
    if (errors.length === 0) clearTargetErrors();
  };
  // A team without a name cannot be named as a target.
  const names = (JSON.parse(others) as string[]).filter((name) => name.trim() !== '');
  const options = [{ value: '', text: t('promotion.none') }, ...names.map((name) => ({ value: name, text: name }))];

  return (
    <>
      <SelectField
        path={`${path}.to`}
        presetPath={presetPath && `${presetPath}.to`}
        label={t('field.promotionTo')}
        options={options}
        onChoose={choose}
        hint={t('hint.promotionTo')}
      />
      {promoted && (
        <NumberField
          path={`${path}.rate`}
          presetPath={presetPath && `${presetPath}.rate`}
          label={t('field.promotionRate')}
          unit={t('unit.percentPerYear')}
          percent
          hint={t('hint.promotionRate')}
        />
      )}
    </>
  );
});
