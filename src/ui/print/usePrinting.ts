// True while the page is printed: the charts then lay themselves out for the
// brief's half-page columns (print.css) instead of scaling down a layout made
// for the screen. `beforeprint` re-renders synchronously (flushSync), before
// the browser lays out the printed page; the print media query covers print
// previews and headless PDF output.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** A chart's width in the brief: half of A4's printable width (186 mm ≈ 703 px), less the gap. */
export const PRINT_CHART_WIDTH = 340;

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(query.matches);
    const change = () => set(query.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}
