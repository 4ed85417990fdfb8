// The year of the headline figures, of "explain the gap" and of the tables'
// emphasis: the reader's choice (the view's `year`, carried by links), kept
// inside the run; by default the final year, or, with a baseline pinned, the
// year the two runs differ most (src/ui/compare/gapYear.ts).
import { useStore } from '../../state/store';
import { resultFor, useBaselineResult } from '../../state/results';
import { figureYear, useView } from '../../state/view';
import { largestDifferenceYear } from '../compare/gapYear';
import { LENSES } from '../lens';
import { LEAD_COUNT } from './leadCount';

export function useFigureYear(): number {
  const scenario = useStore((s) => s.scenario);
  const lens = useStore((s) => s.lens);
  const chosen = useView((v) => v.year);
  const baseline = useBaselineResult();
  if (chosen !== null || !baseline) return figureYear(scenario, chosen);
  return largestDifferenceYear(resultFor(scenario), baseline, LENSES[lens].figures.slice(0, LEAD_COUNT));
}
