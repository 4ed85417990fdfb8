// The headcount chart: owns its width, layout (memoised on the run's identity)
// and frame; the marks are stateless.
import { useMemo } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { withBaseline } from '../common/table';
import { YearPlot } from '../common/YearPlot';
import { useWidth } from '../common/useWidth';
import { sourceLine } from '../common/source';
import type { ChartProps } from '../types';
import { useFormats } from '../common/useFormats';
import { headcountDescription, headcountLayout, headcountTable, title } from './layout';
import { HeadcountMarks } from './HeadcountMarks';

export function HeadcountChart({ result, baseline, scenario, width, headingLevel }: ChartProps) {
  const [ref, w] = useWidth<HTMLDivElement>(width);
  const fmt = useFormats(scenario);
  const rows = result.years;
  const base = baseline?.years;
  const layout = useMemo(() => headcountLayout(rows, base, w, fmt), [rows, base, w, fmt]);
  const description = useMemo(() => headcountDescription(rows, fmt.locale), [rows, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale), [scenario, fmt]);
  const TITLE = title();
  return (
    <ChartFrame
      id="headcount"
      title={TITLE}
      description={description}
      source={source}
      table={() => withBaseline(headcountTable(rows, fmt), base && headcountTable(base, fmt))}
      headingLevel={headingLevel}
      bodyRef={ref}
    >
      <YearPlot layout={layout} title={TITLE} description={description}>
        <HeadcountMarks layout={layout} />
      </YearPlot>
    </ChartFrame>
  );
}
