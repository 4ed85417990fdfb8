// A printable one-page brief of the scenario (issue 9: "also expected"): the
// print stylesheet (print.css) keeps the sentence, the lead figures and the
// lens' first two charts, and adds this block: the assumptions, the sources
// and the link that reopens exactly this view. Hidden on screen.
import { useDeferredValue, useMemo } from 'react';
import { useStore } from '../../state/store';
import { useView } from '../../state/view';
import { linkFor } from '../../state/urlSync';
import { assumptions } from '../../charts/common/source';
import { MODEL_VERSION } from '../../model/version';
import { useT, useLocale } from '../../i18n/react';
import './print.css';


export function PrintBrief() {
  // Hidden on screen: an edit reaches it after everything shown (the link's compression and the assumptions
  // took a few ms of every edit's frame). It catches up in the next frame, long before a print dialog opens.
  const current = useStore((s) => s.scenario);
  const currentPreset = useStore((s) => s.presetId);
  const { scenario, presetId } = useDeferredValue(useMemo(() => ({ scenario: current, presetId: currentPreset }), [current, currentPreset]));
  // The link carries the view too: follow its changes.
  useStore((s) => s.lens);
  useStore((s) => s.baseline);
  useView((v) => `${v.year}|${v.savings}|${v.downturnYear}`);
  const t = useT();
  const locale = useLocale();
  const link = typeof window === 'undefined' ? '' : linkFor(scenario, presetId);
  return (
    <section className="print-brief" aria-label={t('print.heading')} data-stale={scenario !== current || undefined}>
      <h2 className="print-brief-heading">{t('print.heading')}</h2>
      <p>
        <strong>{t('print.assumptions')} </strong>
        {assumptions(scenario, locale)}.
      </p>
      <p className="print-brief-link">
        <strong>{t('print.link')} </strong>
        {link}
      </p>
      <div>
        <strong>{t('print.sources')}</strong>
        {scenario.sources.length ? (
          <ul className="print-brief-sources">
            {scenario.sources.map((s, i) => (
              <li key={i}>
                {s.label}
                {s.date ? ` (${s.date})` : ''}
                {s.url ? <> — {s.url}</> : null}
              </li>
            ))}
          </ul>
        ) : (
          <span> {t('print.noSources')}</span>
        )}
      </div>
      <p className="print-brief-made">{t('print.made', { version: String(MODEL_VERSION) })}</p>
    </section>
  );
}
