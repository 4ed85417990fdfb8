// "Embed": the iframe snippet for one chart of the current scenario, and how a
// host page can size the frame from the height the embed posts.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import { linkFor } from '../../state/urlSync';
import { CHARTS } from '../../charts/registry';
import { CHART_IDS, LENSES } from '../lens';
import { escapeXml } from '../../export/card';
import { HEIGHT_MESSAGE, RANGE_EMBEDS } from './embed/route';
import { Modal } from './Modal';
import { rangeCount } from '../../scenario/paths';
import { useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';
import { PLACE, richText } from '../richText';

/** The snippet: attribute values escaped, so a title cannot break out of them. */
export function embedSnippet(url: string, title: string, height = 560): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** What can be embedded, by id: the charts, and the fans and the tornado when the scenario has ranges. */
function embedOptions(ranged: boolean): Array<{ id: string; title: string }> {
  const charts = CHART_IDS.map((id) => ({ id, title: CHARTS[id].title }));
  return ranged ? [...charts, ...(Object.keys(RANGE_EMBEDS) as (keyof typeof RANGE_EMBEDS)[]).map((id) => ({ id, title: RANGE_EMBEDS[id] }))] : charts;
}

export function EmbedDialog({ onClose }: { onClose(): void }) {
  const scenario = useStore((s) => s.scenario);
  const presetId = useStore((s) => s.presetId);
  const lens = useStore((s) => s.lens);
  const options = embedOptions(rangeCount(scenario) > 0);
  const [choice, setChart] = useState<string>(LENSES[lens].charts[0]);
  // The fans leave the list when the last range goes: fall back to the first chart.
  const chosen = options.find((o) => o.id === choice) ?? options[0];
  const chart = chosen.id;
  const [copied, setCopied] = useState(false);
  const id = useId();
  const t = useT();
  // The link carries the language the reader chose (linkFor), and `embed` last.
  const url = `${linkFor(scenario, presetId)}&embed=${chart}`;
  const snippet = embedSnippet(url, t('embed.frameTitle', { chart: chosen.title, title: displayTitle(scenario.title) }));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      (document.getElementById(`${id}-code`) as HTMLTextAreaElement | null)?.select();
    }
  };

  return (
    <Modal title={t('embed.title')} onClose={onClose}>
      <p>{t('embed.intro')}</p>
      <div className="embed-field">
        <label htmlFor={`${id}-chart`}>{t('share.chart')}</label>
        <select id={`${id}-chart`} value={chart} onChange={(e) => { setChart(e.target.value); setCopied(false); }}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>{o.title}</option>
          ))}
        </select>
      </div>
      <div className="embed-field">
        <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
        <textarea id={`${id}-code`} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="embed-help">
        {/* The message's shape is code for the host page's developers, the same in every language. */}
        {/* eslint-disable-next-line i18n/no-untranslated-text */}
        {richText(t('embed.help', { message: PLACE }), <code>{`{ type: '${HEIGHT_MESSAGE}', height }`}</code>)}
      </p>
      <div className="modal-actions">
        <button type="button" onClick={() => void copy()}>{t('embed.copy')}</button>
        <span role="status" className="share-status">{copied ? t('embed.copied') : ''}</span>
        <a href={url} target="_blank" rel="noopener noreferrer">{t('embed.preview')}</a>
      </div>
    </Modal>
  );
}
