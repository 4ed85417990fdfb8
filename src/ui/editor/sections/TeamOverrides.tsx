// A team's own value for a shared setting (token budget, token price, maximum
// multiplier): added with the shared value as a start, removed to follow the shared one again.
import { memo, useId } from 'react';
import { useStore } from '../../../state/store';
import type { Scenario } from '../../../scenario/schema';
import { NumberField, type NumberFieldProps } from '../controls/NumberField';
import { SLIDERS } from '../sliders';
import { useFocusAfterRender } from '../listKeys';
import { CUR } from '../useField';
import { useT } from '../../../i18n/react';
import { inSentence, type MessageId } from '../../../i18n';

type Block = 'tokens' | 'productivity';
interface Kind {
  block: Block;
  key: 'budget' | 'pricePerMillion' | 'maxMultiplier';
  label: MessageId;
  /** The button that adds the override. */
  add: MessageId;
}

const KINDS: readonly Kind[] = [
  { block: 'tokens', key: 'budget', label: 'override.budget.label', add: 'override.budget.add' },
  { block: 'tokens', key: 'pricePerMillion', label: 'override.price.label', add: 'override.price.add' },
  { block: 'productivity', key: 'maxMultiplier', label: 'override.maxMultiplier.label', add: 'override.maxMultiplier.add' },
];

function removeOverride(scenario: Scenario, index: number, { block, key }: Kind): Scenario {
  const teams = scenario.teams.map((team, i) => {
    if (i !== index || !team[block]) return team;
    const rest: Record<string, unknown> = { ...team[block] };
    delete rest[key];
    // An empty block says nothing: drop it, so links stay short.
    const copy = { ...team, [block]: rest };
    if (Object.keys(rest).length === 0) delete copy[block];
    return copy;
  });
  return { ...scenario, teams };
}

const Override = memo(function Override({ index, origin, kind }: { index: number; origin: number | null; kind: Kind }) {
  const path = `teams[${index}].${kind.block}.${kind.key}`;
  const presetPath = origin === null ? null : `teams[${origin}].${kind.block}.${kind.key}`;
  const present = useStore((s) => {
    const block = s.scenario.teams[index]?.[kind.block] as Record<string, unknown> | undefined;
    return block?.[kind.key] !== undefined;
  });
  const share = useStore((s) => kind.key === 'budget' && (s.scenario.teams[index]?.tokens?.budgetMode ?? s.scenario.tokens.budgetMode) === 'shareOfSalary');
  // Adding or removing swaps the button for the field and back: focus follows.
  const id = useId();
  const focus = useFocusAfterRender();
  const t = useT();
  const label = t(kind.label);

  if (!present) {
    const add = () => {
      const s = useStore.getState();
      s.setField(path, (s.scenario[kind.block] as unknown as Record<string, number>)[kind.key]);
      focus(id, true);
    };
    return (
      <button type="button" id={id} className="button-secondary override-add" onClick={add}>
        <span aria-hidden="true">+ </span>{t(kind.add)}
      </button>
    );
  }

  const props: NumberFieldProps =
    kind.key === 'budget'
      ? share
        ? { path, presetPath, label, unit: t('unit.percentOfSalary'), percent: true, slider: SLIDERS.budgetShare }
        : { path, presetPath, label, unit: t('unit.curPerYearPerEngineer', { cur: CUR }), slider: SLIDERS.budgetMoney }
      : kind.key === 'pricePerMillion'
        ? { path, presetPath, label, unit: t('unit.curPerMtok', { cur: CUR }), slider: SLIDERS.price }
        : { path, presetPath, label, unit: '×', slider: SLIDERS.multiplier };
  return (
    <div className="override" id={id}>
      <NumberField {...props} />
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          useStore.getState().update((s) => removeOverride(s, index, kind), path);
          focus(id);
        }}
      >
        {t('override.useShared')} <span className="visually-hidden">{t('override.useShared.what', { label: inSentence(label) })}</span>
      </button>
    </div>
  );
});

export const TeamOverrides = memo(function TeamOverrides({ index, origin }: { index: number; origin: number | null }) {
  // Closed unless the team has an override: most teams follow the shared settings.
  const any = useStore((s) => {
    const team = s.scenario.teams[index];
    return KINDS.some((k) => (team?.[k.block] as Record<string, unknown> | undefined)?.[k.key] !== undefined);
  });
  const t = useT();
  return (
    <details className="overrides" open={any}>
      <summary>{t('overrides.summary')}</summary>
      <p className="overrides-note">{t('overrides.note')}</p>
      <div className="overrides-body">
        {KINDS.map((kind) => (
          <Override key={kind.key} index={index} origin={origin} kind={kind} />
        ))}
      </div>
    </details>
  );
});
