// One team: its own fieldset, so "Engineers" of each team is reachable within it.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import { NumberField } from '../controls/NumberField';
import { TextField } from '../controls/TextField';
import { SLIDERS } from '../sliders';
import { TeamOverrides } from './TeamOverrides';
import { PromotionFields } from './PromotionFields';
import { renameTeam } from '../promotion';
import { t as translate } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { CUR } from '../useField';

interface Props {
  index: number;
  /** The preset team this card's team came from (for Reset), or null for an added team. */
  origin: number | null;
  /** The fieldset's id: focus moves into a new card by it. */
  id: string;
  canRemove: boolean;
  canAdd: boolean;
  onDuplicate(index: number): void;
  onRemove(index: number): void;
}

/** The name a team is shown and announced by ("Team 2" while its name is empty). */
export const teamLabel = (name: string | undefined, index: number) => name?.trim() || translate('team.unnamed', { n: index + 1 });

// Promotions into a team name it: they follow its new name (promotion.ts).
const rename = (index: number, name: string) => useStore.getState().update((s) => renameTeam(s, index, name), `teams[${index}].name`).length === 0;

export const TeamCard = memo(function TeamCard({ index, origin, id, canRemove, canAdd, onDuplicate, onRemove }: Props) {
  const t = useT();
  const name = useStore((s) => teamLabel(s.scenario.teams[index]?.name, index));
  const at = (field: string) => `teams[${index}].${field}`;
  // Each field takes its path and where the preset keeps the value (none for an added team).
  const f = (field: string) => ({ path: at(field), presetPath: origin === null ? null : `teams[${origin}].${field}` });
  return (
    <fieldset className="card team-card" id={id}>
      <legend>{name}</legend>
      <TextField {...f('name')} label={t('field.teamName')} maxLength={80} onText={(text) => rename(index, text)} />
      <NumberField {...f('engineers')} label={t('field.engineers')} unit={t('unit.fte')} slider={SLIDERS.engineers} hint={t('hint.engineers')} />
      <NumberField {...f('salary')} label={t('field.salary')} unit={t('unit.curPerYear', { cur: CUR })} slider={SLIDERS.salary} hint={t('hint.salary')} />
      <NumberField {...f('bonusRate')} label={t('field.bonusRate')} unit={t('unit.percentOfSalary')} percent />
      <NumberField {...f('equityPerYear')} label={t('field.equityPerYear')} unit={t('unit.curPerYearPerPerson', { cur: CUR })} />
      <NumberField {...f('onCostRate')} label={t('field.onCostRate')} unit={t('unit.percentOfCashPay')} percent hint={t('hint.onCostRate')} />
      <NumberField
        {...f('otherCostPerHead')}
        label={t('field.otherCostPerHead')}
        unit={t('unit.curPerYearPerPerson', { cur: CUR })}
        hint={t('hint.otherCostPerHead')}
      />
      <NumberField {...f('baseOutput')} label={t('field.baseOutput')} unit={t('unit.unitsPerEngineerYear')} hint={t('hint.baseOutput')} />
      <PromotionFields index={index} origin={origin} />
      <TeamOverrides index={index} origin={origin} />
      <div className="card-actions">
        <button type="button" className="button-secondary" onClick={() => onDuplicate(index)} disabled={!canAdd}>
          {t('action.duplicate')} <span className="visually-hidden">{name}</span>
        </button>
        <button type="button" className="button-secondary button-danger" onClick={() => onRemove(index)} disabled={!canRemove}>
          {t('action.remove')} <span className="visually-hidden">{name}</span>
        </button>
      </div>
    </fieldset>
  );
});
