// The figures after the lens's lead four, below the lead chart: who the lens
// is for, then every other figure as a compact sheet, in the year of the
// figures (useFigureYear), with the change against a pinned baseline. It follows
// an edit one render behind the first screen (useDeferredScenario).
import { useStore } from '../../state/store';
import { resultFor, useBaselineResult, useDeferredScenario } from '../../state/results';
import { LENSES } from '../lens';
import { figureViews } from './figures';
import { figureContext } from './facts';
import { FigureList } from './FigureList';
import { useFigureYear } from './useFigureYear';
import { LEAD_COUNT } from './leadCount';
import { useLocale, useT } from '../../i18n/react';
import './headline.css';

export function FigureSheet() {
  // Below the lead chart: an edit reaches it after the first screen has painted.
  const { scenario, stale } = useDeferredScenario();
  const result = resultFor(scenario);
  const lens = useStore((s) => s.lens);
  const baseline = useBaselineResult();
  const config = LENSES[lens];
  const year = useFigureYear();
  const t = useT();
  const locale = useLocale();
  const views = figureViews(config.figures.slice(LEAD_COUNT), result, figureContext(scenario, locale, year), baseline, config.companions);
  return (
    <section className="figure-sheet" aria-labelledby="figure-sheet-title" data-stale={stale || undefined}>
      <h3 id="figure-sheet-title" className="figure-sheet-title">{t('headline.moreFigures')}</h3>
      <p className="headline-intro" data-lens={lens}>{config.intro}</p>
      <FigureList views={views} lead={false} />
    </section>
  );
}
