// Compare mode: with a baseline pinned, "explain the gap" splits the change in
// one figure, in the year of the figures (useFigureYear: the year the two runs
// differ most unless the reader chose one), between groups of parameters
// (src/model/explain.ts).
// The figures' deltas and the charts' overlays are drawn by their own modules.
// Loaded when a baseline is first pinned (Compare.tsx).
import { useId, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { resultFor } from '../../state/results';
import { explainGap, type ExplainMetric } from '../../model/explain';
import { FIGURES, formatDelta, formatFigure } from '../headline/figures';
import { figureContext } from '../headline/facts';
import { GapChart } from './GapChart';
import { useFigureYear } from '../headline/useFigureYear';
import { useLocale, useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';
import { richText, PLACE } from '../richText';
import './compare.css';

/** Yearly figures the gap can be explained for. */
export const GAP_METRICS = [
  'totalCost', 'rolesAtRisk', 'engineers', 'required', 'jobsChange', 'shortfall', 'costPerOutput',
  'cashPay', 'advertisedPay', 'multiplier', 'intensity', 'tokenShare',
] as const satisfies readonly ExplainMetric[];
type GapMetric = (typeof GAP_METRICS)[number];

export function CompareBody() {
  const baseline = useStore((s) => s.baseline);
  const scenario = useStore((s) => s.scenario);
  const setBaseline = useStore((s) => s.setBaseline);
  const [metric, setMetric] = useState<GapMetric>('totalCost');
  const id = useId();
  const t = useT();
  const locale = useLocale();
  const year = useFigureYear();
  const explanation = useMemo(
    () => (baseline ? explainGap(baseline, scenario, metric, { run: resultFor, year }) : null),
    [baseline, scenario, metric, year],
  );
  if (!baseline || !explanation) return null;

  const def = FIGURES[metric];
  const ctx = figureContext(scenario, locale, year);
  const delta = (v: number | null) => formatDelta(def.kind, v, ctx);
  const same = explanation.contributions.length === 0;

  return (
    <section className="compare-panel" aria-labelledby={`${id}-h`}>
      <div className="compare-head">
        <h2 id={`${id}-h`}>{t('gap.title')}</h2>
        <button type="button" onClick={() => setBaseline(null)}>{t('share.clearBaseline')}</button>
      </div>
      <p className="compare-intro">{t('gap.intro', { baseline: displayTitle(baseline.title) })}</p>
      <div className="compare-metric">
        <label htmlFor={`${id}-metric`}>{t('gap.metric')}</label>
        <select id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value as GapMetric)}>
          {GAP_METRICS.map((m) => (
            <option key={m} value={m}>{FIGURES[m].label}</option>
          ))}
        </select>
      </div>
      <p className="compare-year">{t('gap.year', { year: String(year) })}</p>
      <p className="compare-values">
        {richText(
          t('gap.values', { label: def.label, baseline: PLACE, current: PLACE, delta: delta(explanation.gap) }),
          <strong data-compare="baseline">{formatFigure(def.kind, explanation.baseline, ctx)}</strong>,
          <strong data-compare="current">{formatFigure(def.kind, explanation.current, ctx)}</strong>,
        )}
      </p>
      {same ? (
        <p>{t('gap.same')}</p>
      ) : (
        <GapChart explanation={explanation} label={def.label} format={delta} />
      )}
    </section>
  );
}
