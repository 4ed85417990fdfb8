// The downloads behind the share bar: a chart as a citable card (SVG or PNG),
// the run as an Excel workbook, as a CSV for people and as a MODEL-named CSV
// for scripts, the scenario as JSON. Reads the store once per click.
// Loaded on the first download (DownloadMenu imports it lazily): none of it is
// needed to show the page.
import { useStore } from '../state/store';
import { frontierFor, resultFor } from '../state/results';
import { currentLink } from '../state/urlSync';
import { headlineFor } from '../ui/share/headline';
import { assumptions } from '../charts/common/source';
import type { ChartId } from '../ui/lens';
import { MODEL_VERSION } from '../model/version';
import { SCHEMA_VERSION } from '../scenario/schemaVersion';
import { toCsv } from './csv';
import { toReaderCsv } from './readerCsv';
import { workbookBlob, type WorkbookInput } from './workbook';
import { useView, downturnStart } from '../state/view';
import { curveCompiler } from '../state/results';
import { leversFor } from '../ui/levers/leversFor';
import { DEFAULT_SHARE, roundTarget } from '../ui/levers/DownturnLevers';
import { costFrom, type LeverComparison } from '../model/levers';
import { rangeCount } from '../scenario/paths';
import { BOOLEAN_METRICS, YEAR_METRICS } from '../model/metrics';
import { buildCard } from './card';
import { conditionsFor } from './conditions';
import { createElement } from 'react';
import { FanChart, type FanChartProps } from '../charts/fan/FanChart';
import { TornadoChart, type TornadoChartProps } from '../charts/tornado/TornadoChart';
import { EXPORT_WIDTH, chartSvg, elementSvg, type ChartSvg } from './chartSvg';
import { svgToPng } from './png';
import { downloadBlob, fileSlug } from './download';
import { scenarioToJson } from './scenarioFile';
import { inSentence, readerLocale, t } from '../i18n';
import { displayTitle } from '../i18n/presetTexts';
import { basisOf, basisWords } from '../ui/basis/basis';
import type { Scenario } from '../scenario/schema';

// The date is ISO 8601 in every language: unambiguous in print.
const appSource = (today: Date) =>
  t('card.appSource', { model: String(MODEL_VERSION), schema: String(SCHEMA_VERSION), date: today.toISOString().slice(0, 10) });

/** The sources a scenario cites, shortened: a card has room for a few lines (issue 9 point 7: the scenario's own, not the preset's). */
function citedSources(scenario: Scenario): string | undefined {
  if (!scenario.sources.length) return undefined;
  const short = (label: string) => (label.length > 90 ? `${label.slice(0, 89).trimEnd()}…` : label);
  const items = scenario.sources.slice(0, 3).map((s) => short(s.label));
  const list = items.reduce((a, b) => t('basis.list', { a, b }));
  const all = scenario.sources.length > 3 ? t('basis.more', { list, n: scenario.sources.length - 3 }) : list;
  return t('card.sources', { list: all });
}

/**
 * A card around a drawn chart: the store's scenario's title, what it changed from its preset, headline,
 * its conditions (from the worker, or the headline's: conditions.ts), assumptions, sources and link.
 */
async function cardFor(chart: ChartSvg, source: string, baselineNote?: string) {
  const { scenario, lens, presetId } = useStore.getState();
  const conditions = await conditionsFor(scenario, lens, { locale: readerLocale(), isCurrent: () => useStore.getState().scenario === scenario });
  return buildCard({
    chartTitle: chart.title,
    scenarioTitle: displayTitle(scenario.title),
    basis: basisWords(scenario, basisOf(presetId), readerLocale())?.line,
    sources: citedSources(scenario),
    headline: headlineFor(scenario, lens),
    conditions,
    chart,
    assumptions: assumptions(scenario, readerLocale()),
    source,
    permalink: currentLink(),
    baselineNote,
  });
}

/** The card of one chart for the store's scenario, with today's date in its source line. */
export async function chartCard(id: ChartId, today = new Date()) {
  const { scenario, baseline, presetId } = useStore.getState();
  const chart = chartSvg(id, {
    result: resultFor(scenario),
    frontier: frontierFor(scenario),
    baseline: baseline ? resultFor(baseline) : null,
    baselineFrontier: baseline ? frontierFor(baseline) : null,
    scenario,
    basis: basisOf(presetId),
  });
  return cardFor(chart, appSource(today), baseline ? t('card.baseline', { title: displayTitle(baseline.title) }) : undefined);
}

/** The card of one fan of the uncertainty panel: its Monte Carlo source line, then the app's. */
export async function fanCard(props: FanChartProps, today = new Date()) {
  const chart = elementSvg(createElement(FanChart, { ...props, width: EXPORT_WIDTH }), EXPORT_WIDTH, props.label);
  return cardFor(chart, `${props.source} ${appSource(today)}`);
}

const baseName = (suffix: string) => `${fileSlug(useStore.getState().scenario.title)}-${suffix}`;

async function downloadCard(card: { svg: string; width: number; height: number }, name: string, format: 'svg' | 'png') {
  if (format === 'svg') {
    downloadBlob(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', card.svg], { type: 'image/svg+xml' }), `${name}.svg`);
  } else {
    downloadBlob(await svgToPng(card.svg, card.width, card.height), `${name}.png`);
  }
}

export async function downloadChart(id: ChartId, format: 'svg' | 'png') {
  await downloadCard(await chartCard(id), baseName(id), format);
}

/** The card of the tornado as shown: its source line, then the app's. */
export async function tornadoCard(props: TornadoChartProps, today = new Date()) {
  const chart = elementSvg(createElement(TornadoChart, { ...props, width: EXPORT_WIDTH }), EXPORT_WIDTH, t('card.tornadoTitle', { metric: inSentence(props.metricLabel) }));
  return cardFor(chart, `${props.source} ${appSource(today)}`);
}

/** The tornado as a card (`…-tornado-rolesAtRisk-2030.png`). */
export async function downloadTornado(props: TornadoChartProps, format: 'svg' | 'png') {
  await downloadCard(await tornadoCard(props), baseName(`tornado-${props.sensitivity.metric}-${props.sensitivity.year}`), format);
}

/** A fan as a card; the file is named after its metric (`…-fan-rolesAtRisk.png`). */
export async function downloadFan(props: FanChartProps, format: 'svg' | 'png') {
  await downloadCard(await fanCard(props), baseName(`fan-${props.metric}`), format);
}

/** The MODEL-named CSV, for scripts and notebooks (the command line writes the same columns). */
export function downloadCsv() {
  const { scenario } = useStore.getState();
  downloadBlob(new Blob([toCsv(resultFor(scenario), scenario, { teams: true })], { type: 'text/csv' }), `${baseName('results-model')}.csv`);
}

/** The CSV for people: labelled, the reader's separator and decimal mark, with the link and model version. */
export function downloadReaderCsv() {
  const { scenario } = useStore.getState();
  const csv = toReaderCsv(resultFor(scenario), scenario, { locale: readerLocale(), link: currentLink() });
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${baseName('results')}.csv`);
}

/** Every metric with a band: yes/no metrics have none. */
const BAND_METRICS = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

/** What the workbook holds, as the page shows it: the downturn question of the view, bands computed now. */
export async function workbookInput(): Promise<WorkbookInput> {
  const { scenario, baseline } = useStore.getState();
  const result = resultFor(scenario);
  const view = useView.getState();
  const year = downturnStart(scenario, view.downturnYear);
  const savings = view.savings ?? roundTarget(DEFAULT_SHARE * costFrom(result.years, year));
  let levers: LeverComparison | null = null;
  try {
    levers = leversFor(scenario, savings, year);
  } catch {
    // A custom curve the solver cannot compile: the sheet says the levers cannot be compared.
  }
  // The bands on demand (a click; 10,000 samples take a fraction of a second): the same seed as the panel's.
  // The Monte Carlo code loads with them, in its own chunk.
  // The modules themselves, not the index: src/model/index.ts re-exports it, so importing the
  // index here would pull the whole Monte Carlo into the first screen's chunk.
  const mc = rangeCount(scenario) > 0 ? await Promise.all([import('../model/uncertainty/run'), import('../model/uncertainty/bands')]).then(([run, bands]) => ({ ...run, ...bands })) : null;
  const run = mc ? mc.runUncertainty(scenario, { compile: curveCompiler(), metrics: BAND_METRICS }) : null;
  return {
    scenario,
    result,
    link: currentLink(),
    frontier: frontierFor(scenario),
    levers,
    bands: run && mc && { samples: run.samples, seed: run.seed, years: mc.bandRows(run.startYear, run.years, run.bands) },
    baseline: baseline && { scenario: baseline, result: resultFor(baseline) },
  };
}

export async function downloadWorkbook() {
  downloadBlob(await workbookBlob(await workbookInput()), `${baseName('results')}.xlsx`);
}

export function downloadScenarioJson() {
  const { scenario } = useStore.getState();
  downloadBlob(new Blob([scenarioToJson(scenario)], { type: 'application/json' }), `${baseName('scenario')}.json`);
}
