// Teams: add, duplicate, remove; each team's fields in its own card.
import { memo, useCallback, useId } from 'react';
import { useStore } from '../../../state/store';
import type { Scenario, Team } from '../../../scenario/schema';
import { DEFAULTS } from '../../../scenario/defaults';
import { useFocusAfterRender, useListKeys } from '../listKeys';
import { presetScenario } from '../useField';
import { Section } from './Section';
import { TeamCard } from './TeamCard';
import { removeTeam } from '../promotion';
import { t as translate } from '../../../i18n';
import { useT } from '../../../i18n/react';

const MAX_TEAMS = 100; // schema.ts: teams at most 100
const MAX_NAME = 80; // schema.ts: team name at most 80 characters

/** "Team 3" (in the reader's language), or the next free number, so two new teams never share a name. */
function freshName(teams: readonly Team[]): string {
  const names = new Set(teams.map((team) => team.name));
  let n = teams.length + 1;
  while (names.has(translate('team.newName', { n }))) n++;
  return translate('team.newName', { n });
}

const copyName = (name: string) => {
  // The suffix alone tells how much of the name fits.
  const suffix = translate('team.copyName', { name: '' });
  return translate('team.copyName', { name: name.slice(0, MAX_NAME - suffix.length) });
};

function insertTeam(scenario: Scenario, index: number, team: Team): Scenario {
  const teams = [...scenario.teams.slice(0, index), team, ...scenario.teams.slice(index)];
  return { ...scenario, teams };
}

export const TeamsSection = memo(function TeamsSection() {
  const count = useStore((s) => s.scenario.teams.length);
  const atPreset = useStore((s) => presetScenario(s.presetId)?.teams === s.scenario.teams);
  const list = useListKeys(count, atPreset);
  const focus = useFocusAfterRender();
  const addId = useId();
  const { insert, remove: removeKey } = list;
  const t = useT();

  const add = () => {
    const key = insert(count);
    useStore.getState().update((s) => insertTeam(s, s.teams.length, { ...DEFAULTS.team, name: freshName(s.teams) }));
    focus(key, true);
  };
  const duplicate = useCallback((index: number) => {
    const key = insert(index + 1);
    useStore.getState().update((s) => insertTeam(s, index + 1, { ...s.teams[index], name: copyName(s.teams[index].name) }));
    focus(key, true);
  }, [insert, focus]);
  const remove = useCallback((index: number) => {
    removeKey(index);
    // Promotions into the removed team end with it (promotion.ts).
    useStore.getState().update((s) => removeTeam(s, index));
    focus(addId);
  }, [removeKey, focus, addId]);

  return (
    <Section title={t('section.teams')}>
      {list.items.map(({ key, origin }, index) => (
        <TeamCard
          key={key}
          id={key}
          index={index}
          origin={origin}
          canRemove={count > 1}
          canAdd={count < MAX_TEAMS}
          onDuplicate={duplicate}
          onRemove={remove}
        />
      ))}
      <button type="button" id={addId} className="button-secondary" onClick={add} disabled={count >= MAX_TEAMS}>
        <span aria-hidden="true">+ </span>{t('teams.add')}
      </button>
    </Section>
  );
});
