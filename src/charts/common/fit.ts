// Charts that fill a given height (issue 9 point 6: an embed lays itself out to
// fit its iframe). A layout's height is affine in its main panel's height (the
// legend, titles, gaps and axis do not change with it), so two trial layouts
// give the main height that makes the chart `target` pixels tall.

/** Below this a panel cannot show its ticks: the chart keeps it and is scaled down by CSS instead. */
export const MIN_MAIN = 64;

/**
 * The layout `target` pixels tall (or as near as MIN_MAIN allows); without a
 * target, the layout at its natural main height. `naturalHeight` is the height
 * the chart would take unfitted: what an embed tells its host page it needs.
 */
export function fitLayout<L extends { height: number }>(target: number | undefined, natural: number, layoutAt: (main: number) => L): L & { naturalHeight: number } {
  const first = layoutAt(natural);
  const done = (layout: L) => Object.assign(layout, { naturalHeight: first.height });
  if (target === undefined || Math.abs(first.height - target) < 1) return done(first);
  const probe = layoutAt(natural + 100);
  const perPixel = (probe.height - first.height) / 100;
  if (!(perPixel > 0)) return done(first);
  const main = Math.max(MIN_MAIN, Math.floor(natural + (target - first.height) / perPixel));
  return done(layoutAt(main));
}
