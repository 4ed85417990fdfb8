// One team: its own fieldset, so "Engineers" of each team is reachable within it.
import { memo } from 'react';
import { useStore } from '../../../state/store';
import { NumberField } from '../controls/NumberField';
import { TextField } from '../controls/TextField';
import { SLIDERS } from '../sliders';
import { TeamOverrides } from './TeamOverrides';

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
export const teamLabel = (name: string | undefined, index: number) => name?.trim() || `Team ${index + 1}`;

export const TeamCard = memo(function TeamCard({ index, origin, id, canRemove, canAdd, onDuplicate, onRemove }: Props) {
  const name = useStore((s) => teamLabel(s.scenario.teams[index]?.name, index));
  const at = (field: string) => `teams[${index}].${field}`;
  // Each field takes its path and where the preset keeps the value (none for an added team).
  const f = (field: string) => ({ path: at(field), presetPath: origin === null ? null : `teams[${origin}].${field}` });
  return (
    <fieldset className="card team-card" id={id}>
      <legend>{name}</legend>
      <TextField {...f('name')} label="Team name" maxLength={80} />
      <NumberField {...f('engineers')} label="Engineers" unit="FTE" slider={SLIDERS.engineers} hint="Full-time equivalents at the start." />
      <NumberField {...f('salary')} label="Base salary" unit="{cur}/yr" slider={SLIDERS.salary} hint="Per engineer, before bonus and equity." />
      <NumberField {...f('bonusRate')} label="Bonus rate" unit="% of salary" percent />
      <NumberField {...f('equityPerYear')} label="Equity per year" unit="{cur}/yr per person" />
      <NumberField {...f('onCostRate')} label="On-cost rate" unit="% of cash pay" percent hint="Employer social contributions and benefits." />
      <NumberField {...f('baseOutput')} label="Base output" unit="units per engineer-yr" hint="Output without AI; 1 = one pre-AI engineer-year." />
      <TeamOverrides index={index} origin={origin} />
      <div className="card-actions">
        <button type="button" className="button-secondary" onClick={() => onDuplicate(index)} disabled={!canAdd}>
          Duplicate <span className="visually-hidden">{name}</span>
        </button>
        <button type="button" className="button-secondary button-danger" onClick={() => onRemove(index)} disabled={!canRemove}>
          Remove <span className="visually-hidden">{name}</span>
        </button>
      </div>
    </fieldset>
  );
});
