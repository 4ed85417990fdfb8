// "How sure are these numbers?" (PRODUCT.md capability 7): when the scenario
// has uncertainty ranges, a seeded Monte Carlo in the Web Worker (the main
// thread only posts the scenario and draws the answer: PRODUCT.md budget, no
// main-thread task over 50 ms), then threshold probabilities, p10/p50/p90 fans
// and a sensitivity tornado. Without ranges it says how to add them.
import { useMemo } from 'react';
import { useStore } from '../../state/store';
import { resultFor } from '../../state/results';
import { YEAR_METRICS, type YearMetric } from '../../model/metrics';
import { useFormats } from '../../charts/common/useFormats';
import { formatNumber } from '../format';
import { FAN_METRICS, type ShownMetric } from './metrics';
import { useThresholds } from './thresholds';
import { useMonteCarlo } from './useMonteCarlo';
import { uncertaintySource } from './describe';
import { Progress } from './Progress';
import { Probabilities } from './Probabilities';
import { Fans } from './Fans';
import { Tornado, tornadoSource } from './Tornado';
import { rangeCount } from '../../scenario/paths';
import { useT } from '../../i18n/react';
import './uncertainty.css';

/** The fans' metrics and every threshold's, in MODEL.md's order (a stable request). */
export function keptMetrics(thresholdMetrics: readonly ShownMetric[]): YearMetric[] {
  const wanted = new Set<string>([...FAN_METRICS, ...thresholdMetrics]);
  return YEAR_METRICS.filter((m) => wanted.has(m));
}

export function UncertaintyPanel({ progressDelayMs }: { progressDelayMs?: number }) {
  const scenario = useStore((s) => s.scenario);
  const count = rangeCount(scenario);
  const ranged = count > 0;
  const thresholdKey = useThresholds((s) => s.thresholds.map((t) => t.metric).join(','));
  const metrics = useMemo(() => keptMetrics(thresholdKey ? (thresholdKey.split(',') as ShownMetric[]) : []), [thresholdKey]);
  const outcome = useMonteCarlo(scenario, metrics, ranged);
  const fmt = useFormats(scenario);
  const t = useT();
  const { result } = outcome;
  // Everything shown belongs to one scenario: the one the samples were drawn for.
  const drawn = outcome.scenario ?? scenario;
  const deterministic = resultFor(drawn);
  const finalValues = useMemo(() => deterministic.years[deterministic.years.length - 1] as unknown as Record<ShownMetric, number | null>, [deterministic]);
  const source = useMemo(() => (result ? uncertaintySource(drawn, result.samples, result.seed, fmt.locale) : ''), [drawn, result, fmt]);
  const sensitivitySource = useMemo(() => tornadoSource(scenario, fmt.locale), [scenario, fmt]);
  const stale = outcome.scenario !== scenario;

  return (
    <section className="uncertainty-panel" aria-labelledby="uncertainty-heading" data-uncertainty={ranged ? 'on' : 'off'}>
      <h2 id="uncertainty-heading" className="uncertainty-heading">
        {t('uncertainty.heading')}
      </h2>
      {!ranged ? (
        <p className="uncertainty-intro">{t('uncertainty.introNone')}</p>
      ) : (
        <>
          <p className="uncertainty-intro">
            {t('uncertainty.intro', { samples: formatNumber(scenario.uncertainty.samples), seed: String(scenario.uncertainty.seed), count })}
          </p>
          <div className="uncertainty-status">
            <Progress delayMs={progressDelayMs} />
          </div>
          {outcome.error && outcome.scenario === scenario && (
            <p className="uncertainty-error" role="alert">
              {t('uncertainty.failed', { reason: outcome.error })}
            </p>
          )}
          {result ? (
            <div className={stale ? 'uncertainty-results uncertainty-stale' : 'uncertainty-results'} aria-busy={stale} data-samples={result.samples}>
              <Probabilities result={result} scenario={scenario} fmt={fmt} finalValues={finalValues} />
              <Fans result={result} deterministic={deterministic} fmt={fmt} source={source} downloads />
            </div>
          ) : (
            !outcome.error && <p className="section-note">{t('uncertainty.sampling')}</p>
          )}
          <Tornado scenario={scenario} fmt={fmt} source={sensitivitySource} />
        </>
      )}
    </section>
  );
}
