// The charts, in the order the lens gives them. Each chart reads only plain
// props (registry.ts), so it also renders alone for embeds and downloads.
// Loaded right after the first screen (ChartsPanel.tsx).
import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useStore } from '../state/store';
import { frontierFor, resultFor, useDeferredScenario } from '../state/results';
import type { Scenario } from '../scenario/schema';
import type { ChartId } from '../ui/lens';
import type { ChartProps } from './registry';
import { LENSES } from '../ui/lens';
import { CHARTS } from './registry';
import { PRINT_CHART_WIDTH, usePrinting } from '../ui/print/usePrinting';
import { useBasis } from '../ui/basis/basis';
import { useFirstScreenFit } from './useFirstScreenFit';

export default function ChartList({ afterLead }: { afterLead?: ReactNode }) {
  const lens = useStore((s) => s.lens);
  const baselineScenario = useStore((s) => s.baseline);
  const current = useStore((s) => s.scenario);
  // The lead chart follows an edit at once; the charts below it one render later, after the first screen has
  // painted (React drops that render when the next edit comes first, as while a slider is dragged).
  const { scenario: deferred, stale } = useDeferredScenario();
  const basis = useBasis();
  const width = usePrinting() ? PRINT_CHART_WIDTH : undefined;

  // Once every chart shows the edit (the deferred render's commit): what the benchmark's "charts redrawn" times.
  useLayoutEffect(() => {
    if (!stale) performance.mark('charts-rendered');
  });

  const [lead, ...rest] = LENSES[lens].charts.map((id, i) => (
    <ChartItem key={id} id={id} scenario={i === 0 ? current : deferred} baselineScenario={baselineScenario} basis={basis} width={width} stale={i > 0 && stale} lead={i === 0} />
  ));
  return [lead, afterLead && <div key="after-lead" className="charts-after-lead">{afterLead}</div>, ...rest];
}

interface ChartItemProps {
  id: ChartId;
  scenario: Scenario;
  baselineScenario: Scenario | null;
  basis: ChartProps['basis'];
  width: number | undefined;
  stale: boolean;
  /** The lens' lead chart: fitted to the first screen (not in print, whose width is fixed). */
  lead: boolean;
}

/** One chart; memoised, so that the first screen's render of an edit skips the charts still showing the one before. */
const ChartItem = memo(function ChartItem({ id, scenario, baselineScenario, basis, width, stale, lead }: ChartItemProps) {
  const { Component } = CHARTS[id];
  const ref = useRef<HTMLDivElement>(null);
  const fit = lead && width === undefined;
  useFirstScreenFit(ref, fit);
  return (
    <div ref={ref} className={fit ? 'charts-item charts-item--fit' : 'charts-item'} data-chart-id={id} data-stale={stale || undefined}>
      <Component
        result={resultFor(scenario)}
        baseline={baselineScenario ? resultFor(baselineScenario) : null}
        // Only the frontier chart draws the sweep (the others would compute it for nothing).
        frontier={id === 'frontier' ? frontierFor(scenario) : undefined}
        baselineFrontier={id === 'frontier' && baselineScenario ? frontierFor(baselineScenario) : null}
        scenario={scenario}
        basis={basis}
        width={width}
        fit={fit}
      />
    </div>
  );
});
