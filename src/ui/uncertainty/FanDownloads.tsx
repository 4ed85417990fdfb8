// Downloads of the fans as citable PNG or SVG cards (title, headline,
// assumptions, the Monte Carlo's source line, permalink), as the share bar's
// menu does for the other charts.
import { useId, useState } from 'react';
import type { FanChartProps } from '../../charts/fan/FanChart';
import { CardButtons } from './CardButtons';
import { useT } from '../../i18n/react';

export function FanDownloads({ fans }: { fans: readonly FanChartProps[] }) {
  const [metric, setMetric] = useState(fans[0].metric);
  const id = useId();
  const t = useT();
  const chosen = fans.find((f) => f.metric === metric) ?? fans[0];
  return (
    <div className="card-downloads" role="group" aria-labelledby={`${id}-l`}>
      <span id={`${id}-l`} className="card-downloads-label">
        {t('cards.fan')}
      </span>
      <label htmlFor={`${id}-m`} className="visually-hidden">
        {t('cards.fanToDownload')}
      </label>
      <select id={`${id}-m`} value={chosen.metric} onChange={(e) => setMetric(e.target.value)}>
        {fans.map((f) => (
          <option key={f.metric} value={f.metric}>
            {f.label}
          </option>
        ))}
      </select>
      <CardButtons noun={t('cards.fanNoun')} download={async (format) => (await import('../../export/exports')).downloadFan(chosen, format)} />
    </div>
  );
}
