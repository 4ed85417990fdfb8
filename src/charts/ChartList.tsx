// The charts, in the order the lens gives them. Each chart reads only plain
// props (registry.ts), so it also renders alone for embeds and downloads.
// Loaded right after the first screen (ChartsPanel.tsx).
import { useLayoutEffect } from 'react';
import { useStore } from '../state/store';
import { frontierFor, resultFor } from '../state/results';
import { LENSES } from '../ui/lens';
import { CHARTS } from './registry';
import { PRINT_CHART_WIDTH, usePrinting } from '../ui/print/usePrinting';

export default function ChartList() {
  const scenario = useStore((s) => s.scenario);
  const lens = useStore((s) => s.lens);
  const baselineScenario = useStore((s) => s.baseline);
  const result = resultFor(scenario);
  const frontier = frontierFor(scenario);
  const baseline = baselineScenario ? resultFor(baselineScenario) : null;
  const baselineFrontier = baselineScenario ? frontierFor(baselineScenario) : null;
  // The printed brief's columns (src/ui/print).
  const width = usePrinting() ? PRINT_CHART_WIDTH : undefined;

  // After every commit: the browser benchmark measures edit → this mark
  // (PRODUCT.md budget: p95 ≤ 16 ms).
  useLayoutEffect(() => {
    performance.mark('charts-rendered');
  });

  return LENSES[lens].charts.map((id) => {
    const { Component } = CHARTS[id];
    return (
      <div key={id} className="charts-item" data-chart-id={id}>
        <Component result={result} baseline={baseline} frontier={frontier} baselineFrontier={baselineFrontier} scenario={scenario} width={width} />
      </div>
    );
  });
}
