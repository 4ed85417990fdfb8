// The downloads behind the share bar: a chart as a citable card (SVG or PNG),
// the run as CSV, the scenario as JSON. Reads the store once per click.
// Loaded on the first download (DownloadMenu imports it lazily): none of it is
// needed to show the page.
import { useStore } from '../state/store';
import { frontierFor, resultFor } from '../state/results';
import { currentLink } from '../state/urlSync';
import { headlineFor } from '../ui/share/headline';
import { assumptions } from '../charts/common/source';
import type { ChartId } from '../ui/lens';
import { MODEL_VERSION } from '../model/version';
import { SCHEMA_VERSION } from '../scenario/schema';
import { toCsv } from './csv';
import { buildCard } from './card';
import { createElement } from 'react';
import { FanChart, type FanChartProps } from '../charts/fan/FanChart';
import { TornadoChart, type TornadoChartProps } from '../charts/tornado/TornadoChart';
import { EXPORT_WIDTH, chartSvg, elementSvg, type ChartSvg } from './chartSvg';
import { svgToPng } from './png';
import { downloadBlob, fileSlug } from './download';
import { scenarioToJson } from './scenarioFile';
import { inSentence, readerLocale, t } from '../i18n';
import { displayTitle } from '../i18n/presetTexts';

// The date is ISO 8601 in every language: unambiguous in print.
const appSource = (today: Date) =>
  t('card.appSource', { model: String(MODEL_VERSION), schema: String(SCHEMA_VERSION), date: today.toISOString().slice(0, 10) });

/** A card around a drawn chart: the store's scenario's title, headline, assumptions and link. */
function cardFor(chart: ChartSvg, source: string, baselineNote?: string) {
  const { scenario, lens } = useStore.getState();
  return buildCard({
    chartTitle: chart.title,
    scenarioTitle: displayTitle(scenario.title),
    headline: headlineFor(scenario, lens),
    chart,
    assumptions: assumptions(scenario, readerLocale()),
    source,
    permalink: currentLink(),
    baselineNote,
  });
}

/** The card of one chart for the store's scenario, with today's date in its source line. */
export function chartCard(id: ChartId, today = new Date()) {
  const { scenario, baseline } = useStore.getState();
  const chart = chartSvg(id, {
    result: resultFor(scenario),
    frontier: frontierFor(scenario),
    baseline: baseline ? resultFor(baseline) : null,
    baselineFrontier: baseline ? frontierFor(baseline) : null,
    scenario,
  });
  return cardFor(chart, appSource(today), baseline ? t('card.baseline', { title: displayTitle(baseline.title) }) : undefined);
}

/** The card of one fan of the uncertainty panel: its Monte Carlo source line, then the app's. */
export function fanCard(props: FanChartProps, today = new Date()) {
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
  await downloadCard(chartCard(id), baseName(id), format);
}

/** The card of the tornado as shown: its source line, then the app's. */
export function tornadoCard(props: TornadoChartProps, today = new Date()) {
  const chart = elementSvg(createElement(TornadoChart, { ...props, width: EXPORT_WIDTH }), EXPORT_WIDTH, t('card.tornadoTitle', { metric: inSentence(props.metricLabel) }));
  return cardFor(chart, `${props.source} ${appSource(today)}`);
}

/** The tornado as a card (`…-tornado-rolesAtRisk-2030.png`). */
export async function downloadTornado(props: TornadoChartProps, format: 'svg' | 'png') {
  await downloadCard(tornadoCard(props), baseName(`tornado-${props.sensitivity.metric}-${props.sensitivity.year}`), format);
}

/** A fan as a card; the file is named after its metric (`…-fan-rolesAtRisk.png`). */
export async function downloadFan(props: FanChartProps, format: 'svg' | 'png') {
  await downloadCard(fanCard(props), baseName(`fan-${props.metric}`), format);
}

export function downloadCsv() {
  const { scenario } = useStore.getState();
  downloadBlob(new Blob([toCsv(resultFor(scenario), scenario, { teams: true })], { type: 'text/csv' }), `${baseName('results')}.csv`);
}

export function downloadScenarioJson() {
  const { scenario } = useStore.getState();
  downloadBlob(new Blob([scenarioToJson(scenario)], { type: 'application/json' }), `${baseName('scenario')}.json`);
}
