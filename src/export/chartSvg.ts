// A chart's SVG for downloads: the registry's component rendered at a fixed
// width into an off-screen container, its <svg> serialised with the computed
// styles written inline (the page's CSS does not travel with the file).
// Rendering afresh rather than copying the page's SVG gives every download the
// same width, whatever the screen, and works for charts the lens hides.
import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CHARTS } from '../charts/registry';
import type { ChartProps } from '../charts/types';
import type { ChartId } from '../ui/lens';

/** Card charts are drawn at this width (the charts' wide layout). */
export const EXPORT_WIDTH = 680;

// Presentation properties that CSS may set on SVG elements.
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'visibility', 'shape-rendering', 'paint-order',
] as const;

/** Copy the computed presentation styles of `live`'s elements onto the same elements of `copy`. */
function inlineStyles(live: SVGSVGElement, copy: SVGSVGElement) {
  const from = [live, ...live.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(el);
    if (style.display === 'none') {
      target.setAttribute('display', 'none');
      return;
    }
    const decl = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (decl) target.setAttribute('style', decl);
    // Attributes that mean something only on the page.
    for (const attr of ['tabindex', 'class', 'aria-labelledby', 'aria-describedby']) target.removeAttribute(attr);
  });
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  /** The chart's heading as the page shows it. */
  title: string;
}

/** Render one chart of the registry off-screen and serialise it. */
export function chartSvg(id: ChartId, props: Omit<ChartProps, 'width' | 'headingLevel'>, width = EXPORT_WIDTH): ChartSvg {
  return elementSvg(createElement(CHARTS[id].Component, { ...props, width }), width, CHARTS[id].title);
}

/**
 * Render any chart element (drawn at `width`) off-screen and serialise its
 * SVG: the registry's charts and the uncertainty panel's fans.
 */
export function elementSvg(element: ReactElement, width: number, fallbackTitle: string): ChartSvg {
  const host = document.createElement('div');
  // Laid out (so computed styles resolve) but off screen and never read aloud.
  // Not visibility:hidden: the SVG's elements would inherit it into the file.
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;pointer-events:none`;
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const live = host.querySelector('.chart-body svg') ?? host.querySelector('svg');
    if (!(live instanceof SVGSVGElement)) throw new Error(`The ${fallbackTitle} chart drew no SVG.`);
    const copy = live.cloneNode(true) as SVGSVGElement;
    inlineStyles(live, copy);
    copy.removeAttribute('style');
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const title = host.querySelector('.chart-title')?.textContent?.trim() || fallbackTitle;
    return {
      svg: new XMLSerializer().serializeToString(copy),
      width: Number(copy.getAttribute('width')) || width,
      height: Number(copy.getAttribute('height')) || live.getBoundingClientRect().height,
      title,
    };
  } finally {
    root.unmount();
    host.remove();
  }
}
