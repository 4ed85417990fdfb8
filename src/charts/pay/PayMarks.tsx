// Pay marks: the money panel's lines, and the token-share panel's line.
import { PanelSeries } from '../common/marks';
import type { YearChartLayout } from '../common/yearChart';

export function PayMarks({ layout }: { layout: YearChartLayout }) {
  return (
    <g>
      {layout.panels.map((panel) => (
        <PanelSeries key={panel.id} panel={panel} />
      ))}
    </g>
  );
}
