// A promotion names its target team by name (MODEL.md §1), so the edits that
// change names or teams carry the promotions along: renaming a team renames
// the promotions into it, removing a team ends the promotions into it. Without
// this, parse.ts would refuse the rename or the removal (no team of that name).
import type { Scenario, Team } from '../../scenario/schema';

/** MODEL.md §1's example rate, shown in the field at once: a target alone would change nothing. */
export const NEW_PROMOTION_RATE = 0.1;

const isTarget = (teams: readonly Team[], name: string) => teams.filter((team) => team.name === name).length === 1;

export function renameTeam(scenario: Scenario, index: number, name: string): Scenario {
  const old = scenario.teams[index]?.name;
  // Only a name that one team holds can be a promotion's target.
  const follow = old !== undefined && old !== name && isTarget(scenario.teams, old);
  const teams = scenario.teams.map((team, i) => {
    const renamed = i === index ? { ...team, name } : team;
    return follow && team.promotion?.to === old ? { ...renamed, promotion: { ...team.promotion, to: name } } : renamed;
  });
  return { ...scenario, teams };
}

export function removeTeam(scenario: Scenario, index: number): Scenario {
  const gone = scenario.teams[index]?.name;
  const teams = scenario.teams.flatMap((team, i) => {
    if (i === index) return [];
    if (gone === undefined || team.promotion?.to !== gone) return [team];
    const rest = { ...team };
    delete rest.promotion;
    return [rest];
  });
  return { ...scenario, teams };
}

/** Promote team `index` into the team named `to`, or end its promotions (`to` empty). */
export function setPromotionTarget(scenario: Scenario, index: number, to: string, rate = NEW_PROMOTION_RATE): Scenario {
  const teams = scenario.teams.map((team, i) => {
    if (i !== index) return team;
    if (to === '') {
      const rest = { ...team };
      delete rest.promotion;
      return rest;
    }
    return { ...team, promotion: { to, rate: team.promotion?.rate ?? rate } };
  });
  return { ...scenario, teams };
}
