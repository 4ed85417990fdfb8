// "Embed": the iframe snippet for one chart of the current scenario, and how a
// host page can size the frame from the height the embed posts.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import { linkFor } from '../../state/urlSync';
import { chartTitle } from '../../charts/titles';
import { CHART_IDS, LENSES } from '../lens';
import { escapeXml } from '../../export/card';
import { HEIGHT_MESSAGE, RANGE_EMBEDS } from './embed/route';
import { Modal } from './Modal';
import { rangeCount } from '../../scenario/paths';
import { useT } from '../../i18n/react';
import { t } from '../../i18n';
import { displayTitle } from '../../i18n/presetTexts';
import { PLACE, richText } from '../richText';

/**
 * Frame sizes the snippet offers. The embedded page fits whatever frame it is
 * given (the chart takes the room the headline, source line and link leave);
 * these are sizes at which every chart reads well, down to a phone's width.
 */
export const EMBED_SIZES = [
  { id: 'column', width: '100%', height: 560 },
  { id: 'tall', width: '100%', height: 720 },
  { id: 'fixed', width: '640', height: 560 },
  { id: 'phone', width: '360', height: 560 },
] as const;
export type EmbedSizeId = (typeof EMBED_SIZES)[number]['id'];

/** A size as the menu names it: "Article column: full width, 560 px high". */
export function embedSizeText(size: (typeof EMBED_SIZES)[number]): string {
  const { height } = size;
  switch (size.id) {
    case 'column': return t('embed.size.column', { height });
    case 'tall': return t('embed.size.tall', { height });
    case 'fixed': return t('embed.size.fixed', { width: size.width, height });
    case 'phone': return t('embed.size.phone', { width: size.width, height });
  }
}

/** The snippet: attribute values escaped, so a title cannot break out of them. */
export function embedSnippet(url: string, title: string, height = 560, width = '100%'): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="${escapeXml(width)}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** What can be embedded, by id: the charts, and the fans and the tornado when the scenario has ranges. */
function embedOptions(ranged: boolean): Array<{ id: string; title: string }> {
  const charts = CHART_IDS.map((id) => ({ id, title: chartTitle(id) }));
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
  const [sizeId, setSize] = useState<EmbedSizeId>('column');
  const size = EMBED_SIZES.find((s) => s.id === sizeId) ?? EMBED_SIZES[0];
  const id = useId();
  const t = useT();
  // The link carries the language the reader chose (linkFor), and `embed` last.
  const url = `${linkFor(scenario, presetId)}&embed=${chart}`;
  const snippet = embedSnippet(url, t('embed.frameTitle', { chart: chosen.title, title: displayTitle(scenario.title) }), size.height, size.width);

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
        <label htmlFor={`${id}-size`}>{t('embed.size')}</label>
        <select id={`${id}-size`} value={size.id} onChange={(e) => { setSize(e.target.value as EmbedSizeId); setCopied(false); }}>
          {EMBED_SIZES.map((s) => (
            <option key={s.id} value={s.id}>{embedSizeText(s)}</option>
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
