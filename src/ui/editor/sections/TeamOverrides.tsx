// A team's own value for a shared setting (token budget, token price, maximum
// multiplier): added with the shared value as a start, removed to follow the shared one again.
import { memo, useId } from 'react';
import { useStore } from '../../../state/store';
import type { Scenario } from '../../../scenario/schema';
import { NumberField, type NumberFieldProps } from '../controls/NumberField';
import { SLIDERS } from '../sliders';
import { useFocusAfterRender } from '../listKeys';

type Block = 'tokens' | 'productivity';
interface Kind {
  block: Block;
  key: 'budget' | 'pricePerMillion' | 'maxMultiplier';
  label: string;
  /** The button that adds the override. */
  add: string;
}

const KINDS: readonly Kind[] = [
  { block: 'tokens', key: 'budget', label: 'Team token budget', add: 'Own token budget' },
  { block: 'tokens', key: 'pricePerMillion', label: 'Team token price', add: 'Own token price' },
  { block: 'productivity', key: 'maxMultiplier', label: 'Team maximum multiplier', add: 'Own maximum multiplier' },
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

  if (!present) {
    const add = () => {
      const s = useStore.getState();
      s.setField(path, (s.scenario[kind.block] as unknown as Record<string, number>)[kind.key]);
      focus(id, true);
    };
    return (
      <button type="button" id={id} className="button-secondary override-add" onClick={add}>
        <span aria-hidden="true">+ </span>{kind.add}
      </button>
    );
  }

  const props: NumberFieldProps =
    kind.key === 'budget'
      ? share
        ? { path, presetPath, label: kind.label, unit: '% of salary', percent: true, slider: SLIDERS.budgetShare }
        : { path, presetPath, label: kind.label, unit: '{cur}/yr per engineer', slider: SLIDERS.budgetMoney }
      : kind.key === 'pricePerMillion'
        ? { path, presetPath, label: kind.label, unit: '{cur}/Mtok', slider: SLIDERS.price }
        : { path, presetPath, label: kind.label, unit: '×', slider: SLIDERS.multiplier };
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
        Use shared value <span className="visually-hidden">instead of {kind.label.toLowerCase()}</span>
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
  return (
    <details className="overrides" open={any}>
      <summary>Team’s own settings</summary>
      <p className="overrides-note">These replace the shared settings for this team only.</p>
      <div className="overrides-body">
        {KINDS.map((kind) => (
          <Override key={kind.key} index={index} origin={origin} kind={kind} />
        ))}
      </div>
    </details>
  );
});
