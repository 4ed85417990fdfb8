// The trade-off frontier chart: two panels over the token budget (engineers
// needed, total cost) sharing one x axis and one cursor across the sweep.
import { useMemo } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { PlotSvg } from '../common/PlotSvg';
import { AxisTitle, ValueAxis, XAxis } from '../common/Axis';
import { Legend } from '../common/Legend';
import { CursorMark } from '../common/marks';
import { useChartSize } from '../common/useWidth';
import { fitLayout } from '../common/fit';
import { useFormats } from '../common/useFormats';
import { sourceLine } from '../common/source';
import { frontierFor } from '../../state/results';
import type { ChartProps } from '../types';
import { frontierDescription, frontierLayout, frontierPanelHeight, frontierTable, title } from './layout';
import { FrontierMarks } from './FrontierMarks';

export function FrontierChart({ frontier, baselineFrontier, scenario, basis, width, headingLevel, fit }: ChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const fmt = useFormats(scenario);
  const f = frontier ?? frontierFor(scenario);
  const layout = useMemo(() => fitLayout(h, frontierPanelHeight(w), (m) => frontierLayout(f, baselineFrontier, w, fmt, m)), [f, baselineFrontier, w, fmt, h]);
  const description = useMemo(() => frontierDescription(f, fmt.currency, fmt.locale), [f, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale, basis), [scenario, fmt, basis]);
  const heading = title(f.year);
  const current = f.points.findIndex((p) => p.budget >= f.current.budget);
  return (
    <ChartFrame id="frontier" title={heading} description={description} source={source} table={() => frontierTable(f, fmt)} headingLevel={headingLevel} bodyRef={ref} naturalHeight={fit ? layout.naturalHeight : undefined}>
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
