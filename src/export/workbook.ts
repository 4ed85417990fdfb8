// The Excel workbook (issue 9 point 8; PRODUCT.md capability 13): one sheet
// each for the assumptions (with sources and the link), the years, the teams,
// the comparison with a pinned baseline (when one is), the downturn levers, the
// frontier and, when the scenario has ranges, the uncertainty bands. Numbers are numbers with formats (percentages stored as
// fractions and shown as percent), headers carry units, text is always text:
// nothing a link or file puts in a name can become a formula (cells are
// written as strings, never as formulas).
//
// workbookSheets() is pure (tested by parsing the file back); workbookBlob()
// loads write-excel-file (≈20 kB gzip) only when a workbook is asked for.
import type { Cell, CellObject, Row, SheetData } from 'write-excel-file/universal';
import type { SimulationResult, YearRow, Frontier, FrontierPoint } from '../model';
import type { YearMetric } from '../model/metrics';
import type { LeverComparison, LeverOutcome } from '../model/levers';
import type { BandPoint } from '../model/uncertainty/bands';
import type { Scenario } from '../scenario/schema';
import { MODEL_VERSION } from '../model/version';
import { SCHEMA_VERSION } from '../scenario/schemaVersion';
import { rangeParam } from '../ui/uncertainty/rangeParams';
import { METRIC_COLUMNS, header, unitOf, type ColumnKind } from './columns';
import { exportText } from './exportText';
import { metricLabel } from '../ui/metricLabels';

export interface WorkbookInput {
  scenario: Scenario;
  result: SimulationResult;
  link: string;
  frontier: Frontier;
  /** The downturn levers as the page shows them; null when they cannot be compared. */
  levers: LeverComparison | null;
  /** The Monte Carlo bands when the scenario has ranges (bandRows of the run). */
  bands: { samples: number; seed: number; years: Array<Record<string, number | BandPoint>> } | null;
  /** The pinned baseline (compare mode) and its run: a Comparison sheet; omitted or null when none is pinned. */
  baseline?: { scenario: Scenario; result: SimulationResult } | null;
}

export interface WorkbookSheet {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount?: number;
}

/** Spreadsheet number formats by kind (Excel codes; percentages are fractions shown as percent). */
const FORMATS: Record<ColumnKind, string | undefined> = {
  fte: '#,##0.0',
  money: '#,##0',
  moneyPerEngineer: '#,##0',
  percent: '0.0%',
  ratio: '0.000',
  factor: '0.000',
  output: '#,##0.0',
  tokens: '#,##0',
  price: '#,##0.0000',
  costPerOutput: '#,##0.00',
  yesNo: undefined,
  number: undefined,
};

const bold = (value: string): CellObject => ({ value, type: String, fontWeight: 'bold' });
/** Text, always: a name starting with "=" stays a name. */
const text = (value: string): CellObject => ({ value, type: String });

function num(value: number | null | undefined, kind: ColumnKind): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  // Twelve significant digits: 0.14400000000000002 is 0.144.
  return { value: Number(value.toPrecision(12)), type: Number, format: FORMATS[kind] };
}

function metricCell(kind: ColumnKind, value: unknown): Cell {
  if (kind === 'yesNo') return typeof value === 'boolean' ? { value, type: Boolean } : typeof value === 'number' ? { value: value !== 0, type: Boolean } : null;
  return num(typeof value === 'number' ? value : null, kind);
}

const yearHeader = (cur: string) => METRIC_COLUMNS.map((c) => bold(header(c.label, c.kind, cur)));
const yearCells = (row: YearRow) => METRIC_COLUMNS.map((c) => metricCell(c.kind, row[c.metric]));
const widths = (first: number[], rest: number, width = 16) => [...first.map((w) => ({ width: w })), ...Array.from({ length: rest }, () => ({ width }))];

/** Every leaf of the scenario, by MODEL.md path (`teams[0].salary`), in the order of its JSON. */
function leaves(value: unknown, path: string, out: [string, unknown][]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push([path, '']);
    value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A range's path is text with dots: quote it as parse.ts names it.
      const key = path.endsWith('uncertainty.ranges') ? `["${k}"]` : k;
      leaves(v, path ? (key.startsWith('[') ? `${path}${key}` : `${path}.${key}`) : key, out);
    }
  } else out.push([path, value]);
}

const SKIPPED = new Set(['schemaVersion', 'title', 'description']);

function assumptionsSheet(input: WorkbookInput): WorkbookSheet {
  const T = exportText();
  const { scenario } = input;
  const data: SheetData = [
    [bold(T.title), text(scenario.title)],
    [bold(T.description), text(scenario.description ?? '')],
    [bold(T.link), text(input.link)],
    [bold(T.modelVersion), { value: MODEL_VERSION, type: Number }],
    [bold(T.schemaVersion), { value: SCHEMA_VERSION, type: Number }],
    [bold(T.made), text(T.madeWith)],
    [],
    [bold(T.field), bold(T.label), bold(T.value), bold(T.unit)],
  ];
  const fields: [string, unknown][] = [];
  leaves({ ...scenario, sources: undefined }, '', fields);
  for (const [path, value] of fields) {
    if (SKIPPED.has(path) || value === undefined) continue;
    const param = rangeParam(path.replace(/^teams\[\d+\]\./, ''), scenario);
    const known = param.label !== param.path;
    const unit = known ? param.unit.replaceAll('{cur}', scenario.currency) : '';
    const cell: Cell =
      typeof value === 'number'
        ? { value, type: Number, format: known && param.percent ? '0.0%' : undefined }
        : typeof value === 'boolean'
          ? { value, type: Boolean }
          : value === null
            ? null
            : text(String(value));
    data.push([text(path), text(known ? param.label : ''), cell, text(known && param.percent ? '%' : unit)]);
  }
  data.push([], [bold(T.sources)], [bold(T.source), bold(T.url), bold(T.date)]);
  for (const source of scenario.sources) data.push([text(source.label), text(source.url ?? ''), text(source.date ?? '')]);
  return { sheet: T.sheetAssumptions, data, columns: widths([34, 34, 18, 22], 0) };
}

function yearsSheet({ scenario, result }: WorkbookInput): WorkbookSheet {
  const T = exportText();
  const data: SheetData = [[bold(T.year), ...yearHeader(scenario.currency)]];
  for (const row of result.years) data.push([{ value: row.year, type: Number }, ...yearCells(row)]);
  return { sheet: T.sheetYears, data, columns: widths([8], METRIC_COLUMNS.length), stickyRowsCount: 1 };
}

function teamsSheet({ scenario, result }: WorkbookInput): WorkbookSheet {
  const T = exportText();
  const data: SheetData = [[bold(T.team), bold(T.year), ...yearHeader(scenario.currency)]];
  result.teams.forEach((team, k) => {
    const name = scenario.teams[k]?.name ?? team.name;
    for (const row of team.years) data.push([text(name), { value: row.year, type: Number }, ...yearCells(row)]);
  });
  return { sheet: T.sheetTeams, data, columns: widths([24, 8], METRIC_COLUMNS.length), stickyRowsCount: 1 };
}

/** The outcomes compared, named as the per-year metrics are. */
const OUTCOME: { key: keyof LeverOutcome & YearMetric; kind: ColumnKind }[] = [
  { key: 'output', kind: 'output' },
  { key: 'shortfall', kind: 'output' },
  { key: 'engineers', kind: 'fte' },
  { key: 'jobsChange', kind: 'fte' },
  { key: 'rolesAtRisk', kind: 'fte' },
  { key: 'cashPay', kind: 'moneyPerEngineer' },
  { key: 'costPerOutput', kind: 'costPerOutput' },
];

function downturnSheet({ scenario, result, levers }: WorkbookInput): WorkbookSheet {
  const T = exportText();
  const cur = scenario.currency;
  const final = result.years[result.years.length - 1]?.year ?? scenario.startYear;
  if (!levers) return { sheet: T.sheetDownturn, data: [[text(T.noLevers)]], columns: widths([60], 0) };
  const data: SheetData = [
    [bold(T.savingsTarget), num(levers.savings, 'money'), text(T.savingsUnit(cur))],
    [bold(T.downturnStarts), { value: levers.year, type: Number }],
    [],
    [bold(T.lever), bold(T.cut), bold(T.saved(cur)), bold(T.maxSaved(cur)), bold(T.reaches), ...OUTCOME.map((o) => bold(T.outcomeIn(metricLabel(o.key), final, unitOf(o.kind, cur))))],
    [text(T.asItIs), null, null, null, null, ...OUTCOME.map((o) => num(levers.base[o.key] as number | null, o.kind))],
  ];
  for (const lever of levers.levers) {
    data.push([
      text(T.leverName(lever.lever)),
      num(lever.cut, 'percent'),
      num(lever.saved, 'money'),
      num(lever.maxSaved, 'money'),
      { value: lever.reachable, type: Boolean },
      ...OUTCOME.map((o) => num(lever.outcome[o.key] as number | null, o.kind)),
    ]);
  }
  return { sheet: T.sheetDownturn, data, columns: widths([26, 10, 16, 22, 16], OUTCOME.length, 20) };
}

function frontierSheet({ scenario, frontier }: WorkbookInput): WorkbookSheet {
  const T = exportText();
  const cur = scenario.currency;
  const head = [
    bold(header(T.budgetPerEngineer, 'money', cur)),
    bold(header(T.engineersNeeded, 'fte', cur)),
    bold(header(T.totalCost, 'money', cur)),
    bold(header(T.costPerOutput, 'costPerOutput', cur)),
  ];
  const cells = (p: FrontierPoint): Row => [num(p.budget, 'money'), num(p.engineersNeeded, 'fte'), num(p.totalCost, 'money'), num(p.costPerOutput, 'costPerOutput')];
  const data: SheetData = [[bold(T.frontierYear(frontier.year))], [], [bold(T.marked), ...head]];
  for (const id of ['current', 'optimum', 'breakEven'] as const) data.push([text(T.markers[id]), ...cells(frontier[id])]);
  if (frontier.breakEvenBeyondSweep) data.push([text(T.breakEvenBeyond)]);
  data.push([], [null, ...head]);
  for (const p of frontier.points) data.push([null, ...cells(p)]);
  return { sheet: T.sheetFrontier, data, columns: widths([16, 26, 20, 22, 28], 0) };
}

/** The comparison's figures: every yearly figure with a number (a yes/no has no change). */
const COMPARED = METRIC_COLUMNS.filter((c) => c.kind !== 'yesNo');

/**
 * Compare mode (issue 9 point 4 and 8): per year, each figure for the scenario,
 * for the pinned baseline and the change (scenario − baseline), in the figure's
 * unit; a change in a share is in percentage points, shown with "%". A year only
 * one of the two runs has gets empty cells on the other side.
 */
function comparisonSheet({ scenario, result, baseline }: WorkbookInput): WorkbookSheet | null {
  if (!baseline) return null;
  const T = exportText();
  const cur = scenario.currency;
  const data: SheetData = [
    [bold(T.baseline), text(baseline.scenario.title)],
    [text(T.comparisonNote)],
    [],
    [bold(T.year), ...COMPARED.flatMap((c) => {
      const label = header(c.label, c.kind, cur);
      return [bold(label), bold(T.baselineColumn(label)), bold(T.changeColumn(label))];
    })],
  ];
  const byYear = new Map(baseline.result.years.map((row) => [row.year, row]));
  for (const row of result.years) {
    const other = byYear.get(row.year);
    data.push([
      { value: row.year, type: Number },
      ...COMPARED.flatMap((c) => {
        const a = row[c.metric];
        const b = other?.[c.metric];
        const change = typeof a === 'number' && typeof b === 'number' ? a - b : null;
        return [metricCell(c.kind, a), metricCell(c.kind, b), num(change, c.kind)];
      }),
    ]);
  }
  return { sheet: T.sheetComparison, data, columns: widths([8], COMPARED.length * 3), stickyRowsCount: 4 };
}

function uncertaintySheet({ scenario, bands }: WorkbookInput): WorkbookSheet | null {
  const T = exportText();
  if (!bands) return null;
  const columns = METRIC_COLUMNS.filter((c) => c.kind !== 'yesNo' && bands.years.some((row) => typeof row[c.metric] === 'object'));
  const data: SheetData = [
    [bold(T.samples), { value: bands.samples, type: Number }, bold(T.seed), { value: bands.seed, type: Number }],
    [text(T.bandsNote)],
    [],
    [bold(T.year), ...columns.flatMap((c) => (['p10', 'p50', 'p90'] as const).map((q) => bold(`${header(c.label, c.kind, scenario.currency)} ${q}`)))],
  ];
  for (const row of bands.years) {
    data.push([
      { value: row.year as number, type: Number },
      ...columns.flatMap((c) => {
        const band = row[c.metric] as BandPoint | undefined;
        return [num(band?.p10, c.kind), num(band?.p50, c.kind), num(band?.p90, c.kind)];
      }),
    ]);
  }
  return { sheet: T.sheetUncertainty, data, columns: widths([8], columns.length * 3), stickyRowsCount: 4 };
}

/** The workbook's sheets, in reading order. Pure. */
export function workbookSheets(input: WorkbookInput): WorkbookSheet[] {
  const sheets = [assumptionsSheet(input), yearsSheet(input), comparisonSheet(input), teamsSheet(input), downturnSheet(input), frontierSheet(input), uncertaintySheet(input)];
  return sheets.filter((sheet) => sheet !== null);
}

/** The .xlsx file; the writer loads on first use. */
export async function workbookBlob(input: WorkbookInput): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(workbookSheets(input), { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
}
