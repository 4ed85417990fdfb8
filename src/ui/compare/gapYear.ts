// The year a comparison opens on (issue 9 point 4): a works agreement's effect
// can be all in 2027 and gone by the final year, so the figures of a
// comparison default to the year where the two runs differ most, not to the
// final year. "Most" is the sum, over the lens' leading yearly figures, of each
// figure's relative difference |a − b| / max(|a|, |b|): figures in FTE, money
// and shares weigh alike. On a tie the later year wins, so two runs that
// differ the same every year (or not at all) open on the final year.
import type { SimulationResult } from '../../model';
import { FIGURES, rowOf, type FigureName } from '../headline/figures';

const relative = (a: number | null, b: number | null): number => {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
};

export function largestDifferenceYear(result: SimulationResult, baseline: SimulationResult, figures: readonly FigureName[]): number {
  const yearly = figures.filter((name) => FIGURES[name].yearly);
  let best = result.years[result.years.length - 1].year;
  let most = 0;
  for (const row of result.years) {
    if (!rowOf(baseline, row.year)) continue;
    const total = yearly.reduce((sum, name) => sum + relative(FIGURES[name].value(result, row.year), FIGURES[name].value(baseline, row.year)), 0);
    // ≥: the later of two equal years.
    if (total >= most && total > 0) {
      most = total;
      best = row.year;
    }
  }
  return best;
}
