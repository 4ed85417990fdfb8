// Frontier marks: the two curves, the no-AI cost line, and the labelled rules
// of the current, cost-minimising and break-even budgets.
import { PanelSeries } from '../common/marks';
import { LABEL_SIZE } from '../common/text';
import { PALETTE } from '../palette';
import type { FrontierLayout } from './layout';
import { useT } from '../../i18n/react';

export function FrontierMarks({ layout }: { layout: FrontierLayout }) {
  const { noAI, markers, plot } = layout;
  const t = useT();
  return (
    <g>
      <line x1={noAI.x1} x2={noAI.x2} y1={noAI.y} y2={noAI.y} stroke={PALETTE.muted} strokeWidth={1.25} strokeDasharray="2 3" />
      <text x={noAI.x2} y={noAI.labelY} textAnchor="end" fontSize={LABEL_SIZE - 1} fill={PALETTE.muted} stroke="#fff" strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
        {t('chart.frontier.noAI')}
      </text>
      {layout.panels.map((panel) => (
        <PanelSeries key={panel.id} panel={panel} />
      ))}
      {markers.map((m) => (
        <g key={m.id}>
          <line x1={m.x} x2={m.x} y1={Math.min(m.labelY + 6, plot.top)} y2={plot.bottom} stroke={m.color} strokeWidth={1.5} strokeDasharray={m.id === 'current' ? undefined : '5 3'} />
          {m.dots.map((d, i) => (
            <circle key={i} cx={d.x} cy={d.y} r={3.5} fill={m.color} />
          ))}
          <text x={m.labelX} y={m.labelY} dy="0.32em" textAnchor={m.anchor} fontSize={LABEL_SIZE} fontWeight={600} fill={m.color} stroke="#fff" strokeWidth={4} strokeLinejoin="round" paintOrder="stroke">
            {m.label}
          </text>
        </g>
      ))}
    </g>
  );
}
