// The pay chart: owns its width, layout (memoised on the run's identity)
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
import { payDescription, payLayout, payTable, taxApplies, title } from './layout';
import { PayMarks } from './PayMarks';

export function PayChart({ result, baseline, scenario, basis, width, headingLevel, fit }: ChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const fmt = useFormats(scenario);
  const rows = result.years;
  const base = baseline?.years;
  const layout = useMemo(() => fitLayout(h, mainPanelHeight(w), (m) => payLayout(rows, base, w, fmt, m)), [rows, base, w, fmt, h]);
  const description = useMemo(() => payDescription(rows, fmt.currency, fmt.locale), [rows, fmt]);
  const source = useMemo(() => sourceLine(scenario, fmt.locale, basis), [scenario, fmt, basis]);
  const TITLE = title();
  return (
    <ChartFrame id="pay" title={TITLE} description={description} source={source} table={() => {
      const taxed = taxApplies(rows, base);
      return withBaseline(payTable(rows, fmt, taxed), base && payTable(base, fmt, taxed));
    }} headingLevel={headingLevel} bodyRef={ref} naturalHeight={fit ? layout.naturalHeight : undefined}>
      <YearPlot layout={layout} title={TITLE} description={description}>
        <PayMarks layout={layout} />
      </YearPlot>
    </ChartFrame>
  );
}
