// The pipeline between teams as plain series (MODEL.md §3, §5): each team's
// engineers per year; each promotion flow, `promotionsOut` of the team that
// promotes (one target per team: `teams[i].promotion.to`); each team's
// external hires and layoffs. Pure: a run and its scenario in, numbers out.
import type { SimulationResult, TeamResult } from '../../model';
import type { Scenario } from '../../scenario/schema';
import type { Values } from '../common/yearChart';
import { t } from '../../i18n';

export type FlowKind = 'promotions' | 'hires' | 'layoffs';

export interface TeamSeries {
  /** Index of the team in the scenario: the team's colour and the series' ids. */
  index: number;
  /** The team's name as written (team names are data: never translated), numbered when two teams share it. */
  label: string;
  engineers: Values;
  baseline?: Values;
}

export interface FlowSeries {
  kind: FlowKind;
  /** The team the flow leaves (promotions, layoffs) or joins (hires). */
  team: number;
  /** A promotion's target team. */
  to?: number;
  values: Values;
  baseline?: Values;
}

export interface PipelineSeries {
  years: readonly number[];
  teams: TeamSeries[];
  /** Promotions first (every promotion the scenario declares), then hires and layoffs of the teams that have any. */
  flows: FlowSeries[];
  /** Whether some team promotes into another. */
  promotes: boolean;
}

/** Team names as labels: a name two teams share gets the team's number, so columns and legend items stay apart. */
export function teamLabels(names: readonly string[]): string[] {
  return names.map((name, i) => (names.indexOf(name) !== names.lastIndexOf(name) ? t('chart.pipeline.teamNumber', { name, n: i + 1 }) : name));
}

/** The baseline's team for the team at `index`: the same place with the same name, else the first of that name. */
function baselineTeam(baseline: SimulationResult | null | undefined, name: string, index: number): TeamResult | undefined {
  if (!baseline) return undefined;
  const same = baseline.teams[index];
  return same?.name === name ? same : baseline.teams.find((team) => team.name === name);
}

const nonzero = (values: Values | undefined) => values?.some((v) => v !== null && v !== 0) ?? false;

export function pipelineSeries(result: SimulationResult, scenario: Scenario, baseline?: SimulationResult | null): PipelineSeries {
  const labels = teamLabels(result.teams.map((team) => team.name));
  const byName = new Map<string, number>();
  result.teams.forEach((team, i) => {
    if (!byName.has(team.name)) byName.set(team.name, i);
  });
  const teams: TeamSeries[] = result.teams.map((team, index) => ({
    index,
    label: labels[index],
    engineers: team.years.map((r) => r.engineers),
    baseline: baselineTeam(baseline, team.name, index)?.years.map((r) => r.engineers),
  }));

  const promotions: FlowSeries[] = [];
  const hires: FlowSeries[] = [];
  const layoffs: FlowSeries[] = [];
  result.teams.forEach((team, index) => {
    const base = baselineTeam(baseline, team.name, index);
    const target = scenario.teams[index]?.promotion?.to;
    const to = target === undefined ? undefined : byName.get(target);
    // A declared promotion is drawn even in years it moves no one: the pipeline is part of the scenario.
    if (to !== undefined) promotions.push({ kind: 'promotions', team: index, to, values: team.years.map((r) => r.promotionsOut), baseline: base?.years.map((r) => r.promotionsOut) });
    // Hires and layoffs only where the run or its baseline has some: a team that never lays off adds no flat line at 0.
    for (const [kind, list] of [['hires', hires], ['layoffs', layoffs]] as const) {
      const values = team.years.map((r) => r[kind]);
      const before = base?.years.map((r) => r[kind]);
      if (nonzero(values) || nonzero(before)) list.push({ kind, team: index, values, baseline: before });
    }
  });
  let flows = [...promotions, ...hires, ...layoffs];
  // Nothing moves at all (no promotion, no hire, no layoff): the hires at 0 keep the flows panel drawn, and say so.
  if (!flows.length) flows = result.teams.map((team, index) => ({ kind: 'hires' as const, team: index, values: team.years.map((r) => r.hires) }));
  return { years: result.years.map((r) => r.year), teams, flows, promotes: promotions.length > 0 };
}
