// The width a chart has to fill, from a ResizeObserver on its container.
// Measured in a layout effect so the first paint already has the right width;
// a fixed `width` (embeds, downloads, tests) skips measuring.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Width used before measuring and where nothing can be measured (jsdom). */
export const FALLBACK_WIDTH = 640;
/** Charts are laid out for at least this width; narrower containers scale the SVG down. */
export const MIN_WIDTH = 280;

export function useWidth<T extends HTMLElement>(fixed?: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (fixed !== undefined || !el) return;
    const update = (w: number) => {
      // Whole pixels: sub-pixel jitter must not trigger a new layout.
      if (w > 0) setMeasured((old) => (old === Math.floor(w) ? old : Math.floor(w)));
    };
    update(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => update(entries[0].contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [fixed]);

  return [ref, Math.max(MIN_WIDTH, fixed ?? measured ?? FALLBACK_WIDTH)];
}
