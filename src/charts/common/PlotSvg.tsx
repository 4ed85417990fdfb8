// The interactive shell of every chart: an SVG with its <title> and <desc>,
// focusable as one element whose arrow keys move a cursor across the stops
// (years, or the frontier's budgets), with the reading in a tooltip. Hover and
// touch move the same cursor. Marks come in as children.
import { useId, type ReactNode } from 'react';
import type { Bounds } from './bounds';
import { useCursor } from './useCursor';
import { Tooltip } from './Tooltip';
import type { TooltipModel } from './yearChart';
import { FONT_FAMILY } from './text';
import { useT } from '../../i18n/react';

export interface PlotSvgProps {
  width: number;
  height: number;
  title: string;
  description: string;
  /** The area the cursor's rule spans. */
  plot: Bounds;
  /** x of each cursor stop, ascending. */
  stops: readonly number[];
  /** Stops per arrow press. */
  step?: number;
  /** Stop shown when the chart gets keyboard focus. */
  start?: number;
  /** What the arrow keys step through, for the instructions: years, or the frontier's budgets. */
  stepsThrough: 'year' | 'budget';
  tooltipAt(index: number): TooltipModel;
  /** The cursor's rule and dots at a stop. */
  cursor(index: number): ReactNode;
  children: ReactNode;
}

/** Below this chart width the tooltip sits under the plot instead of beside the cursor. */
const NARROW = 480;

function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

export function PlotSvg(props: PlotSvgProps) {
  const { width, height, title, description, plot, stops } = props;
  const id = useId();
  const cursor = useCursor(stops, props.step, props.start);
  const index = cursor.index;
  const t = useT();
  return (
    <div
      className="chart-plot"
      tabIndex={0}
      role="group"
      aria-label={t(props.stepsThrough === 'year' ? 'chart.keys.year' : 'chart.keys.budget', { title })}
      onKeyDown={cursor.onKeyDown}
      onFocus={(event) => {
        // A click focuses the chart too; only a keyboard focus starts the reading.
        if (focusVisible(event.currentTarget)) cursor.onFocus();
      }}
      onBlur={cursor.onBlur}
    >
      <svg
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontFamily={FONT_FAMILY}
        onPointerMove={cursor.onPointerMove}
        onPointerDown={cursor.onPointerMove}
        onPointerLeave={cursor.onPointerLeave}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect width={width} height={height} fill="#fff" />
        {props.children}
        {index !== null && props.cursor(index)}
      </svg>
      <Tooltip model={index !== null ? props.tooltipAt(index) : null} at={index !== null ? stops[index] / width : 0} top={plot.top} below={width < NARROW} />
    </div>
  );
}
