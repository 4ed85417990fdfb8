// Downloads: any chart as a citable PNG or SVG card, the run as an Excel
// workbook, as a CSV for people (labelled, the reader's separator) and as a
// MODEL-named CSV for scripts (totals and each team), the scenario as JSON. A disclosure, so it needs no script
// to open and closes with the keyboard like any <details>.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import { chartTitle } from '../../charts/titles';
import { LENSES, type ChartId } from '../lens';
import { useT } from '../../i18n/react';
import { withLater } from '../../i18n';

// The export code (cards, canvas, CSV) loads on the first download, with the cards' words.
const exports = withLater(() => import('../../export/exports'));

export function DownloadMenu() {
  const lens = useStore((s) => s.lens);
  const [chart, setChart] = useState<ChartId | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const t = useT();
  const chosen = chart ?? LENSES[lens].charts[0];

  const run = async (what: () => unknown) => {
    setBusy(true);
    try {
      await what();
    } catch (error) {
      useStore.getState().notify('error', t('share.downloadFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="share-menu">
      <summary>{t('share.download')}</summary>
      <div className="share-menu-body">
        <div className="share-menu-field">
          <label htmlFor={id}>{t('share.chart')}</label>
          <select id={id} value={chosen} onChange={(e) => setChart(e.target.value as ChartId)}>
            {LENSES[lens].charts.map((c) => (
              <option key={c} value={c}>{chartTitle(c)}</option>
            ))}
          </select>
        </div>
        <div className="share-menu-row">
          <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadChart(chosen, 'png'))}>{t('share.chartPng')}</button>
          <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadChart(chosen, 'svg'))}>{t('share.chartSvg')}</button>
        </div>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadWorkbook())}>{t('share.workbook')}</button>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadReaderCsv())}>{t('share.readerCsv')}</button>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadCsv())}>{t('share.csv')}</button>
        <button type="button" disabled={busy} onClick={() => void run(async () => (await exports()).downloadScenarioJson())}>{t('share.json')}</button>
      </div>
    </details>
  );
}
