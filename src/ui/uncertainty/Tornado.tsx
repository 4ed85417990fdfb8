// The sensitivity tornado: for a chosen figure and year, each ranged input at
// its low and its high end (one at a time, in the worker: two runs per range).
import { useId, useMemo, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { ChartFormats } from '../../charts/common/format';
import { TornadoChart } from '../../charts/tornado/TornadoChart';
import { CardButtons } from './CardButtons';
import type { TornadoInput } from '../../charts/tornado/layout';
import { METRIC_INFO, TORNADO_METRICS, type ShownMetric } from './metrics';
import { rangeParam } from './rangeParams';
import { rangeText } from './describe';
import { useSensitivity } from './useMonteCarlo';
import { readerLocale, t as translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';

/** The tornado's source line: what was run. */
export const tornadoSource = (scenario: Scenario, _locale: string = readerLocale()) => translate('tornado.source', { title: displayTitle(scenario.title) });

/** The sensitivity of `metric` in `year` from the worker, with the bars' labels and ends for the chart. */
export function useTornado(scenario: Scenario, metric: ShownMetric, year: number, enabled: boolean) {
  const outcome = useSensitivity(scenario, metric, year, enabled);
  const shown = outcome.result;
  const shownScenario = outcome.scenario ?? scenario;
  const inputs = useMemo(() => {
    const out: Record<string, TornadoInput> = {};
    for (const bar of shown?.bars ?? []) {
      out[bar.path] = { path: bar.path, label: rangeParam(bar.path, shownScenario).label, ends: rangeText(shownScenario, bar.path, [bar.low, bar.high]) };
    }
    return out;
  }, [shown, shownScenario]);
  const info = METRIC_INFO[(shown?.metric as ShownMetric | undefined) ?? metric];
  return { outcome, shown, inputs, info };
}

export function Tornado({ scenario, fmt, source }: { scenario: Scenario; fmt: ChartFormats; source: string }) {
  const [metric, setMetric] = useState<ShownMetric>('rolesAtRisk');
  /** Year index; null follows the final year. */
  const [index, setIndex] = useState<number | null>(null);
  const id = useId();
  const t = useT();
  const k = Math.min(index ?? scenario.years - 1, scenario.years - 1);
  const year = scenario.startYear + k;
  const { outcome, shown, inputs, info } = useTornado(scenario, metric, year, true);
  return (
    <div className="uncertainty-tornado">
      <h3 className="uncertainty-subhead">{t('tornado.heading')}</h3>
      <div className="tornado-controls">
        <div className="probability-control">
          <label htmlFor={`${id}-m`}>{t('tornado.figure')}</label>
          <select id={`${id}-m`} value={metric} onChange={(e) => setMetric(e.target.value as ShownMetric)}>
            {TORNADO_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_INFO[m].label}
              </option>
            ))}
          </select>
        </div>
        <div className="probability-control">
          <label htmlFor={`${id}-y`}>{t('chart.table.year')}</label>
          <select id={`${id}-y`} value={k} onChange={(e) => setIndex(Number(e.target.value))}>
            {Array.from({ length: scenario.years }, (_, i) => (
              <option key={i} value={i}>
                {scenario.startYear + i}
              </option>
            ))}
          </select>
        </div>
      </div>
      {outcome.error && (
        <p className="uncertainty-error" role="alert">
          {t('tornado.failed', { reason: outcome.error })}
        </p>
      )}
      {shown ? (
        <div aria-busy={outcome.scenario !== scenario || shown.metric !== metric || shown.year !== year}>
          <TornadoChart sensitivity={shown} inputs={inputs} metricLabel={info.label} kind={info.kind} fmt={fmt} source={source} />
          <div className="card-downloads" role="group" aria-label={t('cards.tornado')}>
            <span className="card-downloads-label" aria-hidden="true">
              {t('cards.tornado')}
            </span>
            <CardButtons
              noun={t('cards.tornadoNoun')}
              download={async (format) =>
                (await import('../../export/exports')).downloadTornado({ sensitivity: shown, inputs, metricLabel: info.label, kind: info.kind, fmt, source }, format)
              }
            />
          </div>
        </div>
      ) : (
        !outcome.error && <p className="section-note">{t('tornado.computing')}</p>
      )}
    </div>
  );
}
