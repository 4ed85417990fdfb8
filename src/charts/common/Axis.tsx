// Axes drawn from axis models (scales.ts): ticks, grid lines and titles.
// Presentation attributes only, so a serialised SVG keeps its look.
import type { Bounds } from './bounds';
import type { AxisModel } from './scales';
import { PALETTE } from '../palette';
import { LABEL_SIZE, TICK_SIZE, tickLabelWidth } from './text';

interface ValueAxisProps {
  axis: AxisModel;
  /** The plotting area the grid lines cross. */
  bounds: Bounds;
  /** x where the axis title starts (the chart's left edge). */
  titleX: number;
  /** False when the chart draws the title itself, over its marks (AxisTitle). */
  title?: boolean;
}

/**
 * The axis title above a panel, with a white halo (paint-order) so a rule
 * crossing it leaves it readable.
 */
export function AxisTitle({ axis, bounds, titleX }: ValueAxisProps) {
  return (
    <text x={titleX} y={bounds.top - 9} fontSize={LABEL_SIZE} fontWeight={600} fill={PALETTE.ink} stroke="#fff" strokeWidth={4} strokeLinejoin="round" paintOrder="stroke" aria-hidden="true">
      {axis.label}
    </text>
  );
}

/** Left tick labels, horizontal grid lines, and (unless `title` is false) the axis title above the panel. */
export function ValueAxis({ axis, bounds, titleX, title = true }: ValueAxisProps) {
  return (
    <g aria-hidden="true">
      {title && <AxisTitle axis={axis} bounds={bounds} titleX={titleX} />}
      {axis.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={bounds.left}
            x2={bounds.right}
            y1={tick.pos}
            y2={tick.pos}
            stroke={tick.value === 0 ? PALETTE.muted : PALETTE.grid}
            strokeWidth={1}
            shapeRendering="crispEdges"
          />
          <text x={bounds.left - 6} y={tick.pos} dy="0.32em" textAnchor="end" fontSize={TICK_SIZE} fill={PALETTE.muted}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

interface XAxisProps {
  axis: AxisModel;
  /** The plotting area whose bottom edge the axis sits on. */
  bounds: Bounds;
}

/**
 * A label centred on its tick would be clipped past the plot's right edge
 * (e.g. "$500K" at the end of the frontier's axis): end-anchor it there.
 * Width estimated at 0.6 em a character, as the layouts do.
 */
function edgeAnchor(pos: number, label: string, bounds: Bounds): 'middle' | 'end' {
  return pos + tickLabelWidth(label) / 2 > bounds.right + 2 ? 'end' : 'middle';
}

/** Bottom tick labels (and the axis title under them, when there is one). */
export function XAxis({ axis, bounds }: XAxisProps) {
  return (
    <g aria-hidden="true">
      {axis.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.pos} x2={tick.pos} y1={bounds.bottom} y2={bounds.bottom + 4} stroke={PALETTE.muted} />
          <text x={tick.pos} y={bounds.bottom + 17} textAnchor={edgeAnchor(tick.pos, tick.label, bounds)} fontSize={TICK_SIZE} fill={PALETTE.muted}>
            {tick.label}
          </text>
        </g>
      ))}
      {axis.label && (
        <text x={bounds.right} y={bounds.bottom + 36} textAnchor="end" fontSize={LABEL_SIZE} fontWeight={600} fill={PALETTE.ink}>
          {axis.label}
        </text>
      )}
    </g>
  );
}
