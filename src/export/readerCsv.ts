// The CSV for people (issue 9 point 8): opens in a spreadsheet as it is, in
// the reader's way. Labelled headers with units, percentages as percent,
// numbers without binary noise, the reader's decimal mark and separator (";"
// where the decimal mark is ","), a byte-order mark (so Excel reads UTF-8),
// and the scenario, its link and the model version at the top.
// The MODEL-named CSV for scripts and the command line stays in csv.ts.
import { dsvFormat } from 'd3-dsv';
import type { SimulationResult, YearRow } from '../model';
import type { Scenario } from '../scenario/schema';
import { MODEL_VERSION } from '../model/version';
import { SCHEMA_VERSION } from '../scenario/schemaVersion';
import { numberMarks } from '../ui/numbers/parseNumber';
import { METRIC_COLUMNS, header, type MetricColumn } from './columns';
import { exportText, type ExportText } from './exportText';

export interface ReaderCsvOptions {
  /** The reader's locale: its decimal mark, and the separator that goes with it. */
  locale: string;
  /** The scenario's link. */
  link: string;
}

/** Characters that make a spreadsheet evaluate a cell (=, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet must show as text: a leading apostrophe stops a formula (OWASP "CSV injection"). */
export const safeText = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** The separator a spreadsheet in this locale expects. */
export function separatorFor(locale: string): ',' | ';' {
  return numberMarks(locale).decimal === ',' ? ';' : ',';
}

/** A number as the reader's spreadsheet reads it: twelve significant digits, their decimal mark, no grouping. */
export function readerNumber(value: number, locale: string): string {
  const text = String(Number(value.toPrecision(12)));
  const { decimal } = numberMarks(locale);
  return decimal === '.' ? text : text.replace('.', decimal);
}

function valueCell(column: MetricColumn, value: number | boolean | null | undefined, locale: string, T: ExportText): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? T.yes : T.no;
  if (!Number.isFinite(value)) return '';
  if (column.kind === 'yesNo') return value ? T.yes : T.no;
  return readerNumber(column.kind === 'percent' ? value * 100 : value, locale);
}

const rowCells = (row: YearRow, locale: string, T: ExportText) => METRIC_COLUMNS.map((c) => valueCell(c, row[c.metric] as number | boolean | null, locale, T));

/** The run as the reader's CSV: the totals per year, then each team's years. */
export function toReaderCsv(result: SimulationResult, scenario: Scenario, options: ReaderCsvOptions): string {
  const { locale, link } = options;
  const EXPORT_TEXT = exportText();
  const rows: string[][] = [
    [EXPORT_TEXT.csvTitle, safeText(scenario.title)],
    [EXPORT_TEXT.link, safeText(link)],
    [EXPORT_TEXT.modelVersion, String(MODEL_VERSION)],
    [EXPORT_TEXT.schemaVersion, String(SCHEMA_VERSION)],
    [EXPORT_TEXT.made, EXPORT_TEXT.madeWith],
    [],
    [EXPORT_TEXT.team, EXPORT_TEXT.year, ...METRIC_COLUMNS.map((c) => header(c.label, c.kind, scenario.currency))],
  ];
  for (const row of result.years) rows.push([EXPORT_TEXT.allTeams, String(row.year), ...rowCells(row, locale, EXPORT_TEXT)]);
  result.teams.forEach((team, k) => {
    const name = safeText(scenario.teams[k]?.name ?? team.name);
    for (const row of team.years) rows.push([name, String(row.year), ...rowCells(row, locale, EXPORT_TEXT)]);
  });
  // d3-dsv quotes what needs quoting (the separator, quotes, line breaks); CRLF line ends as RFC 4180.
  return `\uFEFF${dsvFormat(separatorFor(locale)).formatRows(rows).replace(/\n/g, '\r\n')}\r\n`;
}
