// Fan marks: the p10–p90 band, the median (dashed) and the scenario's own line.
import { PanelSeries } from '../common/marks';
import type { YearChartLayout } from '../common/yearChart';

export function FanMarks({ layout }: { layout: YearChartLayout }) {
  return <PanelSeries panel={layout.panels[0]} />;
}
