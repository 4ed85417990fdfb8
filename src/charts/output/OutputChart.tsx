// The output chart: owns its width, layout (memoised on the run's identity)
// and frame; the marks are stateless.
import { useMemo } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { withBaseline } from '../common/table';
import { YearPlot } from '../common/YearPlot';
import { useChartSize } from '../common/useWidth';
import { fitLayout } from '../common/fit';
import { mainPanelHeight } from '../common/yearChart';
import { useFormats } from '../common/useFormats';
import { sourceLine } from '../common/source';
import type { ChartProps } from '../types';
import { outputDescription, outputLayout, outputTable, title } from './layout';
import { OutputMarks } from './OutputMarks';

export function OutputChart({ result, baseline, scenario, basis, width, headingLevel, fit }: ChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const fmt = useFormats(scenario);
  const rows = result.years;
  const base = baseline?.years;
  const layout = useMemo(() => fitLayout(h, mainPanelHeight(w), (m) => outputLayout(rows, base, w, fmt, m)), [rows, base, w, fmt, h]);
  const description = useMemo(() => outputDescription(rows, fmt.locale), [rows, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale, basis), [scenario, fmt, basis]);
  const TITLE = title();
  return (
    <ChartFrame id="output" title={TITLE} description={description} source={source} table={() => withBaseline(outputTable(rows, fmt), base && outputTable(base, fmt))} headingLevel={headingLevel} bodyRef={ref} naturalHeight={fit ? layout.naturalHeight : undefined}>
      <YearPlot layout={layout} title={TITLE} description={description}>
        <OutputMarks layout={layout} />
      </YearPlot>
    </ChartFrame>
  );
}
