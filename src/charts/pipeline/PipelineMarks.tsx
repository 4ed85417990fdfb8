// Pipeline marks: the baseline's dashed lines behind, then each team's
// engineers, and under them the panel of promotions, hires and layoffs.
import { PanelSeries } from '../common/marks';
import type { YearChartLayout } from '../common/yearChart';

export function PipelineMarks({ layout }: { layout: YearChartLayout }) {
  return (
    <g>
      {layout.panels.map((panel) => (
        <PanelSeries key={panel.id} panel={panel} />
      ))}
    </g>
  );
}
