// Downturn levers (PRODUCT.md, finance: "tokens versus pay versus layoffs as
// downturn levers"): the user sets a savings target and the year the downturn
// starts; the solver finds the cut of each lever that saves exactly that, and
// the table compares what each does to output, jobs and pay.
//
// The solver runs the engine 60–120 times: 1–5 ms for 10 teams × 10 years,
// ≈15 ms for 20 teams × 30 years (bench/levers.bench.ts). Its inputs are
// deferred (useDeferredValue), so typing here or in the editor never waits for it.
import { useDeferredValue, useId } from 'react';
import { useResult, useScenario } from '../../state/results';
import { downturnStart, useView } from '../../state/view';
import { useNumberEntry, withStillUsing } from '../editor/controls/useNumberEntry';
import { costFrom, type LeverComparison } from '../../model/levers';
import { formatMoney, formatNumber } from '../format';
import { leversFor } from './leversFor';
import { conclusion } from './conclusion';
import { LeverTable } from './LeverTable';
import { useLocale, useT } from '../../i18n/react';
import './levers.css';

/** Default target: a tenth of the cumulative cost from the downturn's first year. */
export const DEFAULT_SHARE = 0.1;

/** Three significant digits: a target a person would type (4,322,236 → 4,320,000). */
export function roundTarget(v: number): number {
  if (!(v > 0)) return 0;
  const step = Math.pow(10, Math.max(0, Math.floor(Math.log10(v)) - 2));
  return Math.round(v / step) * step;
}

export function DownturnLevers() {
  const scenario = useScenario();
  const result = useResult();
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const firstYear = scenario.startYear;
  const finalYear = scenario.startYear + scenario.years - 1;
  // The question lives in the view, so a link carries it (src/state/linkView.ts); null: the default.
  const chosenSavings = useView((v) => v.savings);
  const chosenYear = useView((v) => v.downturnYear);
  const setView = useView((v) => v.set);

  // The year stays inside the run when the scenario's years change.
  const year = downturnStart(scenario, chosenYear);
  const defaultSavings = roundTarget(DEFAULT_SHARE * costFrom(result.years, year));
  const savings = chosenSavings ?? defaultSavings;
  const entry = useNumberEntry({
    value: savings,
    currency: scenario.currency,
    commit: (value) => {
      if (value === null) return t('fieldError.notNumber');
      if (value < 0) return t('fieldError.atLeast', { min: formatNumber(0, 0, locale), got: formatNumber(value, 6, locale) });
      setView({ savings: value });
      return undefined;
    },
  });
  const error = withStillUsing(entry.error, entry.inUse);

  // Deferred one by one (an object made while rendering would differ on every render).
  const deferredScenario = useDeferredValue(scenario);
  const deferredSavings = useDeferredValue(savings);
  const deferredYear = useDeferredValue(year);
  let comparison: LeverComparison | null = null;
  let failure: string | null = null;
  try {
    if (deferredSavings !== null) comparison = leversFor(deferredScenario, deferredSavings, deferredYear);
  } catch (e) {
    // A custom curve the solver cannot compile yet: say so here, keep the rest of the page.
    failure = e instanceof Error ? e.message : String(e);
  }
  const stale = deferredScenario !== scenario || deferredSavings !== savings || deferredYear !== year;
  const years = Array.from({ length: scenario.years }, (_, i) => firstYear + i);

  return (
    <section className="levers" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('levers.title')}</h2>
      <p className="levers-intro">{t('levers.intro', { year: String(finalYear) })}</p>
      <div className="levers-controls">
        <div className="levers-field">
          <label htmlFor={`${id}-savings`}>{t('levers.target')}</label>
          <div className="levers-input-row">
            <input
              id={`${id}-savings`}
              name="savings"
              {...entry.inputProps}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-savings-unit ${id}-savings-hint${error ? ` ${id}-savings-error` : ''}`}
            />
            <span id={`${id}-savings-unit`} className="levers-unit">{t('levers.unit', { currency: scenario.currency })}</span>
            {(chosenSavings !== null || error) && (
              <button type="button" className="levers-reset" aria-label={t('levers.resetTarget')} onClick={() => { entry.clear(); setView({ savings: null }); }}>
                {t('field.reset')}
              </button>
            )}
          </div>
          <p id={`${id}-savings-hint`} className="levers-hint">
            {t('levers.default', { year: String(year), amount: formatMoney(defaultSavings, scenario.currency, locale) })}
          </p>
          {error && <p id={`${id}-savings-error`} className="levers-error" role="alert">{t('field.error', { label: t('levers.target'), error })}</p>}
        </div>
        <div className="levers-field">
          <label htmlFor={`${id}-year`}>{t('levers.start')}</label>
          <select id={`${id}-year`} name="downturnYear" value={year} onChange={(e) => setView({ downturnYear: Number(e.target.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      {failure && <p className="levers-error">{t('levers.failed', { reason: failure })}</p>}
      {comparison && (
        <div className={stale ? 'levers-result levers-result--stale' : 'levers-result'} aria-busy={stale}>
          <p className="levers-conclusion" data-testid="levers-conclusion">
            {conclusion(comparison, scenario.currency, locale)}
          </p>
          <LeverTable comparison={comparison} currency={scenario.currency} />
          {comparison.base.costSaved > 0 && (
            <p className="levers-hint">{t('levers.ownCuts', { amount: formatMoney(comparison.base.costSaved, scenario.currency, locale) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
