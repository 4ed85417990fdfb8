// Stateless marks shared by the charts over years: lines, shaded bands, the
// baseline's dashed lines and the cursor. They only draw placed data.
import type { Bounds } from './bounds';
import { PALETTE } from '../palette';
import type { PlacedBand, PlacedLine, PlacedPanel, Point } from './yearChart';

export function LineMark({ line }: { line: PlacedLine }) {
  return (
    <path
      d={line.d}
      fill="none"
      stroke={line.color}
      strokeWidth={line.strokeWidth}
      strokeDasharray={line.dash}
      strokeLinejoin="round"
      strokeLinecap="round"
    />
  );
}

/** Compare mode: the pinned baseline's series, thin, dashed and grey, drawn behind. */
export function BaselineMark({ d }: { d: string }) {
  if (!d) return null;
  return <path d={d} fill="none" stroke={PALETTE.baseline} strokeWidth={1.25} strokeDasharray="4 3" />;
}

export function BandMark({ band }: { band: PlacedBand }) {
  return <path d={band.d} fill={band.color} fillOpacity={0.3} stroke="none" />;
}

export interface CursorDot extends Point {
  color: string;
}

/** The cursor's vertical rule across the plot and a dot on each series. */
export function CursorMark({ x, plot, dots }: { x: number; plot: Bounds; dots: readonly CursorDot[] }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke={PALETTE.ink} strokeWidth={1} strokeOpacity={0.5} />
      {dots.map((dot, i) => (
        <circle key={i} cx={dot.x} cy={dot.y} r={4} fill="#fff" stroke={dot.color} strokeWidth={2} />
      ))}
    </g>
  );
}

/** A panel's series: bands first, the baseline's dashed lines behind, then the lines. */
export function PanelSeries({ panel }: { panel: PlacedPanel }) {
  return (
    <g>
      {panel.bands.map((band) => (
        <BandMark key={band.id} band={band} />
      ))}
      {panel.lines.map((line) => (
        <BaselineMark key={`b-${line.id}`} d={line.baselineD} />
      ))}
      {panel.lines.map((line) => (
        <LineMark key={line.id} line={line} />
      ))}
    </g>
  );
}

/** A horizontal reference line across a panel (1× on a ratio axis). */
export function ReferenceRule({ panel, value }: { panel: PlacedPanel; value: number }) {
  const y = panel.y(value);
  if (y < panel.bounds.top - 0.5 || y > panel.bounds.bottom + 0.5) return null;
  return <line x1={panel.bounds.left} x2={panel.bounds.right} y1={y} y2={y} stroke={PALETTE.muted} strokeWidth={1} shapeRendering="crispEdges" />;
}
