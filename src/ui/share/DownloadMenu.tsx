// Downloads: any chart as a citable PNG or SVG card, the run as an Excel
// workbook, as a CSV for people (labelled, the reader's separator) and as a
// MODEL-named CSV for scripts (totals and each team), the scenario as JSON. A disclosure, so it needs no script
// to open and closes with the keyboard like any <details>.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import { CHARTS } from '../../charts/registry';
import { LENSES, type ChartId } from '../lens';

// The export code (cards, canvas, CSV) loads on the first download.
const exports = () => import('../../export/exports');

export function DownloadMenu() {
  const lens = useStore((s) => s.lens);
  const [chart, setChart] = useState<ChartId | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const chosen = chart ?? LENSES[lens].charts[0];

  const run = async (what: () => unknown) => {
    setBusy(true);
    try {
      await what();
    } catch (error) {
      useStore.getState().notify('error', `The download failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="share-menu">
      <summary>Download</summary>
      <div className="share-menu-body">
        <div className="share-menu-field">
          <label htmlFor={id}>Chart</label>
          <select id={id} value={chosen} onChange={(e) => setChart(e.target.value as ChartId)}>
            {LENSES[lens].charts.map((c) => (
              <option key={c} value={c}>{CHARTS[c].title}</option>
            ))}
          </select>
        </div>
        <div className="share-menu-row">
          <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadChart(chosen, 'png'))}>Chart as PNG</button>
          <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadChart(chosen, 'svg'))}>Chart as SVG</button>
        </div>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadWorkbook())}>Workbook for Excel (.xlsx)</button>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadReaderCsv())}>Results for spreadsheets (CSV)</button>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadCsv())}>Results for scripts (CSV, model names)</button>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadScenarioJson())}>Scenario as JSON</button>
      </div>
    </details>
  );
}
