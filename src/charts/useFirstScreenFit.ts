// The lens' lead chart ends on the first screen (issue 9 point 3: a link
// opens on its answer, axis years included, at 390×844 and 1366×768, in every
// lens and language). The chart is drawn fitted (ChartProps.fit) into a body
// whose height is what the small viewport leaves below the body's top
// (ChartsPanel.css: `100svh - --lead-top`), capped at the chart's natural height,
// so it never grows past its usual size and never passes the fold while there is
// room for it. The top is measured in document coordinates, so scrolling or a
// phone's toolbars coming and going (svh) change nothing; it is measured again
// whenever the page's size changes (what is above loads or wraps) and when the
// chart's natural height changes (a new width).
import { useLayoutEffect, type RefObject } from 'react';

export function useFirstScreenFit(ref: RefObject<HTMLElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const item = ref.current;
    if (!on || !item || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const body = item.querySelector<HTMLElement>('.chart-body');
      if (!body) return;
      // Whole pixels, so that sub-pixel jitter does not lay the chart out again.
      item.style.setProperty('--lead-top', `${Math.round(body.getBoundingClientRect().top + window.scrollY)}px`);
      const natural = Number(body.dataset.naturalHeight);
      if (natural > 0) item.style.setProperty('--lead-natural', `${natural}px`);
    };
    update();
    const resized = new ResizeObserver(update);
    resized.observe(document.documentElement);
    const redrawn = new MutationObserver(update);
    redrawn.observe(item, { attributes: true, attributeFilter: ['data-natural-height'], subtree: true, childList: true });
    return () => {
      resized.disconnect();
      redrawn.disconnect();
    };
  }, [ref, on]);
}
