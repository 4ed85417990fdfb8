// The charts, in the order the lens gives them. Each chart reads only plain
// props (registry.ts), so it also renders alone for embeds and downloads.
// Loaded right after the first screen (ChartsPanel.tsx).
import { useLayoutEffect, type ReactNode } from 'react';
import { useStore } from '../state/store';
import { frontierFor, resultFor } from '../state/results';
import { LENSES } from '../ui/lens';
import { CHARTS } from './registry';
import { PRINT_CHART_WIDTH, usePrinting } from '../ui/print/usePrinting';
import { useBasis } from '../ui/basis/basis';

export default function ChartList({ afterLead }: { afterLead?: ReactNode }) {
  const scenario = useStore((s) => s.scenario);
  const lens = useStore((s) => s.lens);
  const baselineScenario = useStore((s) => s.baseline);
  const result = resultFor(scenario);
  const frontier = frontierFor(scenario);
  const baseline = baselineScenario ? resultFor(baselineScenario) : null;
  const baselineFrontier = baselineScenario ? frontierFor(baselineScenario) : null;
  const basis = useBasis();
  // The printed brief's columns (src/ui/print).
  const width = usePrinting() ? PRINT_CHART_WIDTH : undefined;

  // After every commit: the browser benchmark measures edit → this mark
  // (PRODUCT.md budget: p95 ≤ 16 ms).
  useLayoutEffect(() => {
    performance.mark('charts-rendered');
  });

  const [lead, ...rest] = LENSES[lens].charts.map((id) => {
    const { Component } = CHARTS[id];
    return (
      <div key={id} className="charts-item" data-chart-id={id}>
        <Component result={result} baseline={baseline} frontier={frontier} baselineFrontier={baselineFrontier} scenario={scenario} basis={basis} width={width} />
      </div>
    );
  });
  // Keyed siblings: a lens switch moves each chart (keeping its table view), never rebuilds it.
  return [lead, afterLead && <div key="after-lead" className="charts-after-lead">{afterLead}</div>, ...rest];
}
