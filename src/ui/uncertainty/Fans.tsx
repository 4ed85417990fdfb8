// The fans: engineers, engineers needed, roles at risk and total cost, each
// the p10–p90 band of the samples with their median and the scenario's own run.
import { memo, useMemo } from 'react';
import type { SimulationResult } from '../../model';
import type { UncertaintyResult } from '../../model/uncertainty/run';
import type { ChartFormats } from '../../charts/common/format';
import { FanChart, type FanChartProps } from '../../charts/fan/FanChart';
import { FAN_METRICS, METRIC_INFO } from './metrics';
import { FanDownloads } from './FanDownloads';

interface Props {
  result: UncertaintyResult;
  /** The deterministic run of the scenario the samples were drawn for. */
  deterministic: SimulationResult;
  fmt: ChartFormats;
  source: string;
  /** Offer PNG/SVG cards of the fans (the page; not an embed). */
  downloads?: boolean;
  /** The fans' heading level (2 in an embed, under the page's h1). */
  headingLevel?: 2 | 3;
  /** Each fan fills its cell's height too (an embed fits its frame). */
  fit?: boolean;
}

type FanMetric = (typeof FAN_METRICS)[number];

/** One fan's chart props, or null when the run kept no band for it. */
export function fanProps(metric: FanMetric, { result, deterministic, fmt, source, headingLevel }: Props, years: readonly number[]): FanChartProps | null {
  const band = result.bands[metric];
  if (!band) return null;
  const info = METRIC_INFO[metric];
  return {
    metric,
    label: info.label,
    kind: info.kind,
    color: info.color,
    years,
    band,
    deterministic: deterministic.years.map((r) => r[metric]),
    samples: result.samples,
    fmt,
    source,
    headingLevel,
  };
}

export const Fans = memo(function Fans(props: Props) {
  const { deterministic } = props;
  const years = useMemo(() => deterministic.years.map((r) => r.year), [deterministic]);
  const fans = FAN_METRICS.map((metric) => fanProps(metric, props, years)).filter((f): f is FanChartProps => f !== null);
  return (
    <>
      <div className="uncertainty-fans">
        {fans.map((fan) => (
          <div key={fan.metric} className="uncertainty-fan" data-fan={fan.metric}>
            <FanChart {...fan} fit={props.fit} />
          </div>
        ))}
      </div>
      {props.downloads && fans.length > 0 && <FanDownloads fans={fans} />}
    </>
  );
});
