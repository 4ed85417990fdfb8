// Downloads of the fans as citable PNG or SVG cards (title, headline,
// assumptions, the Monte Carlo's source line, permalink), as the share bar's
// menu does for the other charts. The export code loads on the first click.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import type { FanChartProps } from '../../charts/fan/FanChart';

const exports = () => import('../../export/exports');

export function FanDownloads({ fans }: { fans: readonly FanChartProps[] }) {
  const [metric, setMetric] = useState(fans[0].metric);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const chosen = fans.find((f) => f.metric === metric) ?? fans[0];

  const download = async (format: 'png' | 'svg') => {
    setBusy(true);
    try {
      await (await exports()).downloadFan(chosen, format);
    } catch (error) {
      useStore.getState().notify('error', `The download failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fan-downloads" role="group" aria-labelledby={`${id}-l`}>
      <span id={`${id}-l`} className="fan-downloads-label">
        Download a fan
      </span>
      <label htmlFor={`${id}-m`} className="visually-hidden">
        Fan to download
      </label>
      <select id={`${id}-m`} value={chosen.metric} onChange={(e) => setMetric(e.target.value)}>
        {fans.map((f) => (
          <option key={f.metric} value={f.metric}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void download('png')}>
        <span className="visually-hidden">Fan as </span>PNG
      </button>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void download('svg')}>
        <span className="visually-hidden">Fan as </span>SVG
      </button>
    </div>
  );
}
