// The legend drawn from a legend model (legend.ts): one symbol and label per series.
import { PALETTE } from '../palette';
import { SWATCH, type LegendModel, type PlacedLegendItem } from './legend';
import { LABEL_SIZE } from './text';

export const DASH = '5 4';

function Symbol({ item }: { item: PlacedLegendItem }) {
  const { x, y, color } = item;
  switch (item.symbol) {
    case 'line':
      return <line x1={x} x2={x + SWATCH} y1={y} y2={y} stroke={color} strokeWidth={3} />;
    case 'dashed':
      return <line x1={x} x2={x + SWATCH} y1={y} y2={y} stroke={color} strokeWidth={2} strokeDasharray="4 3" />;
    case 'rule':
      return <line x1={x + SWATCH / 2} x2={x + SWATCH / 2} y1={y - 7} y2={y + 7} stroke={color} strokeWidth={2} />;
    case 'area':
      return <rect x={x} y={y - 6} width={SWATCH} height={12} fill={color} fillOpacity={0.35} stroke={color} strokeWidth={1} />;
    case 'bar':
      return <rect x={x + 3} y={y - 6} width={12} height={12} fill={color} />;
  }
}

export function Legend({ legend }: { legend: LegendModel }) {
  return (
    <g aria-hidden="true">
      {legend.items.map((item) => (
        <g key={item.id}>
          <Symbol item={item} />
          <text x={item.x + SWATCH + 6} y={item.y} dy="0.32em" fontSize={LABEL_SIZE} fill={PALETTE.ink}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
