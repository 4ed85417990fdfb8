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
import { chartSvg } from './chartSvg';
import { svgToPng } from './png';
import { downloadBlob, fileSlug } from './download';
import { scenarioToJson } from './scenarioFile';

/** The card of one chart for the store's scenario, with today's date in its source line. */
export function chartCard(id: ChartId, today = new Date()) {
  const { scenario, baseline, lens } = useStore.getState();
  const chart = chartSvg(id, {
    result: resultFor(scenario),
    frontier: frontierFor(scenario),
    baseline: baseline ? resultFor(baseline) : null,
    baselineFrontier: baseline ? frontierFor(baseline) : null,
    scenario,
  });
  const date = today.toISOString().slice(0, 10);
  return buildCard({
    chartTitle: chart.title,
    scenarioTitle: scenario.title,
    headline: headlineFor(scenario, lens),
    chart,
    assumptions: assumptions(scenario),
    source: `Source: Tokens or people, an open AI-budget simulator (model version ${MODEL_VERSION}, scenario schema ${SCHEMA_VERSION}), run on ${date}. Defaults cite public sources listed in the app.`,
    permalink: currentLink(),
    baselineNote: baseline ? `Dashed grey lines: the pinned baseline, “${baseline.title}”.` : undefined,
  });
}

const baseName = (suffix: string) => `${fileSlug(useStore.getState().scenario.title)}-${suffix}`;

export async function downloadChart(id: ChartId, format: 'svg' | 'png') {
  const card = chartCard(id);
  const name = baseName(id);
  if (format === 'svg') {
    downloadBlob(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', card.svg], { type: 'image/svg+xml' }), `${name}.svg`);
  } else {
    downloadBlob(await svgToPng(card.svg, card.width, card.height), `${name}.png`);
  }
}

export function downloadCsv() {
  const { scenario } = useStore.getState();
  downloadBlob(new Blob([toCsv(resultFor(scenario), scenario, { teams: true })], { type: 'text/csv' }), `${baseName('results')}.csv`);
}

export function downloadScenarioJson() {
  const { scenario } = useStore.getState();
  downloadBlob(new Blob([scenarioToJson(scenario)], { type: 'application/json' }), `${baseName('scenario')}.json`);
}
