// Visible text of the spreadsheet downloads (the reader's CSV and the
// workbook), in the reader's language: the catalogue's `export.*` (later
// catalogue: the downloads load with it), read when a file is made.
// Column names inside the files are labels; MODEL.md names stay in the
// "Field" column of the assumptions and in the scripts' CSV (csv.ts).
import { t } from '../i18n';
import type { Lever } from '../scenario/schema';

/** A lever's name as a row label (the table's words, without its soft hyphens). */
const leverName = (lever: Lever | string): string => {
  const name = lever === 'tokens' ? t('levers.cut.tokens') : lever === 'salary' ? t('levers.cut.salary') : lever === 'headcount' ? t('levers.cut.headcount') : lever;
  return name.replace(/\u00AD/g, '');
};

export function exportText() {
  return {
    csvTitle: t('export.csvTitle'),
    link: t('export.link'),
    modelVersion: t('export.modelVersion'),
    schemaVersion: t('export.schemaVersion'),
    made: t('export.made'),
    madeWith: t('export.madeWith'),
    team: t('export.team'),
    year: t('export.year'),
    allTeams: t('export.allTeams'),
    yes: t('export.yes'),
    no: t('export.no'),

    // Workbook sheets (Excel: at most 31 characters, none of []:*?/\).
    sheetAssumptions: t('export.sheet.assumptions'),
    sheetYears: t('export.sheet.years'),
    sheetTeams: t('export.sheet.teams'),
    sheetDownturn: t('export.sheet.downturn'),
    sheetFrontier: t('export.sheet.frontier'),
    sheetUncertainty: t('export.sheet.uncertainty'),
    sheetComparison: t('export.sheet.comparison'),
    baseline: t('export.baseline'),
    comparisonNote: t('export.comparisonNote'),
    baselineColumn: (label: string) => t('chart.table.baselineColumn', { label }),
    changeColumn: (label: string) => t('chart.table.changeColumn', { label }),
    title: t('export.title'),
    description: t('export.description'),
    field: t('export.field'),
    label: t('export.label'),
    value: t('export.value'),
    unit: t('export.unit'),
    sources: t('export.sources'),
    source: t('export.source'),
    url: t('export.url'),
    date: t('export.date'),
    savingsTarget: t('levers.target'),
    savingsUnit: (cur: string) => t('export.savingsUnit', { cur }),
    downturnStarts: t('levers.start'),
    noLevers: t('export.noLevers'),
    lever: t('export.lever'),
    cut: t('export.cut'),
    saved: (cur: string) => t('export.saved', { cur }),
    maxSaved: (cur: string) => t('export.maxSaved', { cur }),
    reaches: t('export.reaches'),
    asItIs: t('export.asItIs'),
    leverName,
    outcomeIn: (label: string, year: number, unit: string) => t('export.outcomeIn', { label, year: String(year), unit }),
    frontierYear: (year: number) => t('export.frontierYear', { year: String(year) }),
    marked: t('chart.frontier.marked'),
    markers: { current: t('export.marker.current'), optimum: t('export.marker.optimum'), breakEven: t('export.marker.breakEven') },
    budgetPerEngineer: t('export.budgetPerEngineer'),
    engineersNeeded: t('metric.required'),
    totalCost: t('metric.totalCost'),
    costPerOutput: t('metric.costPerOutput'),
    breakEvenBeyond: t('export.breakEvenBeyond'),
    samples: t('export.samples'),
    seed: t('export.seed'),
    bandsNote: t('export.bandsNote'),
  };
}

export type ExportText = ReturnType<typeof exportText>;
