// `?embed=tornado`: which ranged input moves roles at risk in the final year the
// most, for an iframe; computed in the embedded page's own worker. Loaded on
// demand, as the panel is.
import { useMemo } from 'react';
import type { Scenario } from '../../scenario/schema';
import { useFormats } from '../../charts/common/useFormats';
import { TornadoChart } from '../../charts/tornado/TornadoChart';
import { tornadoSource, useTornado } from './Tornado';
import { rangeCount } from '../../scenario/paths';
import { useT } from '../../i18n/react';
import './uncertainty.css';

export function EmbedTornado({ scenario }: { scenario: Scenario }) {
  const ranged = rangeCount(scenario) > 0;
  const year = scenario.startYear + scenario.years - 1;
  const { outcome, shown, inputs, info } = useTornado(scenario, 'rolesAtRisk', year, ranged);
  const fmt = useFormats(scenario);
  const t = useT();
  const source = useMemo(() => tornadoSource(scenario, fmt.locale), [scenario, fmt]);

  if (!ranged) {
    return <p className="embed-error">{t('uncertainty.embedNoInputs')}</p>;
  }
  if (outcome.error) return <p className="embed-error">{t('tornado.failed', { reason: outcome.error })}</p>;
  if (!shown) return <p className="section-note">{t('tornado.computing')}</p>;
  return (
    <div className="uncertainty-tornado" aria-busy={outcome.scenario !== scenario}>
      <TornadoChart sensitivity={shown} inputs={inputs} metricLabel={info.label} kind={info.kind} fmt={fmt} source={source} headingLevel={2} />
    </div>
  );
}
