// The budget and the budget already in use, labelled and scaled by the mode:
// money a year, or percent of salary. Both take the mode's unit (MODEL.md §1),
// and switching the mode converts both (budgetMode.ts).
import { memo } from 'react';
import { useStore } from '../../../state/store';
import { NumberField } from '../controls/NumberField';
import { usePresetMode, CUR } from '../useField';
import { SLIDERS } from '../sliders';
import { useT } from '../../../i18n/react';

/** Whether the shared budget is a share of salary, and whether the preset's values are in the same mode. */
function useMode() {
  const mode = useStore((s) => s.scenario.tokens.budgetMode);
  const presetMode = usePresetMode();
  // The preset's budget is in the preset's mode: resetting across modes would mislead.
  return { share: mode === 'shareOfSalary', resettable: presetMode === undefined || presetMode === mode };
}

export const BudgetField = memo(function BudgetField() {
  const { share, resettable } = useMode();
  const t = useT();
  return share ? (
    <NumberField
      key="share"
      path="tokens.budget"
      label={t('field.budgetShare')}
      unit={t('unit.percentOfSalary')}
      percent
      resettable={resettable}
      slider={SLIDERS.budgetShare}
      hint={t('hint.budgetShare')}
    />
  ) : (
    <NumberField
      key="money"
      path="tokens.budget"
      label={t('field.budget')}
      unit={t('unit.curPerYear', { cur: CUR })}
      resettable={resettable}
      slider={SLIDERS.budgetMoney}
      hint={t('hint.budget')}
    />
  );
});

/** (v2) The spend adopted before the start year: one label in both modes, its unit by the mode. */
export const BudgetInUseField = memo(function BudgetInUseField() {
  const { share, resettable } = useMode();
  const t = useT();
  return share ? (
    <NumberField
      key="share"
      path="tokens.budgetInUse"
      label={t('field.budgetInUse')}
      unit={t('unit.percentOfSalary')}
      percent
      resettable={resettable}
      hint={t('hint.budgetInUse')}
    />
  ) : (
    <NumberField
      key="money"
      path="tokens.budgetInUse"
      label={t('field.budgetInUse')}
      unit={t('unit.curPerYearPerEngineer', { cur: CUR })}
      resettable={resettable}
      hint={t('hint.budgetInUse')}
    />
  );
});
