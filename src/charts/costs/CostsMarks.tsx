// Cost stack marks: one rect per component and year; the baseline's totals as
// dashed marks over the bars (bars would hide a line drawn behind them).
import { PALETTE } from '../palette';
import type { CostsLayout } from './layout';

export function CostsMarks({ layout }: { layout: CostsLayout }) {
  return (
    <g>
      {layout.layers.map((layer) => (
        <g key={layer.id} fill={layer.color}>
          {layer.bars.map((bar, i) =>
            bar.height > 0 ? <rect key={i} x={bar.x} y={bar.y} width={bar.width} height={bar.height} stroke="#fff" strokeWidth={0.5} /> : null,
          )}
        </g>
      ))}
      {layout.baselineD && (
        <g fill="none">
          {/* A white underlay keeps the grey dashes visible over the grey on-costs. */}
          <path d={layout.baselineD} stroke="#fff" strokeWidth={4} />
          <path d={layout.baselineD} stroke={PALETTE.baseline} strokeWidth={2} strokeDasharray="4 3" />
        </g>
      )}
    </g>
  );
}
