// The cost stack chart: width, memoised layout, frame, axes and cursor.
import { useMemo } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { withBaseline } from '../common/table';
import { PlotSvg } from '../common/PlotSvg';
import { ValueAxis, XAxis } from '../common/Axis';
import { Legend } from '../common/Legend';
import { CursorMark } from '../common/marks';
import { useChartSize } from '../common/useWidth';
import { fitLayout } from '../common/fit';
import { mainPanelHeight } from '../common/yearChart';
import { useFormats } from '../common/useFormats';
import { sourceLine } from '../common/source';
import { PALETTE } from '../palette';
import type { ChartProps } from '../types';
import { costsDescription, costsLayout, costsTable, title } from './layout';
import { CostsMarks } from './CostsMarks';

export function CostsChart({ result, baseline, scenario, basis, width, headingLevel, fit }: ChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const fmt = useFormats(scenario);
  const rows = result.years;
  const base = baseline?.years;
  const layout = useMemo(() => fitLayout(h, mainPanelHeight(w), (m) => costsLayout(rows, base, w, fmt, m)), [rows, base, w, fmt, h]);
  const description = useMemo(() => costsDescription(rows, fmt.currency, fmt.locale), [rows, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale, basis), [scenario, fmt, basis]);
  const TITLE = title();
  return (
    <ChartFrame id="costs" title={TITLE} description={description} source={source} table={() => withBaseline(costsTable(rows, fmt), base && costsTable(base, fmt))} headingLevel={headingLevel} bodyRef={ref} naturalHeight={fit ? layout.naturalHeight : undefined}>
      <PlotSvg
        width={layout.width}
        height={layout.height}
        title={TITLE}
        description={description}
        plot={layout.plot}
        stops={layout.columns}
        stepsThrough="year"
        tooltipAt={layout.tooltipAt}
        cursor={(i) => <CursorMark x={layout.columns[i]} plot={layout.plot} dots={[{ x: layout.columns[i], y: layout.tops[i], color: PALETTE.ink }]} />}
      >
        <Legend legend={layout.legend} />
        <ValueAxis axis={layout.yAxis} bounds={layout.bounds} titleX={0} />
        <XAxis axis={layout.xAxis} bounds={layout.bounds} />
        <CostsMarks layout={layout} />
      </PlotSvg>
    </ChartFrame>
  );
}
