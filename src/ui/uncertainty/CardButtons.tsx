// "PNG" and "SVG" buttons that download a chart of the uncertainty panel as a
// citable card (src/export/exports.ts, loaded on the first click). A failure
// becomes a notice, as the share bar's downloads do.
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n/react';

export type CardFormat = 'png' | 'svg';

export function CardButtons({ noun, download }: { noun: string; download(format: CardFormat): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const t = useT();
  const run = async (format: CardFormat) => {
    setBusy(true);
    try {
      await download(format);
    } catch (error) {
      useStore.getState().notify('error', t('share.downloadFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {(['png', 'svg'] as const).map((format) => (
        <button key={format} type="button" className="button-secondary" disabled={busy} onClick={() => void run(format)}>
          <span className="visually-hidden">{t('cards.as', { noun })}</span>
          {format.toUpperCase()}
        </button>
      ))}
    </>
  );
}
