// The tornado chart: which ranged input moves one figure the most. Owns its
// width, layout and frame like the other charts; no cursor (each bar carries
// its value), and the data table gives every number.
import { useId, useMemo } from 'react';
import type { Sensitivity } from '../../model/uncertainty/sensitivity';
import { ChartFrame } from '../common/ChartFrame';
import { useWidth } from '../common/useWidth';
import { FONT_FAMILY } from '../common/text';
import type { ChartFormats, ValueKind } from '../common/format';
import { tornadoDescription, tornadoLayout, tornadoTable, tornadoTitle, type TornadoInput } from './layout';
import { TornadoMarks } from './TornadoMarks';

export interface TornadoChartProps {
  sensitivity: Sensitivity;
  inputs: Record<string, TornadoInput>;
  metricLabel: string;
  kind: ValueKind;
  fmt: ChartFormats;
  source: string;
  width?: number;
  headingLevel?: 2 | 3 | 4;
}

export function TornadoChart({ sensitivity, inputs, metricLabel, kind, fmt, source, width, headingLevel }: TornadoChartProps) {
  const [ref, w] = useWidth<HTMLDivElement>(width);
  const id = useId();
  const layout = useMemo(() => tornadoLayout({ sensitivity, inputs, metricLabel, kind, width: w, fmt }), [sensitivity, inputs, metricLabel, kind, w, fmt]);
  const description = useMemo(() => tornadoDescription({ sensitivity, inputs, metricLabel, kind, fmt }), [sensitivity, inputs, metricLabel, kind, fmt]);
  const title = tornadoTitle(metricLabel, sensitivity.year);
  return (
    <ChartFrame
      id="tornado"
      title={title}
      description={description}
      source={source}
      table={() => tornadoTable({ sensitivity, inputs, metricLabel, kind, fmt })}
      headingLevel={headingLevel}
      bodyRef={ref}
    >
      <div className="chart-plot">
        <svg
          xmlns="http://www.w3.org/2000/svg"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          fontFamily={FONT_FAMILY}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <rect width={layout.width} height={layout.height} fill="#fff" />
          <TornadoMarks layout={layout} />
        </svg>
      </div>
    </ChartFrame>
  );
}
