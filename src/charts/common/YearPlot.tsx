// Draws a chart over years (yearChart.ts): legend, one value axis per panel,
// the shared year axis, the chart's own marks, and the cursor.
import type { ReactNode } from 'react';
import { ValueAxis, XAxis } from './Axis';
import { Legend } from './Legend';
import { CursorMark, type CursorDot } from './marks';
import { PlotSvg } from './PlotSvg';
import type { YearChartLayout } from './yearChart';

interface YearPlotProps {
  layout: YearChartLayout;
  title: string;
  description: string;
  /** The series, drawn between the grid and the cursor. */
  children: ReactNode;
}

function dotsAt(layout: YearChartLayout, index: number): CursorDot[] {
  const dots: CursorDot[] = [];
  for (const panel of layout.panels) {
    for (const line of panel.lines) {
      const p = line.points[index];
      if (p) dots.push({ ...p, color: line.color });
    }
  }
  return dots;
}

export function YearPlot({ layout, title, description, children }: YearPlotProps) {
  const last = layout.panels[layout.panels.length - 1];
  return (
    <PlotSvg
      width={layout.width}
      height={layout.height}
      title={title}
      description={description}
      plot={layout.plot}
      stops={layout.columns}
      stepsThrough="year"
      tooltipAt={layout.tooltipAt}
      cursor={(i) => <CursorMark x={layout.columns[i]} plot={layout.plot} dots={dotsAt(layout, i)} />}
    >
      <Legend legend={layout.legend} />
      {layout.panels.map((panel) => (
        <ValueAxis key={panel.id} axis={panel.yAxis} bounds={panel.bounds} titleX={0} />
      ))}
      <XAxis axis={layout.xAxis} bounds={last.bounds} />
      {children}
    </PlotSvg>
  );
}
