// A team's own value for a shared setting (overrideKinds.ts): added with the
// shared value as a start, removed to follow the shared one again.
import { memo, useId } from 'react';
import { useStore } from '../../../state/store';
import type { Scenario } from '../../../scenario/schema';
import { getIn, parseFieldPath, setIn } from '../../../state/fieldPath';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { ToggleField } from '../controls/ToggleField';
import { SLIDERS } from '../sliders';
import { useFocusAfterRender } from '../listKeys';
import { CUR } from '../useField';
import { OVERRIDE_KINDS, type OverrideKind } from '../overrideKinds';
import { policies } from './DemandSection';
import { useT } from '../../../i18n/react';
import { inSentence } from '../../../i18n';

function removeOverride(scenario: Scenario, index: number, kind: OverrideKind): Scenario {
  const keys = parseFieldPath(kind.path);
  const teams = scenario.teams.map((team, i) => {
    if (i !== index) return team;
    const copy = setIn(team, keys, undefined) as Record<string, unknown>;
    // An empty block says nothing: drop it, so links stay short.
    const block = keys.length > 1 ? (copy[keys[0]] as Record<string, unknown> | undefined) : undefined;
    if (block && Object.keys(block).length === 0) delete copy[keys[0]];
    return copy as typeof team;
  });
  return { ...scenario, teams };
}

const hasOverride = (scenario: Scenario, index: number, kind: OverrideKind) => {
  const team = scenario.teams[index];
  return team !== undefined && getIn(team, parseFieldPath(kind.path)) !== undefined;
};

interface ControlProps {
  index: number;
  kind: OverrideKind;
  path: string;
  presetPath: string | null;
  label: string;
}

/** The override's own field: a number, the budget (its unit by the mode), the headcount policy or a yes/no. */
function OverrideControl({ index, kind, path, presetPath, label }: ControlProps) {
  const t = useT();
  const share = useStore((s) => kind.control.kind === 'budget' && (s.scenario.teams[index]?.tokens?.budgetMode ?? s.scenario.tokens.budgetMode) === 'shareOfSalary');
  const common = { path, presetPath, label };
  const control = kind.control;
  switch (control.kind) {
    case 'budget':
      return share
        ? <NumberField {...common} unit={t('unit.percentOfSalary')} percent slider={SLIDERS.budgetShare} />
        : <NumberField {...common} unit={t('unit.curPerYearPerEngineer', { cur: CUR })} slider={SLIDERS.budgetMoney} />;
    case 'policy':
      return <SelectField {...common} options={policies(t)} />;
    case 'toggle':
      return <ToggleField {...common} />;
    case 'number':
      return (
        <NumberField
          {...common}
          unit={control.unit?.(t)}
          percent={control.percent}
          nullable={control.nullable}
          placeholder={control.placeholder?.(t)}
          slider={control.slider && SLIDERS[control.slider]}
        />
      );
  }
}

const Override = memo(function Override({ index, origin, kind }: { index: number; origin: number | null; kind: OverrideKind }) {
  const path = `teams[${index}].${kind.path}`;
  const presetPath = origin === null ? null : `teams[${origin}].${kind.path}`;
  const present = useStore((s) => hasOverride(s.scenario, index, kind));
  // Adding or removing swaps the button for the field and back: focus follows.
  const id = useId();
  const focus = useFocusAfterRender();
  const t = useT();
  const label = t(kind.label);

  if (!present) {
    const add = () => {
      const s = useStore.getState();
      s.setField(path, getIn(s.scenario, parseFieldPath(kind.path)));
      focus(id, true);
    };
    return (
      <button type="button" id={id} className="button-secondary override-add" onClick={add}>
        <span aria-hidden="true">+ </span>{t(kind.add)}
      </button>
    );
  }

  return (
    <div className="override" id={id}>
      <OverrideControl index={index} kind={kind} path={path} presetPath={presetPath} label={label} />
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
  const any = useStore((s) => OVERRIDE_KINDS.some((kind) => hasOverride(s.scenario, index, kind)));
  const t = useT();
  return (
    <details className="overrides" open={any}>
      <summary>{t('overrides.summary')}</summary>
      <p className="overrides-note">{t('overrides.note')}</p>
      <div className="overrides-body">
        {OVERRIDE_KINDS.map((kind) => (
          <Override key={kind.path} index={index} origin={origin} kind={kind} />
        ))}
      </div>
    </details>
  );
});
