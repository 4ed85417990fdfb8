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
import { formatMoney } from '../format';
import { leversFor } from './leversFor';
import { conclusion } from './conclusion';
import { LeverTable } from './LeverTable';
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
      if (value === null || value < 0) return `must be at least 0, got ${value}`;
      setView({ savings: value });
      return undefined;
    },
  });
  const error = withStillUsing(entry.error, entry.stillUsing);

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
      <h2 id={`${id}-title`}>Downturn levers: tokens, pay or people?</h2>
      <p className="levers-intro">
        Save the same amount three ways, from the year the downturn starts on, and compare what each cut does to
        output, jobs and pay in {finalYear}.
      </p>
      <div className="levers-controls">
        <div className="levers-field">
          <label htmlFor={`${id}-savings`}>Savings target</label>
          <div className="levers-input-row">
            <input
              id={`${id}-savings`}
              name="savings"
              {...entry.inputProps}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-savings-unit ${id}-savings-hint${error ? ` ${id}-savings-error` : ''}`}
            />
            <span id={`${id}-savings-unit`} className="levers-unit">{scenario.currency}, cumulative</span>
            {(chosenSavings !== null || error) && (
              <button type="button" className="levers-reset" aria-label="Reset savings target" onClick={() => { entry.clear(); setView({ savings: null }); }}>
                Reset
              </button>
            )}
          </div>
          <p id={`${id}-savings-hint`} className="levers-hint">
            Default: a tenth of the cost from {year} on ({formatMoney(defaultSavings, scenario.currency)}).
          </p>
          {error && <p id={`${id}-savings-error`} className="levers-error" role="alert">Savings target {error}</p>}
        </div>
        <div className="levers-field">
          <label htmlFor={`${id}-year`}>Downturn starts in</label>
          <select id={`${id}-year`} name="downturnYear" value={year} onChange={(e) => setView({ downturnYear: Number(e.target.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      {failure && <p className="levers-error">The levers cannot be compared for this scenario: {failure}</p>}
      {comparison && (
        <div className={stale ? 'levers-result levers-result--stale' : 'levers-result'} aria-busy={stale}>
          <p className="levers-conclusion" data-testid="levers-conclusion">
            {conclusion(comparison, scenario.currency)}
          </p>
          <LeverTable comparison={comparison} currency={scenario.currency} />
          {comparison.base.costSaved > 0 && (
            <p className="levers-hint">
              The scenario’s own cuts already save {formatMoney(comparison.base.costSaved, scenario.currency)}; each
              lever saves the target on top of them.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
