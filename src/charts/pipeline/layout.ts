// The pipeline chart (issue 8 point 7: "the pipeline between teams visible"):
// engineers per team over the years, one line per team, and under them each
// year's flows: promotions from one team into another, each team's external
// hires and layoffs. A scenario where no team promotes into another still gets
// its lines per team and its hires and layoffs, and the description says
// plainly that no team promotes into another (docs/architecture.md, charts).
import type { ChartFormats } from '../common/format';
import { formatNumber } from '../../ui/format';
import { teamColor } from '../palette';
import { layoutYearChart, type LineSpec, type Values, type YearChartLayout } from '../common/yearChart';
import { column, unit, yearTable, type TableColumn, type TableModel } from '../common/table';
import { t } from '../../i18n';
import type { FlowSeries, PipelineSeries } from './series';

export const title = () => t('chart.pipeline.title');

// Dashes as well as colours: the colour is the team, the dash the kind of flow, so both read in grey print.
const DASH: Record<FlowSeries['kind'], string | undefined> = { promotions: undefined, hires: '6 4', layoffs: '2 3' };

export function flowLabel(series: PipelineSeries, flow: FlowSeries): string {
  const team = series.teams[flow.team].label;
  switch (flow.kind) {
    case 'promotions':
      return t('chart.pipeline.promoted', { from: team, to: series.teams[flow.to!].label });
    case 'hires':
      return t('chart.pipeline.hired', { team });
    case 'layoffs':
      return t('chart.pipeline.laidOff', { team });
  }
}

const flowId = (flow: FlowSeries) => `${flow.kind}-${flow.team}`;

export function pipelineLayout(series: PipelineSeries, width: number, fmt: ChartFormats, main?: number): YearChartLayout {
  const count = unit('count', fmt);
  const teamLines: LineSpec[] = series.teams.map((team) => ({
    id: `engineers-${team.index}`,
    label: team.label,
    color: teamColor(team.index),
    values: team.engineers,
    baseline: team.baseline,
  }));
  const flowLines: LineSpec[] = series.flows.map((flow) => ({
    id: flowId(flow),
    label: flowLabel(series, flow),
    color: teamColor(flow.team),
    dash: DASH[flow.kind],
    values: flow.values,
    baseline: flow.baseline,
  }));
  return layoutYearChart({
    years: series.years,
    width,
    fmt,
    main,
    panels: [
      { id: 'teams', title: column(t('chart.pipeline.engineersAxis'), count), kind: 'count', weight: 1, lines: teamLines, zero: true },
      { id: 'flows', title: column(t('chart.pipeline.flowsAxis'), count), kind: 'count', weight: 0.55, lines: flowLines, zero: true },
    ],
  });
}

/**
 * Each year's engineers per team, then every flow of the chart, in FTE. With
 * `side` 'baseline', the same columns with the pinned baseline's values
 * (withBaseline puts them beside the run's; "–" where the baseline has no such team).
 */
export function pipelineTable(series: PipelineSeries, fmt: ChartFormats, side: 'run' | 'baseline' = 'run'): TableModel {
  const u = unit('count', fmt);
  const none: Values = series.years.map(() => null);
  const pick = (run: Values, baseline: Values | undefined): Values => (side === 'run' ? run : (baseline ?? none));
  const columns: TableColumn[] = [
    ...series.teams.map((team) => ({ label: column(t('chart.pipeline.engineersIn', { team: team.label }), u), kind: 'count' as const, values: pick(team.engineers, team.baseline) })),
    ...series.flows.map((flow) => ({ label: column(flowLabel(series, flow), u), kind: 'count' as const, values: pick(flow.values, flow.baseline) })),
  ];
  return yearTable(t('chart.pipeline.caption'), series.years, columns, fmt);
}

const total = (flows: readonly FlowSeries[], kind: FlowSeries['kind']) =>
  flows.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.values.reduce<number>((s, v) => s + (v ?? 0), 0), 0);

export function pipelineDescription(series: PipelineSeries, locale?: string): string {
  const n = (v: number) => formatNumber(v, 1, locale);
  const start = String(series.years[0]);
  const end = String(series.years[series.years.length - 1]);
  const hires = n(total(series.flows, 'hires'));
  const layoffs = n(total(series.flows, 'layoffs'));
  if (!series.promotes) return t('chart.pipeline.noPromotions', { start, end, hires, layoffs });
  const flows = series.flows
    .filter((f) => f.kind === 'promotions')
    .map((f) => t('chart.pipeline.flowItem', { from: series.teams[f.team].label, to: series.teams[f.to!].label, n: n(total([f], 'promotions')) }))
    .reduce((a, b) => t('basis.list', { a, b }));
  return t('chart.pipeline.description', { start, end, promoted: n(total(series.flows, 'promotions')), flows, hires, layoffs });
}
