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

/**
 * Frame sizes the snippet offers. The embedded page fits whatever frame it is
 * given (the chart takes the room the headline, source line and link leave);
 * these are sizes at which every chart reads well, down to a phone's width.
 */
export const EMBED_SIZES = [
  { id: 'column', text: 'Article column: full width, 560 px high', width: '100%', height: 560 },
  { id: 'tall', text: 'Tall: full width, 720 px high', width: '100%', height: 720 },
  { id: 'fixed', text: 'Fixed: 640 × 560 px', width: '640', height: 560 },
  { id: 'phone', text: 'Phone: 360 × 560 px', width: '360', height: 560 },
] as const;
export type EmbedSizeId = (typeof EMBED_SIZES)[number]['id'];

/** The snippet: attribute values escaped, so a title cannot break out of them. */
export function embedSnippet(url: string, title: string, height = 560, width = '100%'): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="${escapeXml(width)}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** What can be embedded, by id: the charts, and the fans and the tornado when the scenario has ranges. */
function embedOptions(ranged: boolean): Array<{ id: string; title: string }> {
  const charts = CHART_IDS.map((id) => ({ id, title: CHARTS[id].title }));
  return ranged ? [...charts, ...Object.entries(RANGE_EMBEDS).map(([id, title]) => ({ id, title }))] : charts;
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
  const url = `${linkFor(scenario, presetId)}&embed=${chart}`;
  const snippet = embedSnippet(url, `${chosen.title}: ${scenario.title}`, size.height, size.width);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      (document.getElementById(`${id}-code`) as HTMLTextAreaElement | null)?.select();
    }
  };

  return (
    <Modal title="Embed a chart" onClose={onClose}>
      <p>Paste this into a web page to show one chart of this scenario with its headline and a link back here.</p>
      <div className="embed-field">
        <label htmlFor={`${id}-chart`}>Chart</label>
        <select id={`${id}-chart`} value={chart} onChange={(e) => { setChart(e.target.value); setCopied(false); }}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>{o.title}</option>
          ))}
        </select>
      </div>
      <div className="embed-field">
        <label htmlFor={`${id}-size`}>Size</label>
        <select id={`${id}-size`} value={size.id} onChange={(e) => { setSize(e.target.value as EmbedSizeId); setCopied(false); }}>
          {EMBED_SIZES.map((s) => (
            <option key={s.id} value={s.id}>{s.text}</option>
          ))}
        </select>
      </div>
      <div className="embed-field">
        <label htmlFor={`${id}-code`}>Embed code</label>
        <textarea id={`${id}-code`} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="embed-help">
        The chart fits the frame it is given, so any size works. If you want the chart at its natural size, the
        embedded page also posts the height that needs as a message <code>{`{ type: '${HEIGHT_MESSAGE}', height }`}</code>.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={() => void copy()}>Copy embed code</button>
        <span role="status" className="share-status">{copied ? 'Embed code copied' : ''}</span>
        <a href={url} target="_blank" rel="noopener noreferrer">Preview</a>
      </div>
    </Modal>
  );
}
