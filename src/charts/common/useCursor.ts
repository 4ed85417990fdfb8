// The chart's cursor: one stop (year, or sweep point) read out in the tooltip.
// Keyboard: the plot is one focusable element; left and right arrows move across
// stops, PageUp/PageDown five at a time, Home and End jump to the ends, Escape hides. Pointer (mouse, pen, touch): the nearest stop.
import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { bisectCenter } from 'd3-array';

export interface Cursor {
  /** The stop shown, or null. */
  index: number | null;
  onKeyDown(event: KeyboardEvent): void;
  onFocus(): void;
  onBlur(): void;
  onPointerMove(event: PointerEvent<SVGSVGElement>): void;
  onPointerLeave(event: PointerEvent<SVGSVGElement>): void;
}

/**
 * @param stops x of each stop in SVG pixels, ascending.
 * @param step stops moved by one arrow press (PageUp/PageDown move five times as far).
 * @param start stop shown on focus (the final year: what the headline reports).
 */
export function useCursor(stops: readonly number[], step = 1, start = stops.length - 1): Cursor {
  const [key, setKey] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const last = stops.length - 1;
  const clamp = useCallback((i: number) => Math.max(0, Math.min(last, i)), [last]);

  const onKeyDown = (event: KeyboardEvent) => {
    const current = key ?? start;
    let next: number | null = null;
    // Up and down are left to scroll the page.
    if (event.key === 'ArrowRight') next = current + step;
    else if (event.key === 'ArrowLeft') next = current - step;
    else if (event.key === 'PageUp') next = current + 5 * step;
    else if (event.key === 'PageDown') next = current - 5 * step;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') {
      setKey(null);
      setHover(null);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setHover(null);
    setKey(clamp(next));
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const rect = svg.getBoundingClientRect();
    const viewWidth = svg.viewBox.baseVal?.width || rect.width;
    // The SVG may be drawn smaller than its layout width (very narrow screens).
    const x = rect.width > 0 ? ((event.clientX - rect.left) * viewWidth) / rect.width : 0;
    setHover(clamp(bisectCenter(stops as number[], x)));
  };

  return {
    // A stale index (a scenario with fewer years) is clamped, never out of range.
    index: stops.length === 0 ? null : hover !== null ? clamp(hover) : key !== null ? clamp(key) : null,
    onKeyDown,
    onFocus: () => setKey((k) => k ?? clamp(start)),
    onBlur: () => setKey(null),
    onPointerMove,
    onPointerLeave: (event) => {
      // A touch ends with pointerleave: keep the reading on screen until the next touch.
      if (event.pointerType !== 'touch') setHover(null);
    },
  };
}
