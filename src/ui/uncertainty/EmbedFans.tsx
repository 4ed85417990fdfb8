// `?embed=fans`: the four fans of the uncertainty panel for an iframe, drawn
// from the worker's run of the linked scenario (same seed, same bands as the
// full app). Loaded on demand, as the panel is.
import { useMemo } from 'react';
import type { Scenario } from '../../scenario/schema';
import { resultFor } from '../../state/results';
import { useFormats } from '../../charts/common/useFormats';
import { Fans } from './Fans';
import { FAN_METRICS } from './metrics';
import { uncertaintySource } from './describe';
import { useMonteCarlo } from './useMonteCarlo';
import { rangeCount } from '../../scenario/paths';
import { useT } from '../../i18n/react';
import './uncertainty.css';

const METRICS = [...FAN_METRICS];

export function EmbedFans({ scenario }: { scenario: Scenario }) {
  const ranged = rangeCount(scenario) > 0;
  const outcome = useMonteCarlo(scenario, METRICS, ranged);
  const fmt = useFormats(scenario);
  const t = useT();
  const { result } = outcome;
  const drawn = outcome.scenario ?? scenario;
  const deterministic = resultFor(drawn);
  const source = useMemo(() => (result ? uncertaintySource(drawn, result.samples, result.seed, fmt.locale) : ''), [drawn, result, fmt]);

  if (!ranged) {
    return <p className="embed-error">{t('uncertainty.embedNoRanges')}</p>;
  }
  if (outcome.error) return <p className="embed-error">{t('uncertainty.failed', { reason: outcome.error })}</p>;
  if (!result) return <p className="section-note">{t('uncertainty.sampling')}</p>;
  return (
    <div className="uncertainty-results" aria-busy={outcome.scenario !== scenario} data-samples={result.samples}>
      <Fans result={result} deterministic={deterministic} fmt={fmt} source={source} headingLevel={2} fit />
      {/* The four fans share one source line: once, under the grid (embed.css hides theirs). */}
      <p className="chart-source embed-fans-source">{source}</p>
    </div>
  );
}
