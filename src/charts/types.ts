// What every chart takes: plain values, so the page, `?embed=CHART`, the
// PNG/SVG downloads and the tests can all render one chart alone.
import type { Frontier, SimulationResult } from '../model';
import type { Scenario } from '../scenario/schema';
import type { ChartFormats } from './common/format';
import type { Basis } from '../ui/basis/basis';

export interface ChartProps {
  result: SimulationResult;
  /** The pinned baseline's run: drawn as thin dashed grey lines behind (compare mode). */
  baseline?: SimulationResult | null;
  /** The frontier chart's sweep; computed from `scenario` when omitted. */
  frontier?: Frontier;
  /** The baseline's sweep, for the frontier chart in compare mode. */
  baselineFrontier?: Frontier | null;
  scenario: Scenario;
  /** The preset the scenario started from: its source line names it and the changes (none for a file's own scenario). */
  basis?: Basis | null;
  /** Fixed width in pixels (downloads, embeds); measured from the container when omitted. */
  width?: number;
  /** Heading level of the chart's title; 3 by default. */
  headingLevel?: 2 | 3 | 4;
  /** Fill the height of the chart's box, not only its width (an embed fits its iframe). */
  fit?: boolean;
}

export function chartFormats(scenario: Pick<Scenario, 'currency'>, locale?: string): ChartFormats {
  return { currency: scenario.currency, locale };
}
