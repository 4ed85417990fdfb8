// A sweep's output: one row per input line and year (and per team with
// --teams), as NDJSON objects or CSV rows with the same columns in the same
// order, so that DuckDB and pandas read either into the same table:
//   line, id, [team,] year, every metric of MODEL.md §5, [METRIC_p10, METRIC_p50, METRIC_p90 …]
// `line` is the input line's number, `id` its "id" (null / empty without one),
// `team` is "total" for the totals over teams. The bands (--samples/--seed)
// are of the totals; team rows leave them empty. CSV cells are written as the
// app's CSV writes them (src/export/csv.ts: numbers unrounded, null empty,
// text neutralised against spreadsheet formulas), with CRLF line ends.
import { YEAR_METRICS, type SimulationResult, type YearRow } from '../../model';
import type { Band } from '../../model/uncertainty/bands';
import type { YearMetric } from '../../model/metrics';
import { cell } from '../../export/csv';
import type { Scenario } from '../../scenario/schema';
import { BAND_METRICS } from '../bandMetrics';
import type { LineId } from './line';

export interface RowOptions {
  format: 'ndjson' | 'csv';
  teams: boolean;
  /** Band columns (--samples or --seed). */
  bands: boolean;
}

const QUANTILES = ['p10', 'p50', 'p90'] as const;
const bandColumns = BAND_METRICS.flatMap((m) => QUANTILES.map((q) => `${m}_${q}`));

/** The column names, in order. */
export function columns(options: RowOptions): string[] {
  return ['line', 'id', ...(options.teams ? ['team'] : []), 'year', ...YEAR_METRICS, ...(options.bands ? bandColumns : [])];
}

/** The CSV header line; NDJSON has none. */
export const header = (options: RowOptions) => (options.format === 'csv' ? `${columns(options).join(',')}\r\n` : '');

type Value = string | number | boolean | null;

/** The rows of one line's run: the totals' years, then (with --teams) each team's. */
export function formatRows(
  line: number,
  id: LineId,
  result: SimulationResult,
  scenario: Scenario,
  bands: Partial<Record<YearMetric, Band>> | undefined,
  options: RowOptions,
): string {
  const names = columns(options);
  const emit = (values: Value[]) => {
    if (options.format === 'csv') return `${values.map(cell).join(',')}\r\n`;
    const row: Record<string, Value> = {};
    names.forEach((name, i) => (row[name] = values[i]));
    return `${JSON.stringify(row)}\n`;
  };
  const yearRow = (team: string | null, row: YearRow, t: number | null): string => {
    const values: Value[] = [line, id, ...(options.teams ? [team] : []), row.year, ...YEAR_METRICS.map((m) => row[m])];
    if (options.bands) {
      for (const m of BAND_METRICS) {
        const band = t === null ? undefined : bands?.[m];
        // NaN (no number in any sample) is null, as in the JSON's bands.
        for (const q of QUANTILES) values.push(band && band[q][t!] === band[q][t!] ? band[q][t!] : null);
      }
    }
    return emit(values);
  };
  let out = '';
  result.years.forEach((row, t) => (out += yearRow('total', row, t)));
  if (options.teams) {
    result.teams.forEach((team, k) => {
      // The name the user typed, as the single run's CSV writes it.
      const name = scenario.teams[k]?.name ?? team.name;
      for (const row of team.years) out += yearRow(name, row, null);
    });
  }
  return out;
}
