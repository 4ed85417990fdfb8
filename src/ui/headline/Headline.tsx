// The headline: the scenario's title, a sentence written from the numbers and
// framed by the lens, who the lens is for, and the final year's figures with
// the lens's leading ones first. Text only: the title is untrusted (a link or
// file sets it) and React escapes it; nothing here sets HTML.
import { useStore } from '../../state/store';
import { frontierFor, resultFor, useBaselineResult, useResult, useScenario } from '../../state/results';
import { LENSES } from '../lens';
import { figureViews } from './figures';
import { figureContext, noAIScenario, sentenceFacts } from './facts';
import { headlineSentence } from './sentence';
import { FigureList } from './FigureList';
import { Flips } from './Flips';
import { useLocale, useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';
import './headline.css';

/** How many of the lens's figures lead (shown larger, first). */
export const LEAD_COUNT = 4;

export function Headline() {
  const scenario = useScenario();
  const result = useResult();
  const lens = useStore((s) => s.lens);
  const baselineScenario = useStore((s) => s.baseline);
  const baseline = useBaselineResult();
  const config = LENSES[lens];
  const t = useT();
  const locale = useLocale();

  // Only the finance sentence reads the frontier; the other lenses skip its sweep.
  const frontier = lens === 'finance' ? frontierFor(scenario) : undefined;
  const sentence = headlineSentence(sentenceFacts(scenario, result, resultFor(noAIScenario(scenario)), frontier), lens, locale);
  const views = figureViews(config.figures, result, figureContext(scenario, locale), baseline);
  const finalYear = result.years[result.years.length - 1].year;

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="headline-title">{displayTitle(scenario.title)}</h2>
      <p className="headline-sentence" data-testid="headline-sentence" aria-live="polite">
        {sentence}
      </p>
      <Flips scenario={scenario} lens={lens} />
      <p className="headline-intro" data-lens={lens}>{config.intro}</p>
      {/* The baseline is pinned from the share bar (src/ui/share). */}
      <p className="headline-note">
        {baselineScenario
          ? t('headline.noteBaseline', { year: String(finalYear), baseline: displayTitle(baselineScenario.title) })
          : t('headline.note', { year: String(finalYear) })}
      </p>
      <h3 className="visually-hidden">{t('headline.leadingFigures')}</h3>
      <FigureList views={views.slice(0, LEAD_COUNT)} lead />
      <h3 className="visually-hidden">{t('headline.moreFigures')}</h3>
      <FigureList views={views.slice(LEAD_COUNT)} lead={false} />
    </section>
  );
}
