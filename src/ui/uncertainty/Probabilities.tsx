// Threshold probabilities (MODEL.md §6): "P(roles at risk > 10 by 2029)". Each
// is a figure with data-metric="probability:rolesAtRisk>10@2029" and its
// unrounded data-value (PRODUCT.md contract), and a row of controls: metric,
// comparison, value, by year.
import { memo, useId, useMemo } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { UncertaintyResult } from '../../model/uncertainty/run';
import { probability } from '../../model/uncertainty/probability';
import type { ThresholdOp } from '../../model/uncertainty/probability';
import type { ChartFormats } from '../../charts/common/format';
import { roundSig } from '../editor/display';
import { useNumberEntry, withStillUsing } from '../editor/controls/useNumberEntry';
import { METRIC_INFO, THRESHOLD_METRICS, isYesNo, type ShownMetric } from './metrics';
import { MAX_THRESHOLDS, OPS, byYearOf, queryOf, thresholdLabel, thresholdName, useThresholds, type ThresholdSpec } from './thresholds';
import { formatProbability } from './describe';
import { formatNumber } from '../format';
import { useT } from '../../i18n/react';

interface Props {
  result: UncertaintyResult;
  /** The current scenario: its years are the "by year" choices. */
  scenario: Scenario;
  fmt: ChartFormats;
  /** The deterministic final-year value of each metric, for a new threshold's starting value. */
  finalValues: Partial<Record<ShownMetric, number | null>>;
}

const percentKind = (metric: ShownMetric) => METRIC_INFO[metric].kind === 'percent';

function ValueInput({ spec, id, currency }: { spec: ThresholdSpec; id: string; currency?: string }) {
  const change = useThresholds((s) => s.change);
  const t = useT();
  const entry = useNumberEntry(
    {
      value: spec.value,
      percent: percentKind(spec.metric),
      currency,
      commit: (value) => {
        if (value === null) return t('fieldError.notNumber');
        change(spec.id, { value });
        return undefined;
      },
    },
    true,
  );
  const error = withStillUsing(entry.error, entry.inUse);
  return (
    <>
      <input id={id} name={`thresholds[${spec.id}].value`} {...entry.inputProps} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error && (
        <span className="field-error probability-error" id={`${id}-error`} role="alert">
          {t('field.error', { label: t('probability.value'), error })}
        </span>
      )}
    </>
  );
}

/** A starting value for a metric: its final-year value in this scenario, two significant digits. */
const startValue = (metric: ShownMetric, finalValues: Props['finalValues']) => (isYesNo(metric) ? 1 : roundSig(finalValues[metric] ?? 0, 2));

const ThresholdItem = memo(function ThresholdItem({ spec, index, result, scenario, fmt, finalValues }: { spec: ThresholdSpec; index: number } & Props) {
  const { change, remove } = useThresholds.getState();
  const id = useId();
  const run = { startYear: result.startYear, years: result.years };
  const kept = result.values[spec.metric] !== undefined;
  // The run's own years (the result may be of the scenario before the last edit).
  const p = useMemo(() => (kept ? probability(result, queryOf(spec, result)) : null), [kept, result, spec]);
  const label = thresholdLabel(spec, run, fmt);
  const yesNo = isYesNo(spec.metric);
  const years = Array.from({ length: scenario.years }, (_, t) => scenario.startYear + t);
  const byIndex = Math.min(spec.byIndex, scenario.years - 1);
  const info = METRIC_INFO[spec.metric];
  const t = useT();
  return (
    <li className="probability-item">
      <p className="probability-figure">
        <span className="probability-value" data-metric={thresholdName(spec, run)} data-value={p === null ? undefined : String(p)}>
          {kept ? formatProbability(p) : '…'}
        </span>
        <span className="probability-label">
          {label}
          <span className="probability-note">
            {' '}
            {t('probability.note', { start: String(result.startYear), end: String(byYearOf(spec, run)), samples: formatNumber(result.samples) })}
          </span>
        </span>
      </p>
      <fieldset className="probability-controls">
        <legend className="visually-hidden">{t('probability.question', { n: index + 1 })}</legend>
        <div className="probability-control probability-metric">
          <label htmlFor={`${id}-m`}>{t('probability.metric')}</label>
          <select id={`${id}-m`} value={spec.metric} onChange={(e) => {
              const metric = e.target.value as ShownMetric;
              change(spec.id, { metric, value: startValue(metric, finalValues) });
            }}>
            {THRESHOLD_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_INFO[m].label}
              </option>
            ))}
          </select>
        </div>
        {!yesNo && (
          <>
            <div className="probability-control">
              <label htmlFor={`${id}-o`}>{t('probability.comparison')}</label>
              <select id={`${id}-o`} value={spec.op} onChange={(e) => change(spec.id, { op: e.target.value as ThresholdOp })}>
                {OPS.map((o) => (
                  <option key={o.op} value={o.op}>
                    {o.symbol} {o.words}
                  </option>
                ))}
              </select>
            </div>
            <div className="probability-control">
              <label htmlFor={`${id}-v`}>
                {t('probability.value')} <span className="probability-unit">{info.kind === 'money' ? t('chart.unit.money', { currency: fmt.currency }) : info.kind === 'percent' ? t('chart.unit.percent') : ''}</span>
              </label>
              <ValueInput spec={spec} id={`${id}-v`} currency={info.kind === 'money' ? fmt.currency : undefined} />
            </div>
          </>
        )}
        <div className="probability-control">
          <label htmlFor={`${id}-y`}>{t('probability.byYear')}</label>
          <select id={`${id}-y`} value={byIndex} onChange={(e) => change(spec.id, { byIndex: Number(e.target.value) })}>
            {years.map((year, t) => (
              <option key={year} value={t}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button-secondary probability-remove" onClick={() => remove(spec.id)}>
          {t('action.remove')} <span className="visually-hidden">{t('probability.questionName', { n: index + 1 })}</span>
        </button>
      </fieldset>
    </li>
  );
});

export function Probabilities({ result, scenario, fmt, finalValues }: Props) {
  const thresholds = useThresholds((s) => s.thresholds);
  const t = useT();
  const add = () => {
    useThresholds.getState().add({ metric: 'engineers', op: '<', value: roundSig((finalValues.engineers ?? 0) * 0.9, 2), byIndex: scenario.years - 1 });
  };
  return (
    <div className="probabilities">
      <h3 className="uncertainty-subhead">{t('probability.title')}</h3>
      {thresholds.length === 0 && <p className="section-note">{t('probability.none')}</p>}
      <ul className="probability-list">
        {thresholds.map((spec, i) => (
          <ThresholdItem key={spec.id} spec={spec} index={i} result={result} scenario={scenario} fmt={fmt} finalValues={finalValues} />
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={add} disabled={thresholds.length >= MAX_THRESHOLDS}>
        {t('probability.add')}
      </button>
    </div>
  );
}
