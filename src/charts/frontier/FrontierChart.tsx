// The trade-off frontier chart: two panels over the token budget (engineers
// needed, total cost) sharing one x axis and one cursor across the sweep.
// With several teams, a selector shows one team's own frontier (its budget
// swept alone, MODEL.md §6) with its optimum and break-even, and says where the
// organisation's optimum lies; or the whole organisation's; downloads and
// embeds draw the organisation's.
import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { PlotSvg } from '../common/PlotSvg';
import { AxisTitle, ValueAxis, XAxis } from '../common/Axis';
import { Legend } from '../common/Legend';
import { CursorMark } from '../common/marks';
import { useChartSize } from '../common/useWidth';
import { fitLayout } from '../common/fit';
import { useFormats } from '../common/useFormats';
import { formatValue } from '../common/format';
import { sourceLine } from '../common/source';
import { frontierFor } from '../../state/results';
import type { ChartProps } from '../types';
import { frontierDescription, frontierLayout, frontierPanelHeight, frontierTable, frontierTableAt, title } from './layout';
import { withBaseline } from '../common/table';
import type { ChartFormats } from '../common/format';
import { FrontierMarks } from './FrontierMarks';
import type { Frontier } from '../../model';
import { useT } from '../../i18n/react';

/** One team's frontier in the organisation's shape, so the layout, description and table read it alike. */
function teamView(f: Frontier, team: number): Frontier {
  return team < 0 || team >= f.teams.length ? f : { ...f.teams[team], year: f.year, teams: [] };
}

/** The table, and in compare mode the baseline's sweep at the same budgets with each row's change. */
function comparedTable(f: Frontier, base: Frontier | null | undefined, fmt: ChartFormats) {
  const own = frontierTable(f, fmt);
  return base ? withBaseline(own, frontierTableAt(base, own.data!.keys, fmt)) : own;
}

export function FrontierChart({ frontier, baselineFrontier, scenario, basis, width, headingLevel, fit }: ChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const fmt = useFormats(scenario);
  const t = useT();
  const selectId = useId();
  const org = frontier ?? frontierFor(scenario);
  // -1: the whole organisation.
  const [team, setTeam] = useState(-1);
  const f = useMemo(() => teamView(org, team), [org, team]);
  const baselineTeam = team >= 0 && baselineFrontier ? baselineFrontier.teams.findIndex((b) => b.name === org.teams[team]?.name) : -1;
  const base = useMemo(() => (!baselineFrontier ? baselineFrontier : team < 0 ? baselineFrontier : baselineTeam >= 0 ? teamView(baselineFrontier, baselineTeam) : null), [baselineFrontier, team, baselineTeam]);
  const layout = useMemo(() => fitLayout(h, frontierPanelHeight(w), (m) => frontierLayout(f, base, w, fmt, m)), [f, base, w, fmt, h]);
  const description = useMemo(() => frontierDescription(f, fmt.currency, fmt.locale), [f, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale, basis), [scenario, fmt, basis]);
  const heading = title(f.year);
  const current = f.points.findIndex((p) => p.budget >= f.current.budget);
  const controls =
    org.teams.length > 1 ? (
      <p className="chart-controls">
        <label htmlFor={selectId}>{t('chart.frontier.team')} </label>
        <select id={selectId} value={team} onChange={(e) => setTeam(Number(e.target.value))}>
          <option value={-1}>{t('chart.frontier.organisation')}</option>
          {org.teams.map((tf, i) => (
            <option key={i} value={i}>
              {tf.name}
            </option>
          ))}
        </select>
        {/* On a team's own sweep, where the organisation's optimum lies, to set the team's against it. */}
        {team >= 0 && <span className="chart-controls-note">{t('chart.frontier.orgOptimum', { money: formatValue('money', org.optimum.budget, fmt) })}</span>}
      </p>
    ) : null;
  return (
    <ChartFrame id="frontier" title={heading} description={description} source={source} table={() => comparedTable(f, base, fmt)} headingLevel={headingLevel} bodyRef={ref} naturalHeight={fit ? layout.naturalHeight : undefined} controls={controls}>
      <PlotSvg
        width={layout.width}
        height={layout.height}
        title={heading}
        description={description}
        plot={layout.plot}
        stops={layout.stops}
        step={layout.step}
        start={current < 0 ? 0 : current}
        stepsThrough="budget"
        tooltipAt={layout.tooltipAt}
        cursor={(i) => (
          <CursorMark
            x={layout.stops[i]}
            plot={layout.plot}
            dots={layout.panels.map((panel) => ({ ...panel.lines[0].points[i]!, color: panel.lines[0].color }))}
          />
        )}
      >
        <Legend legend={layout.legend} />
        {layout.panels.map((panel) => (
          <ValueAxis key={panel.id} axis={panel.yAxis} bounds={panel.bounds} titleX={0} title={false} />
        ))}
        <XAxis axis={layout.xAxis} bounds={layout.panels[1].bounds} />
        <FrontierMarks layout={layout} />
        {/* Titles over the marker rules that cross them. */}
        {layout.panels.map((panel) => (
          <AxisTitle key={panel.id} axis={panel.yAxis} bounds={panel.bounds} titleX={0} />
        ))}
      </PlotSvg>
    </ChartFrame>
  );
}
