// Headcount marks: the roles-at-risk band under the lines, the baseline's
// dashed lines behind, then engineers, required and planned.
import { PanelSeries } from '../common/marks';
import type { YearChartLayout } from '../common/yearChart';

export function HeadcountMarks({ layout }: { layout: YearChartLayout }) {
  return <PanelSeries panel={layout.panels[0]} />;
}
