// The headline, the first screen's answer (issue 9 point 3): the scenario's
// title (and, once edited, what it is based on and what changed), a sentence
// written from the numbers and framed by the lens, the year of the figures,
// and the lens's leading figures; "Edit the scenario" jumps to the editor.
// The other figures and the lens's intro follow the lead chart (FigureSheet),
// and so do the conditions the sentence rests on (Conditions.tsx), but for the
// closest one or two, said right under the sentence (ConditionsBrief).
// Text only: the title is untrusted (a link or file sets it) and React
// escapes it; nothing here sets HTML.
import { useStore } from '../../state/store';
import { frontierFor, resultFor, useBaselineResult, useResult, useScenario } from '../../state/results';
import { LENSES } from '../lens';
import { figureViews } from './figures';
import { figureContext, noAIScenario, sentenceFacts } from './facts';
import { headlineSentence } from './sentence';
import { FigureList } from './FigureList';
import { YearChoice } from './YearChoice';
import { BasedOn } from './BasedOn';
import { EditLink } from './EditLink';
import { ConditionsBrief } from './Conditions';
import { useFigureYear } from './useFigureYear';
import { LEAD_COUNT } from './leadCount';
import { useLocale, useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';
import './headline.css';

export { LEAD_COUNT };

export function Headline() {
  const scenario = useScenario();
  const result = useResult();
  const lens = useStore((s) => s.lens);
  const baseline = useBaselineResult();
  const config = LENSES[lens];
  const year = useFigureYear();
  const t = useT();
  const locale = useLocale();

  // Only the finance sentence reads the frontier; the other lenses skip its sweep.
  const frontier = lens === 'finance' ? frontierFor(scenario) : undefined;
  const sentence = headlineSentence(sentenceFacts(scenario, result, resultFor(noAIScenario(scenario)), frontier), lens, locale);
  const views = figureViews(config.figures.slice(0, LEAD_COUNT), result, figureContext(scenario, locale, year), baseline, config.companions);

  return (
    <section className="headline" aria-labelledby="headline-title">
      <div className="headline-head">
        <h2 id="headline-title" className="headline-title">{displayTitle(scenario.title)}</h2>
        <EditLink />
      </div>
      <BasedOn />
      <p className="headline-sentence" data-testid="headline-sentence" aria-live="polite">
        {sentence}
      </p>
      <ConditionsBrief />
      <YearChoice />
      <h3 className="visually-hidden">{t('headline.leadingFigures')}</h3>
      <FigureList views={views} lead />
    </section>
  );
}
