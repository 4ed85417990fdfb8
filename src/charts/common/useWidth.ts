// The width a chart has to fill, from a ResizeObserver on its container.
// Measured in a layout effect so the first paint already has the right width;
// a fixed `width` (embeds, downloads, tests) skips measuring.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Width used before measuring and where nothing can be measured (jsdom). */
export const FALLBACK_WIDTH = 640;
/** Charts are laid out for at least this width; narrower containers scale the SVG down. */
export const MIN_WIDTH = 280;

export function useWidth<T extends HTMLElement>(fixed?: number): [RefObject<T | null>, number] {
  const [ref, width] = useChartSize<T>(fixed, false);
  return [ref, width];
}

/**
 * Width and, with `fit`, the height the chart's box gives it (an embed, whose
 * chart fills what the headline, source line and link leave of the frame).
 * The box's size must not depend on its content (CSS: flex-basis 0), or
 * drawing into it would grow it.
 */
export function useChartSize<T extends HTMLElement>(fixed: number | undefined, fit: boolean): [RefObject<T | null>, number, number | undefined] {
  const ref = useRef<T | null>(null);
  const [measured, setMeasured] = useState<{ width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if ((fixed !== undefined && !fit) || !el) return;
    const update = (w: number, h: number) => {
      // Whole pixels: sub-pixel jitter must not trigger a new layout.
      const next = { width: Math.floor(w), height: Math.floor(h) };
      if (w > 0) setMeasured((old) => (old && old.width === next.width && old.height === next.height ? old : next));
    };
    update(el.clientWidth, el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => update(entries[0].contentRect.width, entries[0].contentRect.height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [fixed, fit]);

  const width = Math.max(MIN_WIDTH, fixed ?? measured?.width ?? FALLBACK_WIDTH);
  return [ref, width, fit && measured && measured.height > 0 ? measured.height : undefined];
}
