// Output marks: demand, output and the shaded shortfall; below, intensity and
// multiplier with a rule at 1× (the pre-AI level both are measured against).
import { PanelSeries, ReferenceRule } from '../common/marks';
import type { YearChartLayout } from '../common/yearChart';

export function OutputMarks({ layout }: { layout: YearChartLayout }) {
  const [volume, ratio] = layout.panels;
  return (
    <g>
      <PanelSeries panel={volume} />
      <ReferenceRule panel={ratio} value={1} />
      <PanelSeries panel={ratio} />
    </g>
  );
}
