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

  // Only the finance sentence reads the frontier; the other lenses skip its sweep.
  const frontier = lens === 'finance' ? frontierFor(scenario) : undefined;
  const sentence = headlineSentence(sentenceFacts(scenario, result, resultFor(noAIScenario(scenario)), frontier), lens);
  const views = figureViews(config.figures, result, figureContext(scenario), baseline);
  const finalYear = result.years[result.years.length - 1].year;

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="headline-title">{scenario.title}</h2>
      <p className="headline-sentence" data-testid="headline-sentence" aria-live="polite">
        {sentence}
      </p>
      <p className="headline-intro" data-lens={lens}>{config.intro}</p>
      {/* The baseline is pinned from the share bar (src/ui/share). */}
      <p className="headline-note">
        Figures for {finalYear}, the final year
        {baselineScenario && <>; changes against the pinned baseline, “{baselineScenario.title}”</>}.
      </p>
      <h3 className="visually-hidden">Leading figures</h3>
      <FigureList views={views.slice(0, LEAD_COUNT)} lead />
      <h3 className="visually-hidden">More figures</h3>
      <FigureList views={views.slice(LEAD_COUNT)} lead={false} />
    </section>
  );
}
