// Beside the headline sentence: the conditions it rests on (PRODUCT.md
// capability 12), "1 role at risk by 2030, as long as demand grows less than
// 5.6% a year and …", and a disclosure listing every input's flip value
// against today's, closest first. Each flip value carries `data-flip` (the
// input's MODEL.md path) and `data-value` (unrounded; empty when the input
// cannot flip the headline within its bounds), for checks and scripts.
import type { Scenario } from '../../scenario/schema';
import type { Lens } from '../../state/store';
import { LENS_HEADLINES, type Flips as FlipsResult } from '../../model/flips';
import { useLocale, useT } from '../../i18n/react';
import { rangeParam } from '../uncertainty/rangeParams';
import { flipClaim, flipCondition, flipsBrief, flipsLine, flipValues, type FlipTextContext } from './flipText';
import { useFlips } from './useFlips';
import './flips.css';

export function Flips({ scenario, lens }: { scenario: Scenario; lens: Lens }) {
  const t = useT();
  const locale = useLocale();
  const state = useFlips(scenario, LENS_HEADLINES[lens]);
  if (state.unavailable) return null;
  const ctx: FlipTextContext = { currency: scenario.currency, budgetMode: scenario.tokens.budgetMode, locale };
  const shown = state.flips ?? state.previous;
  const stale = state.flips === null;
  const line = state.flips ? flipsLine(state.flips, ctx) : null;
  let text: string | null;
  if (state.error) text = t('headline.flips.failed', { message: state.error });
  else if (state.pending) text = t('headline.flips.working');
  else text = line;
  return (
    <div className="headline-flips" data-testid="headline-flips" data-stale={stale ? 'true' : undefined} aria-busy={state.pending}>
      {text !== null && (
        <p className={stale ? 'headline-flips-line headline-flips-line--working' : 'headline-flips-line'} data-testid="headline-flips-line" aria-live="polite">
          {text}
        </p>
      )}
      {shown && <FlipTable flips={shown} scenario={scenario} ctx={ctx} stale={stale} />}
    </div>
  );
}

/**
 * Under the headline sentence: the closest conditions only ("As long as …"), once
 * the worker has them for this very scenario (nothing while it searches, so the
 * line never says an old scenario's conditions as if they were this one's).
 * The worker folds this search with Flips' own (worker/client.ts): one search.
 */
export function FlipsBrief({ scenario, lens }: { scenario: Scenario; lens: Lens }) {
  const locale = useLocale();
  const state = useFlips(scenario, LENS_HEADLINES[lens]);
  if (state.unavailable || !state.flips) return null;
  const ctx: FlipTextContext = { currency: scenario.currency, budgetMode: scenario.tokens.budgetMode, locale };
  const wide = flipsBrief(state.flips, ctx, 2);
  if (wide === null) return null;
  // A phone says the closest condition only (headline.css hides the other text, for screen readers too): its
  // first screen holds the sentence, this line, the lead figures and the whole lead chart (issue 9 point 3).
  const narrow = flipsBrief(state.flips, ctx, 1);
  return (
    <p className="headline-flips-brief" data-testid="headline-flips-brief">
      {narrow === wide ? wide : (
        <>
          <span className="headline-flips-brief-wide">{wide}</span>
          <span className="headline-flips-brief-narrow">{narrow}</span>
        </>
      )}
    </p>
  );
}

function FlipTable({ flips, scenario, ctx, stale }: { flips: FlipsResult; scenario: Scenario; ctx: FlipTextContext; stale: boolean }) {
  const t = useT();
  const claim = flipClaim(flips, ctx);
  return (
    <details className="headline-flips-details">
      <summary>{t('headline.flips.summary')}</summary>
      {claim !== null && <p className="headline-flips-intro">{t('headline.flips.intro', { claim })}</p>}
      <div className="headline-flips-table" tabIndex={0} role="region" aria-label={t('headline.flips.summary')}>
        <table className={stale ? 'headline-flips-stale' : undefined}>
          <thead>
            <tr>
              <th scope="col">{t('headline.flips.input')}</th>
              <th scope="col">{t('headline.flips.today')}</th>
              <th scope="col">{t('headline.flips.flipsAt')}</th>
              <th scope="col">{t('headline.flips.holds')}</th>
            </tr>
          </thead>
          <tbody>
            {flips.inputs.map((f) => {
              const values = flipValues(f, ctx);
              return (
                <tr key={f.path}>
                  <th scope="row">{rangeParam(f.path, scenario).label}</th>
                  <td>{values.today}</td>
                  <td data-flip={f.path} data-value={f.flip === null ? '' : String(f.flip)}>
                    {values.flip ?? t('headline.flips.none')}
                  </td>
                  <td>{flipCondition(f, ctx) ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
