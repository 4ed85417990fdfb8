// Tornado marks: legend, row labels, the two bars of each row with their
// values, the scenario's own value as a rule, and the value axis.
import { Legend } from '../common/Legend';
import { PALETTE } from '../palette';
import { LABEL_SIZE, TICK_SIZE } from '../common/text';
import { LINE_HEIGHT, type PlacedTornadoBar, type TornadoLayout } from './layout';

function Bar({ bar }: { bar: PlacedTornadoBar | null }) {
  if (!bar) return null;
  return (
    <g>
      <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color} />
      <text x={bar.textX} y={bar.y + bar.height / 2} dy="0.32em" textAnchor={bar.anchor} fontSize={TICK_SIZE - 1} fill={PALETTE.ink}>
        {bar.text}
      </text>
    </g>
  );
}

export function TornadoMarks({ layout }: { layout: TornadoLayout }) {
  const { plot, xAxis, rows, narrow } = layout;
  return (
    <g aria-hidden="true">
      <Legend legend={layout.legend} />
      {xAxis.ticks.map((tick) => (
        <g key={tick.value}>
          {/* Wide: across the plot; narrow: only beside the bars, never through a label's line. */}
          {(narrow ? layout.ruleBands : [{ top: plot.top, bottom: plot.bottom }]).map((band, i) => (
            <line key={i} x1={tick.pos} x2={tick.pos} y1={band.top} y2={band.bottom} stroke={PALETTE.grid} shapeRendering="crispEdges" />
          ))}
          <text x={tick.pos} y={plot.bottom + 16} textAnchor="middle" fontSize={TICK_SIZE} fill={PALETTE.muted}>
            {tick.label}
          </text>
        </g>
      ))}
      <text x={plot.right} y={plot.bottom + 33} textAnchor="end" fontSize={LABEL_SIZE} fontWeight={600} fill={PALETTE.ink}>
        {xAxis.label}
      </text>
      {/* The scenario's value under the rows (wide), or beside each row's bars only (narrow: layout.ruleBands). */}
      {layout.ruleBands.map((band, i) => (
        <line key={i} x1={layout.baseX} x2={layout.baseX} y1={band.top} y2={band.bottom} stroke={PALETTE.ink} strokeWidth={1.5} />
      ))}
      {rows.map((row) => (
        <g key={row.path}>
          <text x={row.labelX} y={row.labelY} dy="0.32em" fontSize={LABEL_SIZE} fontWeight={600} fill={PALETTE.ink} stroke="#fff" strokeWidth={4} strokeLinejoin="round" paintOrder="stroke">
            {row.lines.map((line, i) => (
              <tspan key={i} x={row.labelX} dy={i === 0 ? undefined : LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
          <text x={row.endsX} y={row.endsY} dy="0.32em" textAnchor={row.endsAnchor} fontSize={TICK_SIZE - 1} fill={PALETTE.muted}>
            {row.ends}
          </text>
          <Bar bar={row.low} />
          <Bar bar={row.high} />
        </g>
      ))}
      <text x={layout.baseX} y={plot.top - 8} textAnchor={layout.baseX > layout.width * 0.7 ? 'end' : layout.baseX < layout.width * 0.3 ? 'start' : 'middle'} fontSize={LABEL_SIZE} fill={PALETTE.ink}>
        {layout.baseText}
      </text>
    </g>
  );
}
