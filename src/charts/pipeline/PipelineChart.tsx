// The pipeline chart: owns its width, layout (memoised on the run's identity)
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
import { pipelineSeries } from './series';
import { pipelineDescription, pipelineLayout, pipelineTable, title } from './layout';
import { PipelineMarks } from './PipelineMarks';

export function PipelineChart({ result, baseline, scenario, basis, width, headingLevel, fit }: ChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const fmt = useFormats(scenario);
  const series = useMemo(() => pipelineSeries(result, scenario, baseline), [result, scenario, baseline]);
  const layout = useMemo(() => fitLayout(h, mainPanelHeight(w), (m) => pipelineLayout(series, w, fmt, m)), [series, w, fmt, h]);
  const description = useMemo(() => pipelineDescription(series, fmt.locale), [series, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale, basis), [scenario, fmt, basis]);
  const TITLE = title();
  const table = () => withBaseline(pipelineTable(series, fmt), baseline && pipelineTable(series, fmt, 'baseline'));
  return (
    <ChartFrame id="pipeline" title={TITLE} description={description} source={source} table={table} headingLevel={headingLevel} bodyRef={ref} naturalHeight={fit ? layout.naturalHeight : undefined}>
      <YearPlot layout={layout} title={TITLE} description={description}>
        <PipelineMarks layout={layout} />
      </YearPlot>
    </ChartFrame>
  );
}
