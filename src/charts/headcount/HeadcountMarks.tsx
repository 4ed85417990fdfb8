// Headcount marks: the roles-at-risk band under the lines, the baseline's
// dashed lines behind, then engineers, required and planned; under them the
// hires and layoffs panel.
import { PanelSeries } from '../common/marks';
import type { YearChartLayout } from '../common/yearChart';

export function HeadcountMarks({ layout }: { layout: YearChartLayout }) {
  return (
    <g>
      {layout.panels.map((panel) => (
        <PanelSeries key={panel.id} panel={panel} />
      ))}
    </g>
  );
}
