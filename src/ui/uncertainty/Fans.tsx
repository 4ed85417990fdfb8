// The fans: engineers, engineers needed, roles at risk and total cost, each
// the p10–p90 band of the samples with their median and the scenario's own run.
import { memo, useMemo } from 'react';
import type { SimulationResult } from '../../model';
import type { UncertaintyResult } from '../../model/uncertainty/run';
import type { ChartFormats } from '../../charts/common/format';
import { FanChart } from '../../charts/fan/FanChart';
import { FAN_METRICS, METRIC_INFO } from './metrics';

interface Props {
  result: UncertaintyResult;
  /** The deterministic run of the scenario the samples were drawn for. */
  deterministic: SimulationResult;
  fmt: ChartFormats;
  source: string;
}

export const Fans = memo(function Fans({ result, deterministic, fmt, source }: Props) {
  const years = useMemo(() => deterministic.years.map((r) => r.year), [deterministic]);
  return (
    <div className="uncertainty-fans">
      {FAN_METRICS.map((metric) => {
        const band = result.bands[metric];
        if (!band) return null;
        const info = METRIC_INFO[metric];
        return (
          <div key={metric} className="uncertainty-fan" data-fan={metric}>
            <FanChart
              metric={metric}
              label={info.label}
              kind={info.kind}
              color={info.color}
              years={years}
              band={band}
              deterministic={deterministic.years.map((r) => r[metric])}
              samples={result.samples}
              fmt={fmt}
              source={source}
            />
          </div>
        );
      })}
    </div>
  );
});
