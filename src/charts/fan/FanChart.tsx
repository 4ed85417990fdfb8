// One fan chart: owns its width, layout (memoised on the band's identity) and
// frame, like the charts of the registry; its data come from a Monte Carlo
// run (src/ui/uncertainty), not from the deterministic result alone.
import { useMemo } from 'react';
import { ChartFrame } from '../common/ChartFrame';
import { YearPlot } from '../common/YearPlot';
import { useChartSize } from '../common/useWidth';
import { fitLayout } from '../common/fit';
import { mainPanelHeight } from '../common/yearChart';
import { fanDescription, fanLayout, fanTable, fanTitle, type FanSpec } from './layout';
import { FanMarks } from './FanMarks';

export interface FanChartProps extends Omit<FanSpec, 'width' | 'main'> {
  samples: number;
  /** The source line (samples, seed, ranges, assumptions). */
  source: string;
  width?: number;
  headingLevel?: 2 | 3 | 4;
  /** Fill the height of the chart's box too (an embed). */
  fit?: boolean;
}

export function FanChart({ metric, label, kind, color, years, band, deterministic, samples, fmt, source, width, headingLevel, fit }: FanChartProps) {
  const [ref, w, h] = useChartSize<HTMLDivElement>(width, fit === true);
  const layout = useMemo(
    () => fitLayout(h, mainPanelHeight(w), (main) => fanLayout({ metric, label, kind, color, years, band, deterministic, width: w, fmt, main })),
    [metric, label, kind, color, years, band, deterministic, w, h, fmt],
  );
  const description = useMemo(() => fanDescription({ label, kind, years, band, deterministic, fmt }, samples), [label, kind, years, band, deterministic, fmt, samples]);
  const title = fanTitle(label);
  return (
    <ChartFrame
      id="fan"
      title={title}
      description={description}
      source={source}
      table={() => fanTable({ label, kind, years, band, deterministic, fmt })}
      headingLevel={headingLevel}
      bodyRef={ref}
      naturalHeight={fit ? layout.naturalHeight : undefined}
    >
      <YearPlot layout={layout} title={title} description={description}>
        <FanMarks layout={layout} />
      </YearPlot>
    </ChartFrame>
  );
}
