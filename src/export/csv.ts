// CSV of a run, shared by the download button and the command-line runner:
// one row per year with the metrics of MODEL.md §5 under their own names.
// RFC 4180 (CRLF line ends, quotes doubled, fields quoted when needed); text
// cells that a spreadsheet would read as a formula get a leading apostrophe
// (OWASP "CSV injection"), since team names come from untrusted links and files.
import { YEAR_METRICS, type YearRow } from '../model/metrics';
import type { SimulationResult } from '../model/simulate';
import type { Scenario } from '../scenario/schema';

export interface CsvOptions {
  /** Add each team's rows after the totals, with a leading `team` column. */
  teams?: boolean;
}

/** Characters that make a spreadsheet evaluate a cell (=, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One text cell: neutralised against formulas, then quoted if RFC 4180 needs it. */
export function textCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One value: numbers unrounded (the shortest text that reads back to the same
 * number), null as an empty cell, booleans as true/false. Numbers are never
 * treated as text, so a negative number keeps its minus sign.
 */
export function cell(value: number | boolean | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return textCell(value);
}

const line = (cells: readonly string[]) => `${cells.join(',')}\r\n`;

function rowCells(row: YearRow): string[] {
  const out = [cell(row.year)];
  for (const metric of YEAR_METRICS) out.push(cell(row[metric]));
  return out;
}

/**
 * The run as CSV: header `year,` + YEAR_METRICS, then one row per year of the
 * totals over teams. With `teams`, a first column `team` holds `total` for the
 * totals rows, then each team's name for its rows (in the scenario's order).
 */
export function toCsv(result: SimulationResult, scenario: Scenario, options: CsvOptions = {}): string {
  const header = ['year', ...YEAR_METRICS];
  if (!options.teams) return line(header) + result.years.map((row) => line(rowCells(row))).join('');
  let out = line(['team', ...header]);
  for (const row of result.years) out += line([cell('total'), ...rowCells(row)]);
  result.teams.forEach((team, k) => {
    // The scenario's name is the one the user typed; the result carries the same.
    const name = scenario.teams[k]?.name ?? team.name;
    for (const row of team.years) out += line([cell(name), ...rowCells(row)]);
  });
  return out;
}
