// Charts that fill a height (embeds): the fitted layout is as tall as asked,
// down to the smallest main panel, and reports its natural height.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLayout, MIN_MAIN } from '../../../src/charts/common/fit';
import { mainPanelHeight } from '../../../src/charts/common/yearChart';
import { headcountLayout } from '../../../src/charts/headcount/layout';
import { outputLayout } from '../../../src/charts/output/layout';
import { costsLayout } from '../../../src/charts/costs/layout';
import { frontierLayout, frontierPanelHeight } from '../../../src/charts/frontier/layout';
import { simulate, frontier } from '../../../src/model';
import { getPreset } from '../../../src/scenario/allPresets';

const scenario = getPreset('typical-spend')!.scenario;
const rows = simulate(scenario).years;
const f = frontier(scenario);
const fmt = { currency: 'USD' };

const charts = {
  headcount: (w: number, m?: number) => headcountLayout(rows, null, w, fmt, m),
  output: (w: number, m?: number) => outputLayout(rows, null, w, fmt, m), // two panels
  costs: (w: number, m?: number) => costsLayout(rows, null, w, fmt, m),
};

describe('fitted layouts', () => {
  for (const [name, layout] of Object.entries(charts)) {
    it(`${name}: as tall as the box, whatever its size, and no taller`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 280, max: 1400 }), fc.integer({ min: 150, max: 1200 }), (width, target) => {
          const natural = layout(width).height;
          const fitted = fitLayout(target, mainPanelHeight(width), (m) => layout(width, m));
          expect(fitted.naturalHeight).toBe(natural);
          // Rounding of panel heights: within a pixel per panel.
          const main = 'panels' in fitted ? fitted.panels[0].bounds.height : fitted.bounds.height;
          // As tall as the box, within rounding; or taller only when the main panel is at its smallest (CSS then scales it down).
          if (Math.abs(fitted.height - target) > 2) {
            expect(fitted.height).toBeGreaterThan(target);
            expect(main).toBeLessThanOrEqual(MIN_MAIN + 1);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the frontier fits too (two panels)', () => {
    for (const [width, target] of [[336, 300], [616, 330], [900, 700]]) {
      const fitted = fitLayout(target, frontierPanelHeight(width), (m) => frontierLayout(f, null, width, fmt, m));
      expect(Math.abs(fitted.height - target)).toBeLessThanOrEqual(2);
    }
  });

  it('without a target, the layout is the one the page draws', () => {
    expect(fitLayout(undefined, mainPanelHeight(640), (m) => charts.headcount(640, m)).height).toBe(charts.headcount(640).height);
  });
});
